import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { RunningSubgraph } from '../subgraphs/shared/graphql/server';
import { config } from '../subgraphs/shared/platform/config';
import { createLogger } from '../subgraphs/shared/platform/logger';
import { type DatabaseHandle, ensureDatabase, provideDatabase } from '../subgraphs/shared/platform/postgres';
import { GATEWAY_NODE_FLAGS } from '../subgraphs/shared/platform/process';
import { startSubgraphs, subgraphUrls } from './subgraphs';

const log = createLogger('start');

async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} exited with code ${child.exitCode}`);
    const healthy = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`${url} did not become healthy within ${timeoutMs / 1000} s`);
}

/** The database, or one line saying why there is none and what to set (then exits). */
async function openDatabase(): Promise<DatabaseHandle> {
  try {
    const database = await provideDatabase();
    await ensureDatabase(database.url);
    return database;
  } catch (error) {
    const message = (error as Error).message || String(error);
    log.error(
      config().DATABASE_URL
        ? `the database at DATABASE_URL cannot be used: ${message}. Set DATABASE_URL to a PostgreSQL server this machine reaches, or leave it unset ` +
            `for the embedded one.`
        : message,
    );
    process.exit(1);
  }
}

/** The dashboard's vite build when its inputs changed (gateway/dashboard/build.mjs), started once the hub answers so that it does not delay it. */
function buildDashboard(): ChildProcess {
  return spawn(process.execPath, [resolve(__dirname, '../../gateway/dashboard/build.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] }).once('exit', (code) => {
    if (code) log.error(`the dashboard's build failed (exit code ${code}): npm run build shows why`);
  });
}

/**
 * `npm start`: the database (embedded unless DATABASE_URL is set), every subgraph (migrated, seeded
 * when empty) in this process, each on its own port with its own schema, and the gateway as a
 * process of its own, then the dashboard's build if needed; Ctrl-C stops them all. (docker-compose
 * runs each subgraph as its own process.)
 */
async function main() {
  const database = await openDatabase();
  const peers = subgraphUrls();
  const urls = Object.fromEntries(Object.entries(peers).map(([name, url]) => [`${name.toUpperCase()}_URL`, url]));
  let running: RunningSubgraph[] = [];
  let gateway: ChildProcess | undefined;
  let dashboard: ChildProcess | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log.info('stopping');
    dashboard?.kill('SIGTERM');
    if (gateway?.exitCode === null) await new Promise((done) => gateway?.once('exit', done).kill('SIGTERM'));
    await Promise.all(running.map((subgraph) => subgraph.stop()));
    await database.stop();
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));

  try {
    const host = config().HOST;
    running = await startSubgraphs(database.url, peers);
    const gatewayPort = config().GATEWAY_PORT;
    gateway = spawn(process.execPath, [...GATEWAY_NODE_FLAGS, resolve(__dirname, '../gateway/index.js')], {
      env: { ...process.env, DATABASE_URL: database.url, ...urls },
      stdio: 'inherit',
    });
    await waitForHealth(`http://${host}:${gatewayPort}/health`, gateway);
    console.log(
      [
        '',
        'Sambruk Graph is running:',
        `  ${'gateway'.padEnd(12)} http://${host}:${gatewayPort}/graphql`,
        ...(config().INTROSPECTION === 'off' ? [] : [`  ${'GraphiQL'.padEnd(12)} http://${host}:${gatewayPort}/graphql (open it in a browser; works offline)`]),
        ...running.map((subgraph) => `  ${subgraph.name.padEnd(12)} ${subgraph.url}`).sort(),
        `  ${'database'.padEnd(12)} ${database.location}`,
        '',
        'Press Ctrl-C to stop.',
        '',
      ].join('\n'),
    );
    dashboard = buildDashboard();
  } catch (error) {
    log.error(String(error));
    await stop(1);
  }
}

void main();
