import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { databaseUrl, dropDatabase } from '../../subgraphs/shared/platform/postgres';
import { worldMembers } from '../../subgraphs/shared/seed-world/members';
import { ready, type SubgraphProcess, startMembership, stopAll } from '../replica';

let url: string;
let replicas: SubgraphProcess[] = [];
beforeAll(() => {
  url = databaseUrl(process.env.TEST_DATABASE_SERVER_URL!, `sambruk_test_${randomBytes(6).toString('hex')}`);
});
afterAll(async () => {
  await stopAll(replicas);
  await dropDatabase(url);
});

test('two replicas of a subgraph started at once on a new database both start, and it is created, migrated and seeded once', async () => {
  replicas = [startMembership(url), startMembership(url)];
  const urls = await Promise.all(replicas.map(ready));
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
    urls.map(async (graphql) => {
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
