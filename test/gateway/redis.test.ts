import { randomBytes } from 'node:crypto';
import { print } from 'graphql';
import { type Recorder, startRecorder } from '../../bench/recorder';
import type { RunningGateway } from '../../gateway/server';
import { signDevelopmentToken } from '../../subgraphs/shared/graphql/auth';
import { ServicesDocument, UpdateServiceDocument } from '../generated/graphql';
import { dataOf, type GraphQLResponse, type Hub, startHub } from '../hub';
import { redisAbsence, TEST_REDIS_URL } from '../redis';

const absent = redisAbsence();
if (absent) console.warn(`SKIPPED test/gateway/redis.test.ts: ${absent}`);
const describeWithRedis = absent ? describe.skip : describe;

const LIMIT = 4;

type Catalogue = { services: { nodes: Array<{ id: string; name: string }> } };

describeWithRedis('two gateways on one Redis (REDIS_URL)', () => {
  let hub: Hub;
  let services: Recorder;
  beforeAll(async () => {
    hub = await startHub(['membership', 'services', 'projects']);
    services = await startRecorder(hub.subgraphs.services.url);
  });
  /** Two gateways on one Redis, under a prefix of their own. */
  const replicas = async (settings: { RATE_LIMIT_PER_MINUTE?: number } = {}) => {
    const shared = { REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: `sambruk-test-${randomBytes(6).toString('hex')}:`, RESPONSE_CACHE: 'on' as const, ...settings };
    const options = { subgraphUrls: { services: services.url }, settings: shared };
    return [await hub.startGateway(options), await hub.startGateway(options)];
  };
  afterAll(async () => {
    await hub?.stop();
    await services?.stop();
  });

  const send = async (url: string, query: string, variables: object = {}, headers: Record<string, string> = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLResponse<Catalogue> };
  };

  test('share one rate limit: a client that spent its budget through one replica is refused by both', async () => {
    const [first, second] = await replicas({ RATE_LIMIT_PER_MINUTE: LIMIT });
    const authorization = `Bearer ${await signDevelopmentToken({ role: 'analyst', subject: `shared-${randomBytes(4).toString('hex')}` })}`;
    const query = '{ members(first: 1) { totalCount } }';
    const statuses = [];
    for (const gateway of [first, second, first, second]) statuses.push((await send(gateway.url, query, {}, { authorization })).status);
    expect(statuses).toEqual([200, 200, 200, 200]);
    for (const gateway of [first, second]) {
      const refused = await send(gateway.url, query, {}, { authorization });
      expect([refused.status, refused.body.errors?.[0].extensions?.code]).toEqual([429, 'RATE_LIMITED']);
    }
  });

  test('share the response cache: what one replica cached the other answers, and a mutation through one invalidates it for both', async () => {
    const [first, second] = await replicas();
    const catalogue = print(ServicesDocument);
    const names = async (gateway: RunningGateway) => {
      services.take();
      const answer = dataOf((await send(gateway.url, catalogue, { first: 50 })).body);
      return { reached: services.take().length, names: answer.services.nodes.map((service) => service.name) };
    };
    const before = await names(first);
    expect(before.reached).toBe(1);
    expect(await names(second)).toEqual({ reached: 0, names: before.names });
    const [renamed] = dataOf((await send(first.url, catalogue, { first: 1 })).body).services.nodes;
    const admin = { authorization: `Bearer ${await signDevelopmentToken({ role: 'admin' })}` };
    const update = await send(first.url, print(UpdateServiceDocument), { id: renamed.id, input: { name: `${renamed.name} (ny)` } }, admin);
    expect(update.body.errors).toBeUndefined();
    const after = await names(second);
    expect(after.reached).toBe(1);
    expect(after.names).toContain(`${renamed.name} (ny)`);
  });
});
