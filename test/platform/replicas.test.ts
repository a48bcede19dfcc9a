import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { Client } from 'pg';
import { databaseUrl, dropDatabase } from '../../subgraphs/shared/platform/postgres';
import { worldMembers } from '../../subgraphs/shared/seed-world/members';

const SCRIPT = 'dist/subgraphs/membership/index.js';

interface SubgraphProcess {
  child: ChildProcess;
  output: string;
  exited: Promise<number | null>;
}

/** `node dist/subgraphs/membership/index.js` on `url` (`npm run build` first, as `npm test` does). */
function startMembership(url: string): SubgraphProcess {
  if (!existsSync(SCRIPT)) throw new Error(`${SCRIPT} is missing: run npm run build first`);
  const env = { ...process.env, DATABASE_URL: url, MEMBERSHIP_PORT: '0', HOST: '127.0.0.1', SEED: 'auto', LOG_LEVEL: 'info' };
  const child = spawn(process.execPath, [SCRIPT], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const running: SubgraphProcess = { child, output: '', exited: new Promise((done) => child.once('close', done)) };
  for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk) => (running.output += String(chunk)));
  return running;
}

/** Resolves when `replica` says it is ready; fails when it exits first or takes more than two minutes. */
async function ready(replica: SubgraphProcess): Promise<void> {
  for (let waited = 0; !replica.output.includes('subgraph ready at'); waited += 100) {
    if (replica.child.exitCode !== null || waited > 120_000) throw new Error(`the replica did not start: ${replica.output}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

let url: string;
let replicas: SubgraphProcess[] = [];
beforeAll(() => {
  url = databaseUrl(process.env.TEST_DATABASE_SERVER_URL!, `sambruk_test_${randomBytes(6).toString('hex')}`);
});
afterAll(async () => {
  for (const replica of replicas) {
    replica.child.kill('SIGTERM');
    await replica.exited;
  }
  await dropDatabase(url);
});

test('two replicas of a subgraph started at once on a new database both start, and it is created, migrated and seeded once', async () => {
  replicas = [startMembership(url), startMembership(url)];
  await Promise.all(replicas.map(ready));
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const count = async (sql: string) => (await db.query(sql)).rows[0].count;
    expect(await count('select count(*)::int from membership.member')).toBe(worldMembers().length);
    expect(await count('select count(*)::int - count(distinct name)::int as count from membership.mikro_orm_migrations')).toBe(0);
    expect(await count('select count(*)::int from membership.mikro_orm_migrations')).toBeGreaterThan(0);
  } finally {
    await db.end();
  }
  const answers = await Promise.all(
    replicas.map(async (replica) => {
      const graphql = /subgraph ready at ([^\s"]+)/.exec(replica.output)![1];
      const response = await fetch(graphql, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ members(first: 1) { totalCount } }' }),
      });
      return (await response.json()).data.members.totalCount;
    }),
  );
  expect(answers).toEqual([worldMembers().length, worldMembers().length]);
});
