import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../subgraphs/shared/platform/postgres';

/** The embedded server of a run and its temporary data folder, which test/global-teardown.ts removes. */
export interface EmbeddedTestServer {
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * One PostgreSQL server for the whole run: DATABASE_URL when set, otherwise an embedded server in
 * a temporary folder. Each test file then makes its own database on it (see test/hub.ts).
 */
export default async function globalSetup(): Promise<void> {
  process.env.LOG_LEVEL ??= 'warn';
  if (process.env.DATABASE_URL) {
    process.env.TEST_DATABASE_SERVER_URL = process.env.DATABASE_URL;
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'sambruk-test-pg-'));
  const server = await startEmbeddedPostgres(dataDir);
  process.env.TEST_DATABASE_SERVER_URL = server.url;
  (globalThis as { embeddedPostgres?: EmbeddedTestServer }).embeddedPostgres = { ...server, dataDir };
}
