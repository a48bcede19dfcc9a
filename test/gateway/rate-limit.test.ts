import type { RunningGateway } from '../../gateway/server';
import { signDevelopmentToken } from '../../subgraphs/shared/graphql/auth';
import { type Hub, startHub } from '../hub';
import { captureOutput } from './capture';

const LIMIT = 3;
let hub: Hub;
let gateway: RunningGateway;
beforeAll(async () => {
  hub = await startHub(['membership', 'services']);
  gateway = await hub.startGateway({ settings: { RATE_LIMIT_PER_MINUTE: LIMIT, RESPONSE_CACHE: 'on' } });
});
afterAll(() => hub?.stop());

const token = async (subject: string) => `Bearer ${await signDevelopmentToken({ role: 'analyst', subject })}`;

async function send(query: string, headers: Record<string, string> = {}, url = gateway.url) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  const text = await response.text();
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    text,
    body: JSON.parse(text) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> },
  };
}

test('a client over RATE_LIMIT_PER_MINUTE gets 429, RATE_LIMITED and Retry-After in seconds, and neither the answer nor any log line, even at debug level, shows its token', async () => {
  const authorization = await token('client-a@sambruk.example');
  const output = captureOutput();
  let refused: Awaited<ReturnType<typeof send>>;
  try {
    const debugging = await hub.startGateway({ settings: { RATE_LIMIT_PER_MINUTE: LIMIT, LOG_LEVEL: 'debug' } });
    for (let sent = 0; sent < LIMIT; sent += 1)
      expect((await send('{ members(first: 1) { totalCount } }', { authorization }, debugging.url)).body.errors).toBeUndefined();
    refused = await send('{ members(first: 1) { totalCount } }', { authorization }, debugging.url);
  } finally {
    output.restore();
  }
  expect(refused.status).toBe(429);
  expect(refused.body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  expect(refused.body.errors?.[0].message).toContain(`at most ${LIMIT} operations per minute`);
  expect(refused.retryAfter).toMatch(/^[1-9]\d*$/);
  expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
  const secret = authorization.replace('Bearer ', '');
  expect(refused.text).not.toContain(secret);
  expect(refused.text).not.toContain('client-a@sambruk.example');
  expect(output.lines().some((line) => line.includes('[useFetchDebug]'))).toBe(true);
  expect(output.lines().filter((line) => line.includes(secret) || line.includes('client-a@sambruk.example'))).toEqual([]);
});

test('every operation counts once against one budget, whatever root fields it asks for', async () => {
  const authorization = await token('client-b@sambruk.example');
  const both = await send('{ members(first: 1) { totalCount } services(first: 1) { totalCount } }', { authorization });
  expect(both.body.errors).toBeUndefined();
  for (let sent = 1; sent < LIMIT; sent += 1) expect((await send('{ members(first: 1) { totalCount } }', { authorization })).status).toBe(200);
  const other = await send('{ services(first: 1) { totalCount } }', { authorization });
  expect(other.status).toBe(429);
  expect(other.body.data ?? null).toBeNull();
});

test('a made-up X-Forwarded-For buys nothing; another client keeps its own budget', async () => {
  const authorization = await token('client-c@sambruk.example');
  for (let sent = 0; sent < LIMIT; sent += 1)
    expect((await send('{ members(first: 1) { totalCount } }', { authorization, 'x-forwarded-for': `198.51.100.${sent}` })).status).toBe(200);
  expect((await send('{ members(first: 1) { totalCount } }', { authorization, 'x-forwarded-for': '203.0.113.99' })).status).toBe(429);
  const another = await send('{ members(first: 1) { totalCount } }', { authorization: await token('client-d@sambruk.example') });
  expect(another.body.errors).toBeUndefined();
});

test('an anonymous client is counted by its address, and over budget is refused even what the cache could answer', async () => {
  const catalogue = '{ services(first: 1) { totalCount } }';
  for (let sent = 0; sent < LIMIT; sent += 1) expect((await send(catalogue)).body.errors).toBeUndefined();
  const refused = await send(catalogue);
  expect(refused.status).toBe(429);
  expect(refused.body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
});

test('behind a trusted load balancer (TRUSTED_PROXIES) an anonymous client is the address it forwards, the last in X-Forwarded-For', async () => {
  const behind = await hub.startGateway({ settings: { RATE_LIMIT_PER_MINUTE: LIMIT, TRUSTED_PROXIES: ['127.0.0.1/32'] } });
  const query = '{ members(first: 1) { totalCount } }';
  const from = (forwarded: string) => send(query, { 'x-forwarded-for': forwarded }, behind.url);
  for (let sent = 0; sent < LIMIT; sent += 1) expect((await from('198.51.100.7')).status).toBe(200);
  expect((await from('198.51.100.7')).status).toBe(429);
  expect((await from('203.0.113.1, 198.51.100.7')).status).toBe(429);
  expect((await from('198.51.100.8')).status).toBe(200);
});
