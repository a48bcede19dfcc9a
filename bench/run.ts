import 'reflect-metadata';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { startGateway } from '../gateway/server';
import { subgraphs } from '../subgraphs';
import { composeSupergraph, subgraphSdl } from '../subgraphs/shared/graphql/composition';
import { config } from '../subgraphs/shared/platform/config';
import { databaseUrl, ensureDatabase, freePort, startEmbeddedPostgres } from '../subgraphs/shared/platform/postgres';
import { projectDataDir } from '../subgraphs/shared/platform/postgres-user';
import { GATEWAY_NODE_FLAGS } from '../subgraphs/shared/platform/process';
import { exportBench } from './export';
import { type BenchOperation, headersFor, loadOperations } from './operations';
import { answering, peakRssMiB, type Service, started, startService, stopAll } from './processes';
import { startRecorder } from './recorder';

interface Target {
  label: string;
  url: string;
  body: string;
  headers: Record<string, string>;
}

interface Measurement {
  operation: string;
  target: string;
  rps: number;
  p50: number;
  p99: number;
  failures: number;
}

const dist = (...path: string[]) => resolve('dist', ...path);
/** The row the others are compared with: our gateway computing every answer. */
const COLD = 'ours (cold)';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '8' },
    scale: { type: 'string', default: '1' },
    only: { type: 'string' },
    /** Only the targets whose label contains one of these (comma-separated), e.g. `ours,floor`. */
    targets: { type: 'string' },
    /** Services whose name contains this run under `node --cpu-prof`; profiles go to .data/profiles. */
    profile: { type: 'string' },
    /** Only the export benchmark (see bench/export.ts). */
    export: { type: 'boolean', default: false },
  },
});

const nodeFlags = (name: string) => (values.profile && name.includes(values.profile) ? ['--cpu-prof', '--cpu-prof-dir=.data/profiles'] : []);

async function database(scale: number): Promise<{ url: string; stop(): Promise<void> }> {
  const name = scale === 1 ? 'sambruk_bench' : `sambruk_bench_x${scale}`;
  const server = config().DATABASE_URL
    ? { url: config().DATABASE_URL!, stop: async () => undefined }
    : await startEmbeddedPostgres(projectDataDir('bench-postgres'));
  const url = databaseUrl(server.url, name);
  await ensureDatabase(url);
  return { url, stop: server.stop };
}

/** The four subgraphs in one process, as `npm start` runs them (`scripts/subgraphs.ts`), each on its own port. */
async function startSubgraphs(url: string, scale: number): Promise<Service[]> {
  const ports = await Promise.all(subgraphs.map(() => freePort()));
  const urls = subgraphs.map((_, index) => `http://127.0.0.1:${ports[index]}/graphql`);
  const variables = subgraphs.flatMap(({ name }, index) => [
    [`${name.toUpperCase()}_URL`, urls[index]],
    [`${name.toUpperCase()}_PORT`, String(ports[index])],
  ]);
  const env = { ...Object.fromEntries(variables), DATABASE_URL: url, HOST: '127.0.0.1', LOG_LEVEL: 'warn', SEED_SCALE: String(scale) };
  const names = subgraphs.map(({ name }) => name).join(', ');
  const running = await startService(`subgraphs (one process: ${names})`, dist('scripts', 'subgraphs.js'), [], env, urls[0], nodeFlags(names));
  for (const subgraphUrl of urls.slice(1)) await answering(subgraphUrl);
  return subgraphs.map(({ name }, index) => ({ name, url: urls[index], child: running.child }));
}

async function writeSupergraph(running: Service[]): Promise<string> {
  const sdls = await Promise.all(
    subgraphs.map(async (definition, index) => ({ name: definition.name, url: running[index].url, sdl: await subgraphSdl(definition) })),
  );
  const path = join(mkdtempSync(join(tmpdir(), 'sambruk-bench-')), 'supergraph.graphql');
  writeFileSync(path, composeSupergraph(sdls).supergraph);
  return path;
}

async function startGateways(supergraph: string): Promise<Service[]> {
  const [cold, warm, apollo, hiveJs] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  const url = (port: number) => `http://127.0.0.1:${port}/graphql`;
  const engine = (name: string, script: string, args: string[], env: Record<string, string>, port: number, flags: string[] = []) =>
    startService(name, script, args, env, url(port), [...flags, ...nodeFlags(name)]);
  const ours = (port: number, cache: 'on' | 'off') => ({
    SUPERGRAPH_PATH: supergraph,
    GATEWAY_PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '100000000',
    RESPONSE_CACHE: cache,
  });
  return Promise.all([
    engine(
      `${COLD}: Hive Gateway + Rust planner, auth and limits on, response cache off`,
      dist('gateway', 'index.js'),
      [],
      ours(cold, 'off'),
      cold,
      GATEWAY_NODE_FLAGS,
    ),
    engine('ours (warm): the same, response cache on, the same viewer repeating', dist('gateway', 'index.js'), [], ours(warm, 'on'), warm, GATEWAY_NODE_FLAGS),
    engine('@apollo/gateway (stock)', dist('bench', 'apollo-gateway.js'), [supergraph, String(apollo)], {}, apollo),
    engine('Hive Gateway, JavaScript planner', dist('bench', 'hive-js-gateway.js'), [supergraph, String(hiveJs)], {}, hiveJs),
  ]);
}

/** What each subgraph is asked when the gateway answers the operation, captured through recording proxies. */
async function subgraphParts(supergraph: string, running: Service[], operations: BenchOperation[]): Promise<Map<string, Target[]>> {
  const recorders = await Promise.all(running.map((service) => startRecorder(service.url)));
  const gateway = await startGateway(
    { supergraphPath: supergraph, subgraphUrls: Object.fromEntries(running.map((service, index) => [service.name, recorders[index].url])) },
    0,
    '127.0.0.1',
  );
  const parts = new Map<string, Target[]>();
  for (const operation of operations) {
    const headers = await headersFor(operation);
    await fetch(gateway.url, { method: 'POST', headers, body: JSON.stringify({ query: operation.query, variables: operation.variables }) });
    parts.set(
      operation.name,
      running.flatMap((service, index) =>
        recorders[index]
          .take()
          .map((body, part, all) => ({ label: `subgraph ${service.name}${all.length > 1 ? ` #${part + 1}` : ''}`, url: service.url, body, headers })),
      ),
    );
  }
  await gateway.stop();
  await Promise.all(recorders.map((recorder) => recorder.stop()));
  return parts;
}

const chosen = (target: Target) => !values.targets || values.targets.split(',').some((part) => target.label.includes(part));

const send = (target: Target) => fetch(target.url, { method: 'POST', headers: target.headers, body: target.body }).then((response) => response.text());

/**
 * Load on one target after a short warm-up (JIT, pools, caches). Every response must be the body the
 * target gave before the run, without errors; anything else (a non-2xx status, another answer) counts as failed.
 */
async function measure(target: Target, seconds: number, connections: number): Promise<Omit<Measurement, 'operation'>> {
  const options = { url: target.url, method: 'POST' as const, headers: target.headers, body: target.body, connections };
  await autocannon({ ...options, amount: 200 });
  const expected = await send(target);
  const result = await autocannon({ ...options, duration: seconds, expectBody: expected });
  const failures = expected.includes('"errors"') ? result.requests.total : result.non2xx + result.errors + result.mismatches;
  return { target: target.label, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failures };
}

/** Sends the operation once to every engine and the floor and reports whether they all answered the same, without errors. */
async function sameAnswers(targets: Target[]): Promise<string> {
  const answers = await Promise.all(targets.map(send));
  const failed = answers.findIndex((answer) => answer.includes('"errors"'));
  if (failed >= 0) return `ERRORS from ${targets[failed].label}: ${answers[failed].slice(0, 300)}`;
  const normalised = answers.map((answer) => JSON.stringify(JSON.parse(answer).data));
  const differing = targets.filter((_, index) => normalised[index] !== normalised[0]).map((target) => target.label);
  return differing.length ? `ANSWERS DIFFER from ours: ${differing.join('; ')}` : 'same answer from every engine and the floor';
}

function printTable(measurements: Measurement[]) {
  const oursBy = new Map(measurements.filter((m) => m.target.startsWith(COLD)).map((m) => [m.operation, m.rps]));
  const rows = measurements.map((m) => [
    m.operation,
    m.target,
    m.rps.toFixed(0),
    m.p50.toFixed(1),
    m.p99.toFixed(1),
    (m.rps / (oursBy.get(m.operation) ?? m.rps)).toFixed(2),
    String(m.failures),
  ]);
  const head = ['operation', 'target', 'req/s', 'p50 ms', 'p99 ms', '× ours', 'failed'];
  const widths = head.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column >= 2 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ');
  console.log(['', line(head), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n'));
}

/** `npm run bench [-- --seconds 5 --connections 8 --scale 1 --only <operation> --targets ours,floor --profile <service>]`: the table of engines, subgraphs and the SQL floor. */
async function main() {
  const [seconds, connections, scale] = [Number(values.seconds), Number(values.connections), Number(values.scale)];
  const operations = loadOperations().filter((operation) => !values.only || operation.name.includes(values.only));
  const db = await database(scale);
  try {
    const running = await startSubgraphs(db.url, scale);
    const supergraph = await writeSupergraph(running);
    const gateways = await startGateways(supergraph);
    if (values.export) return await exportBench(gateways[0].url, db.url, gateways[0].child.pid);
    const floorPort = await freePort();
    const floor = await startService(
      'SQL floor: one hand-written query',
      dist('bench', 'sql-floor.js'),
      [String(floorPort)],
      { DATABASE_URL: db.url },
      `http://127.0.0.1:${floorPort}/graphql`,
    );
    console.error('recording what each subgraph is asked');
    const parts = await subgraphParts(supergraph, running, operations);

    const measurements: Measurement[] = [];
    for (const operation of operations) {
      const headers = await headersFor(operation);
      const body = JSON.stringify({ query: operation.query, variables: operation.variables, operationName: undefined });
      const engines = gateways.map((gateway) => ({ label: gateway.name, url: gateway.url, body, headers }));
      const floorTarget = { label: floor.name, url: floor.url, body: JSON.stringify({ operation: operation.name, variables: operation.variables }), headers };
      console.log(`${operation.name}: ${await sameAnswers([...engines, floorTarget])}`);
      for (const target of [...engines, ...(parts.get(operation.name) ?? []), floorTarget].filter(chosen)) {
        measurements.push({ operation: operation.name, ...(await measure(target, seconds, connections)) });
      }
    }
    printTable(measurements);
    console.log('\nPeak resident memory (MiB):');
    for (const service of started) console.log(`  ${service.name.padEnd(56)} ${peakRssMiB(service.child.pid) ?? '?'}`);
  } finally {
    await stopAll();
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
