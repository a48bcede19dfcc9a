import { createHmac, timingSafeEqual } from 'node:crypto';
import { subgraphNamed } from '../../subgraphs';
import { type RunningSubgraph, startSubgraph } from '../../subgraphs/shared/graphql/server';
import { overrideConfig } from '../../subgraphs/shared/platform/config';
import { silentProgress } from '../../subgraphs/shared/platform/progress';
import {
  EnableMembershipWebhookDocument,
  MembershipAuditTrailDocument,
  MembershipWebhookDeliveriesDocument,
  MembershipWebhooksDocument,
  RegisterMembershipWebhookDocument,
  RemoveMembershipWebhookDocument,
  UpdateMemberDocument,
  type WebhookInput,
} from '../generated/graphql';
import { ADMIN, ANALYST, dataOf, errorOf, type Hub, startHub } from '../hub';
import { type Received, startReceiver } from './receiver';

overrideConfig({
  WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
  WEBHOOK_TIMEOUT_MS: '400',
  WEBHOOK_RETRY_BASE_MS: '100',
  WEBHOOK_DISABLE_AFTER_MS: '1500',
  WEBHOOK_POLL_MS: '100',
});

/** Nacka kommun in the seed. */
const NACKA = 'bd1aefbe-b444-5207-9204-67b6f3e65a6c';
const SECRET = 'a shared secret of the receiver';

let hub: Hub;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  hub = await startHub(['membership']);
});
beforeEach(async () => {
  receiver = await startReceiver();
});
afterEach(() => receiver.stop());
afterAll(() => hub?.stop());

const register = (input: Partial<WebhookInput>, options: { url?: string } = {}) =>
  hub.request(RegisterMembershipWebhookDocument, { input: { url: receiver.url, secret: SECRET, ...input } as WebhookInput }, { as: ADMIN, ...options });
const deliveries = async (endpointId: string, url?: string) =>
  dataOf(await hub.request(MembershipWebhookDeliveriesDocument, { endpointId }, { as: ADMIN, url })).membershipWebhookDeliveries;
const setPopulation = async (population: number) => dataOf(await hub.request(UpdateMemberDocument, { id: NACKA, input: { population } }, { as: ADMIN }));

/** What a receiver does with a delivery: recompute the signature over "<t>.<body>" and compare, in constant time. */
function verify(request: Received, secret: string): boolean {
  const header = String(request.headers['x-sambruk-signature']);
  const [, timestamp, signature] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header) ?? [];
  if (!signature || Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false;
  const expected = createHmac('sha256', secret).update(`${timestamp}.${request.body}`).digest();
  return timingSafeEqual(expected, Buffer.from(signature, 'hex'));
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resume) => setTimeout(resume, 100));
  }
}

test('registering refuses private, loopback and link-local hosts not allowed, unknown types, short secrets, and callers other than admins', async () => {
  for (const url of ['http://localhost:9/hooks', 'http://10.1.2.3/hooks', 'http://169.254.169.254/latest', 'http://[::1]:9/', 'ftp://127.0.0.1/']) {
    const refused = errorOf(await register({ url }));
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(refused.message).toMatch(/input\.url/);
  }
  expect(errorOf(await register({ eventTypes: ['Invoice'] })).message).toMatch(/input\.eventTypes.*"Invoice"/);
  expect(errorOf(await register({ secret: 'short' })).code).toBe('BAD_USER_INPUT');
  const input = { url: receiver.url, secret: SECRET, eventTypes: [] };
  expect(errorOf(await hub.request(RegisterMembershipWebhookDocument, { input }, { as: ANALYST })).code).toBe('FORBIDDEN');
  expect(errorOf(await hub.request(MembershipWebhooksDocument, {}, { as: ANALYST })).code).toBe('FORBIDDEN');
});

test('a mutation reaches the receiver as a signed POST the receiver can verify, and the delivery log says so', async () => {
  const endpoint = dataOf(await register({ eventTypes: ['Member'] })).registerMembershipWebhook;
  expect(endpoint).toMatchObject({ url: receiver.url, eventTypes: ['Member'], enabled: true });
  await setPopulation(105_000);
  const [request] = await receiver.receivedAtLeast(1);
  expect(verify(request, SECRET)).toBe(true);
  expect(verify(request, 'another secret entirely')).toBe(false);
  expect(JSON.parse(request.body)).toMatchObject({ subgraph: 'membership', entityType: 'Member', entityId: NACKA, operation: 'UPDATED', memberId: NACKA });
  expect(JSON.parse(request.body).fields).toContain('population');
  const log = await until(
    () => deliveries(endpoint.id),
    (rows) => rows[0]?.status === 'DELIVERED',
  );
  expect(log).toEqual([
    expect.objectContaining({ id: request.headers['x-sambruk-delivery'], status: 'DELIVERED', attempts: 1, lastStatusCode: 200, lastError: null }),
  ]);
});

test('a failing receiver gets the delivery again with growing pauses until it answers 2xx', async () => {
  const endpoint = dataOf(await register({})).registerMembershipWebhook;
  receiver.answer(500, 503);
  await setPopulation(106_000);
  const requests = await receiver.receivedAtLeast(3);
  expect(new Set(requests.map((request) => request.headers['x-sambruk-delivery'])).size).toBe(1);
  const log = await until(
    () => deliveries(endpoint.id),
    (rows) => rows[0]?.status === 'DELIVERED',
  );
  expect(log[0]).toMatchObject({ status: 'DELIVERED', attempts: 3, lastStatusCode: 200 });
  expect(log[0].lastError).toBeNull();
});

test('a receiver that hangs is timed out, and an endpoint failing for long is disabled and shown so', async () => {
  const endpoint = dataOf(await register({})).registerMembershipWebhook;
  receiver.answer(...Array.from({ length: 50 }, () => 'hang' as const));
  await setPopulation(107_000);
  const endpoints = await until(
    async () => dataOf(await hub.request(MembershipWebhooksDocument, {}, { as: ADMIN })).membershipWebhooks,
    (rows) => rows.find((row) => row.id === endpoint.id)?.enabled === false,
  );
  const disabled = endpoints.find((row) => row.id === endpoint.id)!;
  expect(disabled).toMatchObject({ enabled: false });
  expect(disabled.disabledReason).toMatch(/every delivery failed since .*timed out after 400 ms/);
  const [log] = await deliveries(endpoint.id);
  expect(log).toMatchObject({ status: 'PENDING', lastError: 'timed out after 400 ms', lastStatusCode: null });
  expect(log.attempts).toBeGreaterThan(1);
});

test('an admin enables a disabled endpoint again: it gets what it missed, and enabling an enabled one is a CONFLICT', async () => {
  const endpoint = dataOf(await register({})).registerMembershipWebhook;
  receiver.answer(...Array.from({ length: 100 }, () => 500));
  await setPopulation(109_000);
  await until(
    async () => dataOf(await hub.request(MembershipWebhooksDocument, {}, { as: ADMIN })).membershipWebhooks,
    (rows) => rows.find((row) => row.id === endpoint.id)?.enabled === false,
  );
  await setPopulation(109_001);
  receiver.answerOk();
  const before = receiver.received.length;
  const enable = (id: string, as = ADMIN) => hub.request(EnableMembershipWebhookDocument, { id }, { as });
  expect(dataOf(await enable(endpoint.id)).enableMembershipWebhook).toEqual({ id: endpoint.id, enabled: true, disabledReason: null, failingSince: null });
  const positions = (await receiver.receivedAtLeast(before + 2)).slice(before).map((request) => JSON.parse(request.body).position);
  expect(new Set(positions).size).toBe(2);
  const log = await until(
    () => deliveries(endpoint.id),
    (rows) => rows.every((row) => row.status === 'DELIVERED'),
  );
  expect(log.map((row) => row.status)).toEqual(['DELIVERED', 'DELIVERED']);
  expect(errorOf(await enable(endpoint.id))).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/^id: this endpoint is enabled already/) });
  expect(errorOf(await enable(endpoint.id, ANALYST)).code).toBe('FORBIDDEN');
  expect(errorOf(await enable('not-an-id')).code).toBe('BAD_USER_INPUT');
  expect(errorOf(await enable('3f1c2c4e-0000-4000-8000-000000000001')).code).toBe('NOT_FOUND');
});

test('an admin removes an endpoint: it is no longer listed, its log is gone, nothing more is sent, and the audit trail tells who did what (never the secret)', async () => {
  const endpoint = dataOf(await register({})).registerMembershipWebhook;
  const remove = (id: string, as = ADMIN) => hub.request(RemoveMembershipWebhookDocument, { id }, { as });
  expect(errorOf(await remove(endpoint.id, ANALYST)).code).toBe('FORBIDDEN');
  expect(dataOf(await remove(endpoint.id)).removeMembershipWebhook).toEqual({ id: endpoint.id, url: receiver.url });
  const endpoints = dataOf(await hub.request(MembershipWebhooksDocument, {}, { as: ADMIN })).membershipWebhooks;
  expect(endpoints.map((row) => row.id)).not.toContain(endpoint.id);
  await setPopulation(109_500);
  await new Promise((settle) => setTimeout(settle, 1000));
  expect(receiver.received).toHaveLength(0);
  expect(await deliveries(endpoint.id)).toEqual([]);
  expect(errorOf(await remove(endpoint.id)).code).toBe('NOT_FOUND');
  const trail = dataOf(await hub.request(MembershipAuditTrailDocument, { entityId: endpoint.id }, { as: ADMIN })).membershipAuditTrail.nodes;
  expect(trail.map((record) => [record.operation, record.change, record.entityType, record.role])).toEqual([
    ['removeMembershipWebhook', 'DELETED', 'WebhookEndpoint', 'admin'],
    ['registerMembershipWebhook', 'CREATED', 'WebhookEndpoint', 'admin'],
  ]);
  expect(trail.map((record) => record.summary).join()).not.toContain(SECRET);
});

describe('a stopped subgraph', () => {
  let restarted: RunningSubgraph | undefined;
  afterAll(() => restarted?.stop());

  test('delivers what it had committed but not delivered when it starts again', async () => {
    const endpoint = dataOf(await register({})).registerMembershipWebhook;
    receiver.answer('hang');
    await setPopulation(108_000);
    const [first] = await receiver.receivedAtLeast(1);
    await hub.subgraphs.membership.stop();
    const stoppedAt = receiver.received.length;
    restarted = await startSubgraph(subgraphNamed('membership'), { databaseUrl: hub.databaseUrl, port: 0, host: '127.0.0.1', progress: silentProgress });
    const requests = await receiver.receivedAtLeast(stoppedAt + 1);
    expect(requests.at(-1)!.headers['x-sambruk-delivery']).toBe(first.headers['x-sambruk-delivery']);
    expect(verify(requests.at(-1)!, SECRET)).toBe(true);
    const log = await until(
      () => deliveries(endpoint.id, restarted!.url),
      (rows) => rows[0]?.status === 'DELIVERED',
    );
    expect(log[0]).toMatchObject({ status: 'DELIVERED', attempts: 2 });
  });
});
