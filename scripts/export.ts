import { createWriteStream, readFileSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { ExportError } from '../gateway/export/errors';
import { fetchPage, writeAll } from '../gateway/export/pages';
import { planExport } from '../gateway/export/plan';
import { type ExportFormat, FORMATS, writerFor } from '../gateway/export/writers';
import { ROLES, type Role, signDevelopmentToken } from '../subgraphs/shared/graphql/auth';
import { config } from '../subgraphs/shared/platform/config';
import { createProgress } from '../subgraphs/shared/platform/progress';

const USAGE = 'npm run export -- --query q.graphql --format csv|xlsx --out file [--variables JSON] [--token JWT | --role analyst] [--url gateway GraphQL URL]';

async function authorizationOf(token: string | undefined, role: string | undefined): Promise<string | undefined> {
  if (token) return `Bearer ${token}`;
  if (!role) return undefined;
  if (!ROLES.includes(role as Role) || role === 'anonymous' || role === 'member')
    throw new Error('--role must be analyst or admin (use --token for a member user)');
  return `Bearer ${await signDevelopmentToken({ role: role as 'analyst' | 'admin' })}`;
}

/**
 * `npm run export`: the export of POST /export as a command. It asks the gateway page after page
 * with the caller's token, writes the file as the rows come, and shows a progress bar.
 */
async function main() {
  const { values } = parseArgs({
    options: {
      query: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      variables: { type: 'string' },
      token: { type: 'string' },
      role: { type: 'string' },
      url: { type: 'string', default: `http://localhost:${config().GATEWAY_PORT}/graphql` },
    },
  });
  if (!values.query || !values.out || !FORMATS.includes(values.format as ExportFormat)) throw new Error(`usage: ${USAGE}`);
  const plan = planExport(readFileSync(values.query, 'utf8'));
  const source = {
    graphqlUrl: values.url,
    authorization: await authorizationOf(values.token, values.role),
    variables: values.variables ? JSON.parse(values.variables) : undefined,
  };
  const first = await fetchPage(plan, source, null);
  const out = createWriteStream(values.out);
  const step = createProgress('export').step(`${plan.path.join('.')} → ${values.out}`, first.totalCount ?? first.nodes.length);
  let written = 0;
  const result = await writeAll(plan, source, first, writerFor(values.format as ExportFormat, out), (rows) => {
    step.tick(rows - written);
    written = rows;
  });
  step.done();
  out.end();
  await finished(out);
  if (result.error) throw new Error(`the export stopped after ${result.rows} rows: ${result.error} (the file ends with an error row)`);
  console.log(`${result.rows} rows written to ${values.out}`);
}

main().catch((error) => {
  console.error(error instanceof ExportError ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : error);
  process.exit(1);
});
