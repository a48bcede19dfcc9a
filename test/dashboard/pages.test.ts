import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningGateway } from '../../gateway/server';
import { config } from '../../subgraphs/shared/platform/config';
import { type Hub, startHub } from '../hub';

let hub: Hub;
let closed: RunningGateway;
beforeAll(async () => {
  hub = await startHub(['membership']);
  closed = await hub.startGateway({ settings: { INTROSPECTION: 'off' } });
});
afterAll(() => hub?.stop());

const page = (url: string) => fetch(url, { headers: { accept: 'text/html' } });

/** Every address the page would make the browser load: script and link sources, CSS url(…) and @import. */
const loadedAddresses = (html: string) => [
  ...[...html.matchAll(/<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["']?([^"' >]+)/gi)].map((match) => match[1]),
  ...[...html.matchAll(/(?:url\(\s*["']?|@import\s+["'])([^"')]+)/gi)].map((match) => match[1]),
];

test('GraphiQL opens at /graphql with its scripts and styles served by the gateway from npm: nothing the page loads is on another host', async () => {
  const response = await page(hub.gateway.url);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  const html = await response.text();
  expect(html).toContain('<title>Sambruk Graph</title>');
  expect(html).toContain('YogaGraphiQL.renderYogaGraphiQL');
  const addresses = loadedAddresses(html);
  expect(addresses.length).toBeGreaterThan(0);
  expect(addresses.filter((address) => /^(https?:)?\/\//i.test(address))).toEqual([]);
  expect(html).not.toMatch(/unpkg\.com|jsdelivr|cdnjs/);
});

test('with INTROSPECTION=off there is no GraphiQL', async () => {
  const response = await page(closed.url);
  expect(await response.text()).not.toContain('YogaGraphiQL');
  expect(response.headers.get('content-type') ?? '').not.toMatch(/^text\/html/);
});

describe('the dashboard’s files at /dashboard/', () => {
  const origin = () => new URL(hub.gateway.url).origin;
  const built = existsSync(`${config().DASHBOARD_DIR}/index.html`);
  if (!built) console.warn(`SKIPPED the dashboard's files: ${config().DASHBOARD_DIR} is missing (npm run build builds the dashboard)`);
  const testBuilt = built ? test : test.skip;

  test('/dashboard redirects to /dashboard/, keeping the query', async () => {
    const response = await fetch(`${origin()}/dashboard?medlem=x`, { redirect: 'manual' });
    expect([response.status, response.headers.get('location')]).toEqual([308, '/dashboard/?medlem=x']);
  });

  testBuilt('the page and its scripts come from the gateway, in UTF-8, under a policy that lets it load and call nothing else', async () => {
    const page = await fetch(`${origin()}/dashboard/`);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'.*connect-src 'self'/);
    const html = await page.text();
    expect(html).toContain('<html lang="sv">');
    const addresses = loadedAddresses(html);
    expect(addresses.filter((address) => !address.startsWith('/dashboard/assets/'))).toEqual([]);
    for (const address of addresses) {
      const asset = await fetch(`${origin()}${address}`);
      expect([asset.status, asset.headers.get('cache-control')]).toEqual([200, 'public, max-age=31536000, immutable']);
    }
  });

  test('before its first build /dashboard/ answers 503, saying that npm start builds it', async () => {
    const unbuilt = mkdtempSync(join(tmpdir(), 'sambruk-dashboard-'));
    const gateway = await hub.startGateway({ settings: { DASHBOARD_DIR: unbuilt } });
    const response = await fetch(new URL('/dashboard/', gateway.url));
    rmSync(unbuilt, { recursive: true });
    expect([response.status, response.headers.get('retry-after')]).toEqual([503, '5']);
    expect(await response.text()).toMatch(/^the dashboard is not built yet: npm start builds it just after the hub answers/);
  });

  test('nothing outside the dashboard’s folder is served', async () => {
    for (const path of ['/dashboard/..%2f..%2fpackage.json', '/dashboard/%2e%2e/%2e%2e/package.json', '/dashboard/missing.js'])
      expect((await fetch(`${origin()}${path}`)).status).toBe(404);
  });
});
