import { rmSync } from 'node:fs';
import type { EmbeddedTestServer } from './global-setup';

/** Stops the run's embedded server, if it started one, and removes its temporary data folder. */
export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { embeddedPostgres?: EmbeddedTestServer }).embeddedPostgres;
  if (!server) return;
  await server.stop();
  rmSync(server.dataDir, { recursive: true, force: true });
}
