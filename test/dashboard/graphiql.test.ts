import type { RunningGateway } from '../../gateway/server';
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
