import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { RunningSubgraph } from '../subgraphs/shared/graphql/server';
import { config, subgraphUrls } from '../subgraphs/shared/platform/config';
import { createLogger } from '../subgraphs/shared/platform/logger';
import { GATEWAY_NODE_FLAGS } from '../subgraphs/shared/platform/process';
import type { DatabaseFound } from './database';
import type * as Subgraphs from './subgraphs';

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
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`${url} did not become healthy within ${timeoutMs / 1000} s`);
}

/**
 * The gateway, sending to the subgraphs at `peers`: it loads from the composed supergraph file, so it
 * starts beside the subgraphs, and listens once they are all ready (its first answer is a whole one).
 */
function spawnGateway(peers: Record<string, string>): ChildProcess {
  const urls = Object.fromEntries(Object.entries(peers).map(([name, url]) => [`${name.toUpperCase()}_URL`, url]));
  return spawn(process.execPath, [...GATEWAY_NODE_FLAGS, resolve(__dirname, '../gateway/index.js')], {
    env: { ...process.env, ...urls, GATEWAY_AWAIT_SUBGRAPHS: 'on' },
    stdio: 'inherit',
  });
}

/** What the database process (scripts/database.ts) sends once its database answers; it says itself why when it cannot. */
function databaseFound(database: ChildProcess): Promise<DatabaseFound> {
  return new Promise((found, failed) => {
    database.once('message', (message: DatabaseFound) => found(message));
    database.once('exit', (code) => failed(new Error(`the database process stopped (exit code ${code})`)));
  });
}

/** The dashboard's vite build when its inputs changed (gateway/dashboard/build.mjs), started once the hub answers so that it does not delay it. */
function buildDashboard(): ChildProcess {
  return spawn(process.execPath, [resolve(__dirname, '../../gateway/dashboard/build.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] }).once('exit', (code) => {
    if (code) log.error(`the dashboard's build failed (exit code ${code}): npm run build shows why`);
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) await new Promise((done) => child.once('exit', done).kill('SIGTERM'));
}

function banner(gatewayUrl: string, running: RunningSubgraph[], database: DatabaseFound): string {
  return [
    '',
    'Sambruk Graph is running:',
    `  ${'gateway'.padEnd(12)} ${gatewayUrl}`,
    ...(config().INTROSPECTION === 'off' ? [] : [`  ${'GraphiQL'.padEnd(12)} ${gatewayUrl} (open it in a browser; works offline)`]),
    ...running.map((subgraph) => `  ${subgraph.name.padEnd(12)} ${subgraph.url}`).sort(),
    `  ${'database'.padEnd(12)} ${database.location}`,
    '',
    'Press Ctrl-C to stop.',
    '',
  ].join('\n');
}

/**
 * `npm start`: the gateway and the database (embedded unless DATABASE_URL is set) as processes of
 * their own, started first, and every subgraph (migrated, seeded when empty) in this process, each on
 * its own port with its own schema; it says it is running once all of them answer, then builds the
 * dashboard if needed. Ctrl-C stops them all. (docker-compose runs each subgraph as its own process.)
 */
async function main() {
  const peers = subgraphUrls();
  const gateway = spawnGateway(peers);
  const database = spawn(process.execPath, [resolve(__dirname, 'database.js')], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let running: RunningSubgraph[] = [];
  let dashboard: ChildProcess | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log.info('stopping');
    dashboard?.kill('SIGTERM');
    await stopProcess(gateway);
    await Promise.all(running.map((subgraph) => subgraph.stop()));
    await stopProcess(database);
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));

  try {
    const gatewayUrl = `http://${config().HOST}:${config().GATEWAY_PORT}`;
    const found = databaseFound(database);
    // Loaded while the gateway and the database start (a second's work).
    const { startSubgraphs }: typeof Subgraphs = require('./subgraphs');
    const startOnDatabase = async () => {
      running = await startSubgraphs((await found).url, peers);
    };
    await Promise.all([waitForHealth(`${gatewayUrl}/health`, gateway), startOnDatabase()]);
    console.log(banner(`${gatewayUrl}/graphql`, running, await found));
    dashboard = buildDashboard();
  } catch (error) {
    log.error((error as Error).message || String(error));
    await stop(1);
  }
}

void main();
