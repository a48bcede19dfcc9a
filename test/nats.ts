import { execFileSync } from 'node:child_process';

/** The NATS the tests use: the machine's, on its usual port. */
export const TEST_NATS_URL = 'nats://127.0.0.1:4222';

/**
 * Why tests that need NATS cannot run here, or null when a server greets with INFO — decided
 * synchronously, before any test is declared, so that such tests are reported skipped rather than passed.
 */
export function natsAbsence(url = TEST_NATS_URL): string | null {
  const { hostname, port } = new URL(url);
  const probe = `const s = require('node:net').connect(${Number(port)}, '${hostname}');
s.setTimeout(1000, () => process.exit(2)); s.on('error', () => process.exit(1));
s.on('data', (d) => process.exit(String(d).startsWith('INFO ') ? 0 : 3));`;
  try {
    execFileSync(process.execPath, ['-e', probe], { stdio: 'ignore', timeout: 3000 });
    return null;
  } catch {
    return `no NATS server greets at ${url}`;
  }
}
