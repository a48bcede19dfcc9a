import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { type Role, signDevelopmentToken } from '../subgraphs/shared/graphql/auth';
import { stableId } from '../subgraphs/shared/seed-world/random';

/**
 * A representative operation from bench/operations/*.graphql. Header comments say who sends it and
 * with what: `# caller: member nacka` (or analyst, admin, anonymous) and `# variables: {...}`, where
 * `"member:<key>"` stands for that seeded member's id.
 */
export interface BenchOperation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  caller: { role: Role; memberKey?: string };
}

const header = (query: string, key: string) => new RegExp(`^# ${key}: (.+)$`, 'm').exec(query)?.[1]?.trim();

const withMemberIds = (json: string) => json.replace(/"member:([a-z0-9-]+)"/g, (_, key: string) => JSON.stringify(stableId(`member:${key}`)));

export function loadOperations(folder = resolve('bench', 'operations')): BenchOperation[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const query = readFileSync(join(folder, file), 'utf8');
      const [role, memberKey] = (header(query, 'caller') ?? 'anonymous').split(/\s+/);
      return {
        name: basename(file, '.graphql'),
        query,
        variables: JSON.parse(withMemberIds(header(query, 'variables') ?? '{}')),
        caller: { role: role as Role, memberKey },
      };
    });
}

/** The HTTP headers an operation is sent with: JSON, and the caller's development token. */
export async function headersFor(operation: BenchOperation): Promise<Record<string, string>> {
  const { role, memberKey } = operation.caller;
  if (role === 'anonymous') return { 'content-type': 'application/json' };
  const token = await signDevelopmentToken({ role, memberId: memberKey ? stableId(`member:${memberKey}`) : undefined, expiresIn: '2h' });
  return { 'content-type': 'application/json', authorization: `Bearer ${token}` };
}
