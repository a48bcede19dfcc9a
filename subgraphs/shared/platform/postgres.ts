import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { Client } from 'pg';
import { type Config, config } from './config';
import { createLogger } from './logger';
import { createPassable, loadEmbeddedPostgres, projectDataDir } from './postgres-user';

const log = createLogger('database');

export interface DatabaseHandle {
  url: string;
  /** Where the data is, for a person: the embedded server's folder, or the server DATABASE_URL names. */
  location: string;
  stop(): Promise<void>;
}

/** A free TCP port on loopback, chosen by the kernel. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

function removeStalePidFile(dir: string) {
  const pidFile = resolve(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
  } catch {
    rmSync(pidFile);
  }
}

/** The embedded server's data folder: EMBEDDED_POSTGRES_DIR when set, otherwise the project's (see `projectDataDir`). */
export function embeddedDataDir(cfg: Config = config(), projectDir = process.cwd()): string {
  return cfg.EMBEDDED_POSTGRES_DIR ? resolve(projectDir, cfg.EMBEDDED_POSTGRES_DIR) : projectDataDir('postgres', projectDir);
}

/** One line saying why the embedded server did not start and what to set instead. */
function startFailure(databaseDir: string, error: unknown, lastProblem: string): Error {
  const message = error instanceof Error ? error.message.replace(/^.*ERROR OUTPUT:/s, '') : '';
  const reason = (message || lastProblem || 'it stopped while starting').replace(/\s+/g, ' ').trim();
  return new Error(
    `embedded PostgreSQL could not start with its data in ${databaseDir}: ${reason}. ` +
      'Set EMBEDDED_POSTGRES_DIR to a folder it can use (as root: one the "postgres" user can reach), or DATABASE_URL to use your own PostgreSQL server.',
  );
}

/** Initialises the data folder when it is new, then starts the server in it. */
async function bootEmbeddedPostgres(
  databaseDir: string,
  port: number,
  from: string | undefined,
  onLog: (message: string) => void,
): Promise<{ stop(): Promise<void> }> {
  const { default: EmbeddedPostgres } = await loadEmbeddedPostgres(from);
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: true,
    // A new data folder is not flushed to disk (a third of initdb's time); one a crash of the machine leaves half-made is to be deleted.
    initdbFlags: ['--no-sync'],
    onLog,
    onError: (error) => log.debug('embedded PostgreSQL', { error: String(error) }),
  });
  if (!existsSync(resolve(databaseDir, 'PG_VERSION'))) {
    createPassable(dirname(databaseDir));
    await server.initialise();
  }
  removeStalePidFile(databaseDir);
  await server.start();
  return server;
}

/**
 * Starts PostgreSQL from the `embedded-postgres` binaries (those installed with the code at `from`),
 * keeping its data in `dir`; a failure is one line saying what to set.
 */
export async function startEmbeddedPostgres(dir = embeddedDataDir(), from?: string): Promise<DatabaseHandle> {
  const databaseDir = resolve(dir);
  const port = await freePort();
  let lastProblem = '';
  const keepProblem = (message: string) => {
    if (/FATAL|ERROR|error:/.test(message)) lastProblem = message;
  };
  const server = await bootEmbeddedPostgres(databaseDir, port, from, keepProblem).catch((error: unknown) => {
    throw startFailure(databaseDir, error, lastProblem);
  });
  log.info(`embedded PostgreSQL listening on 127.0.0.1:${port}`, { dataDir: databaseDir });
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`, location: `embedded PostgreSQL, data in ${databaseDir}`, stop: () => server.stop() };
}

/** A server URL without its password, to show. */
function withoutPassword(url: string): string {
  const shown = new URL(url);
  if (shown.password) shown.password = '***';
  return shown.toString();
}

/** `DATABASE_URL` when set, otherwise a freshly started embedded server. */
export async function provideDatabase(): Promise<DatabaseHandle> {
  const url = config().DATABASE_URL;
  if (url) return { url, location: `PostgreSQL at ${withoutPassword(url)} (DATABASE_URL)`, stop: async () => undefined };
  const server = await startEmbeddedPostgres();
  return { ...server, url: databaseUrl(server.url, config().DATABASE_NAME) };
}

/** The same server URL pointing at another database. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** What PostgreSQL answers a `create database` that lost a race with another: the name is taken (two codes, by the moment it lost). */
const CREATED_MEANWHILE = new Set(['42P04', '23505']);

/** Creates the URL's database when it does not exist yet; replicas starting together may all ask. */
export async function ensureDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new Client({ connectionString: databaseUrl(url, 'postgres') });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await admin.query(`create database "${name.replace(/"/g, '""')}"`);
  } catch (error) {
    if (!CREATED_MEANWHILE.has((error as { code?: string }).code ?? '')) throw error;
  } finally {
    await admin.end();
  }
}

/**
 * Runs `work` holding the advisory lock `name` in the URL's database, so that replicas starting
 * together take turns (migrations and seeding run once; the later ones find them done). The lock is
 * a transaction's, on a connection of its own, so it holds behind PgBouncer's transaction pooling.
 */
export async function whileLocked<T>(url: string, name: string, work: () => Promise<T>): Promise<T> {
  const lock = new Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('begin');
    await lock.query('select pg_advisory_xact_lock(hashtext($1))', [name]);
    return await work();
  } finally {
    await lock.query('rollback').finally(() => lock.end());
  }
}

export async function dropDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new Client({ connectionString: databaseUrl(url, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${name.replace(/"/g, '""')}" with (force)`);
  } finally {
    await admin.end();
  }
}

/** Why the database at `url` cannot answer `select 1` within `timeoutMs` on a connection of its own, or null when it can. */
export async function databaseProblem(url: string, timeoutMs: number): Promise<string | null> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    const { message, code } = error as { message?: string; code?: string };
    return message || code || String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}
