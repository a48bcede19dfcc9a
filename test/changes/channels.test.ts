import { randomBytes } from 'node:crypto';
import { print } from 'graphql';
import { signDevelopmentToken } from '../../subgraphs/shared/graphql/auth';
import { databaseUrl, dropDatabase } from '../../subgraphs/shared/platform/postgres';
import { MemberChangedDocument, UpdateMemberDocument } from '../generated/graphql';
import { ADMIN, ANALYST } from '../hub';
import { natsAbsence, TEST_NATS_URL } from '../nats';
import { redisAbsence, TEST_REDIS_URL } from '../redis';
import { ready, type SubgraphProcess, startMembership, stopAll } from '../replica';
import { subscribe } from './sse';

/** Nacka kommun in the seed. */
const NACKA = 'bd1aefbe-b444-5207-9204-67b6f3e65a6c';

const transports: Array<{ channel: string; env: Record<string, string>; absent: string | null }> = [
  { channel: 'postgres', env: {}, absent: null },
  { channel: 'redis', env: { REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: `sambruk-test-${randomBytes(6).toString('hex')}:` }, absent: redisAbsence() },
  { channel: 'nats', env: { NATS_URL: TEST_NATS_URL }, absent: natsAbsence() },
];
for (const { channel, absent } of transports) if (absent) console.warn(`SKIPPED the ${channel} channel in test/changes/channels.test.ts: ${absent}`);

let url: string;
beforeAll(() => {
  url = databaseUrl(process.env.TEST_DATABASE_SERVER_URL!, `sambruk_test_${randomBytes(6).toString('hex')}`);
});
afterAll(() => dropDatabase(url));

async function updatePopulation(subgraphUrl: string, population: number): Promise<void> {
  const response = await fetch(subgraphUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await signDevelopmentToken(ADMIN)}` },
    body: JSON.stringify({ query: print(UpdateMemberDocument), variables: { id: NACKA, input: { population } } }),
  });
  expect((await response.json()).errors).toBeUndefined();
}

describe.each(transports.map((transport, index) => ({ ...transport, population: 140_000 + index })))(
  'CHANGE_CHANNEL=$channel',
  ({ channel, env, absent, population }) => {
    const testWithServer = absent ? test.skip : test;
    let replicas: SubgraphProcess[] = [];
    afterEach(() => stopAll(replicas.splice(0)));

    testWithServer('a commit on one replica reaches a subscriber of another at once, not at its next poll', async () => {
      // A minute between polls: only the channel can bring the change within the few seconds allowed.
      const settings = { CHANGE_CHANNEL: channel, CHANGE_POLL_MS: '60000', ...env };
      replicas = [startMembership(url, settings), startMembership(url, settings)];
      const [a, b] = await Promise.all(replicas.map(ready));
      const live = await subscribe(b, MemberChangedDocument, { memberId: NACKA }, ANALYST);
      try {
        await new Promise((settle) => setTimeout(settle, 500));
        const started = Date.now();
        await updatePopulation(a, population);
        const [result] = await live.received(1, 5000);
        expect(result.data?.memberChanged?.population).toBe(population);
        expect(Date.now() - started).toBeLessThan(5000);
      } finally {
        await live.close();
      }
    });
  },
);
