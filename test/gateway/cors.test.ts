import type { RunningGateway } from '../../gateway/server';
import { type Hub, startHub } from '../hub';

const DASHBOARD = 'https://dashboard.nacka.example';
let hub: Hub;
let gateway: RunningGateway;
beforeAll(async () => {
  hub = await startHub(['membership']);
  gateway = await hub.startGateway({ settings: { CORS_ORIGINS: [DASHBOARD] } });
});
afterAll(() => hub?.stop());

const preflight = (url: string, origin: string) =>
  fetch(url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
  });

test('a preflight from an origin in CORS_ORIGINS is allowed, with credentials', async () => {
  const response = await preflight(gateway.url, DASHBOARD);
  expect(response.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
  expect(response.headers.get('access-control-allow-credentials')).toBe('true');
  expect(response.headers.get('access-control-allow-headers')).toMatch(/authorization/);
});

test('a preflight from any other origin gets no CORS headers', async () => {
  for (const origin of ['https://evil.example', 'null', 'http://localhost:5173']) {
    const response = await preflight(gateway.url, origin);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  }
});

test('an allowed page may read x-request-id', async () => {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { origin: DASHBOARD, 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  expect(response.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
  expect(response.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);
  expect(response.headers.get('x-request-id')).toBeTruthy();
  expect(response.headers.get('vary')).toMatch(/Origin/);
});

test('by default the local development origins are allowed and others are not', async () => {
  expect((await preflight(hub.gateway.url, 'http://localhost:5173')).headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  expect((await preflight(hub.gateway.url, 'http://127.0.0.1:4000')).headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4000');
  expect((await preflight(hub.gateway.url, 'https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
});
