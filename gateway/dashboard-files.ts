import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

const PREFIX = '/dashboard/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Everything the page loads comes from this gateway; it may only call the gateway itself. */
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** The file a path under /dashboard/ names inside `folder`, or null for one outside it. */
function fileFor(folder: string, pathname: string): string | null {
  const relative = decodeURIComponent(pathname.slice(PREFIX.length)) || 'index.html';
  const file = normalize(join(folder, relative));
  return file.startsWith(folder) ? file : null;
}

/** What /dashboard/ answers before its first build: `npm start` builds it once the hub answers, `npm run build` builds it too. */
function notBuiltYet(): Response {
  return new Response(
    'the dashboard is not built yet: npm start builds it just after the hub answers (reload in a few seconds), npm run build builds it too\n',
    {
      status: 503,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '5' },
    },
  );
}

async function serve(folder: string, pathname: string): Promise<Response> {
  const file = fileFor(folder, pathname);
  const type = file ? TYPES[extname(file)] : undefined;
  const body = file && type ? await readFile(file).catch(() => null) : null;
  if (!body && pathname === PREFIX) return notBuiltYet();
  if (!body) return new Response('not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const cache = pathname.startsWith(`${PREFIX}assets/`) ? 'public, max-age=31536000, immutable' : 'no-cache';
  return new Response(body, { headers: { 'content-type': type!, 'cache-control': cache, ...SECURITY_HEADERS } });
}

/** The member dashboard (built by Vite into DASHBOARD_DIR) at /dashboard/, with its assets; /dashboard redirects there. */
export function dashboardFiles(dashboardDir: string): GatewayPlugin {
  const folder = resolve(dashboardDir);
  return {
    onRequest({ url, request, endResponse }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (url.pathname === '/dashboard') endResponse(new Response(null, { status: 308, headers: { location: PREFIX + url.search } }));
      else if (url.pathname.startsWith(PREFIX)) return serve(folder, url.pathname).then(endResponse);
    },
  };
}
