import { execFileSync } from 'node:child_process';

/** The Redis the tests use: the machine's, on its usual port. */
export const TEST_REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * Why tests that need Redis cannot run here, or null when it answers PING — decided synchronously,
 * before any test is declared, so that such tests are reported skipped rather than passed.
 */
export function redisAbsence(url = TEST_REDIS_URL): string | null {
  const { hostname, port } = new URL(url);
  const probe = `const s = require('node:net').connect(${Number(port)}, '${hostname}', () => s.write('PING\\r\\n'));
s.setTimeout(1000, () => process.exit(2)); s.on('error', () => process.exit(1));
s.on('data', (d) => process.exit(String(d).startsWith('+PONG') ? 0 : 3));`;
  try {
    execFileSync(process.execPath, ['-e', probe], { stdio: 'ignore', timeout: 3000 });
    return null;
  } catch {
    return `no Redis answers PING at ${url}`;
  }
}
