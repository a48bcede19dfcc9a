import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { listenerName } from '../../subgraphs/shared/graphql/change-channel';
import { MemberChangedDocument, UpdateMemberDocument } from '../generated/graphql';
import { ADMIN, ANALYST, dataOf, type Hub, startHub } from '../hub';
import { redisAbsence, TEST_REDIS_URL } from '../redis';
import { startTcpProxy, type TcpProxy } from '../tcp-proxy';
import { subscribe } from './sse';

/** Nacka kommun in the seed. */
const NACKA = 'bd1aefbe-b444-5207-9204-67b6f3e65a6c';

const settle = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * A live subscriber hears a change, then the channel goes away (`cut`): the subscription ends with
 * CHANNEL_LOST and a cursor; two changes commit meanwhile; with that cursor a new subscription gets
 * both, then the next live one.
 */
async function losesAndResumes(hub: Hub, cut: () => Promise<void>, restore: () => Promise<void>, base: number): Promise<void> {
  const setPopulation = async (population: number) => dataOf(await hub.request(UpdateMemberDocument, { id: NACKA, input: { population } }, { as: ADMIN }));
  const live = await subscribe(hub.gateway.url, MemberChangedDocument, { memberId: NACKA }, ANALYST);
  try {
    await settle(500);
    await setPopulation(base);
    await live.received(1);
    await cut();
    const [heard, lost] = await live.received(2);
    expect(heard.data?.memberChanged?.population).toBe(base);
    expect(lost.errors).toMatchObject([{ extensions: { code: 'CHANNEL_LOST' } }]);
    const after = lost.errors![0].extensions!.after as string;
    await setPopulation(base + 1);
    await setPopulation(base + 2);
    await restore();
    const again = await subscribe(hub.gateway.url, MemberChangedDocument, { memberId: NACKA, after }, ANALYST);
    try {
      await again.received(2);
      await setPopulation(base + 3);
      const results = await again.received(3);
      // Each event resolves to the member as it is now: both missed changes show the second population.
      expect(results.map((result) => result.data?.memberChanged?.population)).toEqual([base + 2, base + 2, base + 3]);
    } finally {
      await again.close();
    }
  } finally {
    await live.close();
  }
}

describe('CHANGE_CHANNEL=postgres', () => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub(['membership']);
  });
  afterAll(() => hub?.stop());

  test('the LISTEN connection killed (pg_terminate_backend): subscribers get CHANNEL_LOST, the listener comes back, a cursor misses nothing', async () => {
    const db = new Client({ connectionString: hub.databaseUrl });
    await db.connect();
    const listeners = async () =>
      (await db.query('select pid from pg_stat_activity where application_name = $1 and datname = current_database()', [listenerName('membership')])).rows.map(
        (row) => row.pid as number,
      );
    try {
      const kill = async () => {
        const [pid] = await listeners();
        await db.query('select pg_terminate_backend($1)', [pid]);
      };
      const listening = async () => {
        for (let waited = 0; !(await listeners()).length; waited += 100) {
          if (waited > 10_000) throw new Error('the change feed listener did not come back');
          await settle(100);
        }
      };
      await losesAndResumes(hub, kill, listening, 150_000);
      expect(await listeners()).toHaveLength(1);
    } finally {
      await db.end();
    }
  });
});

const absent = redisAbsence();
if (absent) console.warn(`SKIPPED CHANGE_CHANNEL=redis in test/changes/channel-loss.test.ts: ${absent}`);
const describeWithRedis = absent ? describe.skip : describe;

describeWithRedis('CHANGE_CHANNEL=redis', () => {
  let hub: Hub;
  let proxy: TcpProxy;
  beforeAll(async () => {
    const { hostname, port } = new URL(TEST_REDIS_URL);
    proxy = await startTcpProxy(hostname, Number(port));
    const REDIS_URL = `redis://127.0.0.1:${proxy.port}`;
    hub = await startHub(['membership'], { changes: { CHANGE_CHANNEL: 'redis', REDIS_URL, REDIS_PREFIX: `sambruk-test-${randomBytes(6).toString('hex')}:` } });
  });
  afterAll(async () => {
    await hub?.stop();
    await proxy?.close();
  });

  test('the connection to Redis cut: subscribers get CHANNEL_LOST, and with their cursor miss nothing once it is back', async () => {
    await losesAndResumes(
      hub,
      () => proxy.close(),
      () => proxy.open(),
      160_000,
    );
  });
});
