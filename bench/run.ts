import 'reflect-metadata';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { startGateway } from '../gateway/server';
import { subgraphs } from '../subgraphs';
import { composeSupergraph, subgraphSdl } from '../subgraphs/shared/composition';
import { config } from '../subgraphs/shared/config';
import { databaseUrl, ensureDatabase, freePort, startEmbeddedPostgres } from '../subgraphs/shared/postgres';
import { headersFor, loadOperations, type BenchOperation } from './operations';
import { peakRssMiB, startService, stopAll, type Service } from './processes';
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

async function database(scale: number): Promise<{ url: string; stop(): Promise<void> }> {
  const name = scale === 1 ? 'sambruk_bench' : `sambruk_bench_x${scale}`;
  const server = config().DATABASE_URL ? { url: config().DATABASE_URL!, stop: async () => undefined } : await startEmbeddedPostgres('.data/bench-postgres');
  const url = databaseUrl(server.url, name);
  await ensureDatabase(url);
  return { url, stop: server.stop };
}

async function startSubgraphs(url: string, scale: number): Promise<Service[]> {
  const ports = await Promise.all(subgraphs.map(() => freePort()));
  const urls = Object.fromEntries(subgraphs.map(({ name }, index) => [`${name.toUpperCase()}_URL`, `http://127.0.0.1:${ports[index]}/graphql`]));
  const env = { ...urls, DATABASE_URL: url, HOST: '127.0.0.1', LOG_LEVEL: 'warn', SEED_SCALE: String(scale) };
  return Promise.all(
    subgraphs.map(({ name }, index) =>
      startService(name, dist('subgraphs', name, 'index.js'), [], { ...env, [`${name.toUpperCase()}_PORT`]: String(ports[index]) }, urls[`${name.toUpperCase()}_URL`]),
    ),
  );
}

async function writeSupergraph(running: Service[]): Promise<string> {
  const sdls = await Promise.all(subgraphs.map(async (definition, index) => ({ name: definition.name, url: running[index].url, sdl: await subgraphSdl(definition) })));
  const path = join(mkdtempSync(join(tmpdir(), 'sambruk-bench-')), 'supergraph.graphql');
  writeFileSync(path, composeSupergraph(sdls).supergraph);
  return path;
}

async function startGateways(supergraph: string): Promise<Service[]> {
  const [ours, apollo, hiveJs] = await Promise.all([freePort(), freePort(), freePort()]);
  const url = (port: number) => `http://127.0.0.1:${port}/graphql`;
  return Promise.all([
    startService('ours: Hive Gateway + Rust planner, auth and limits on', dist('gateway', 'index.js'), [], { SUPERGRAPH_PATH: supergraph, GATEWAY_PORT: String(ours), HOST: '127.0.0.1', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000000' }, url(ours)),
    startService('@apollo/gateway (stock)', dist('bench', 'apollo-gateway.js'), [supergraph, String(apollo)], {}, url(apollo)),
    startService('Hive Gateway, JavaScript planner', dist('bench', 'hive-js-gateway.js'), [supergraph, String(hiveJs)], {}, url(hiveJs)),
  ]);
}

/** What each subgraph is asked when the gateway answers the operation, captured through recording proxies. */
async function subgraphParts(supergraph: string, running: Service[], operations: BenchOperation[]): Promise<Map<string, Target[]>> {
  const recorders = await Promise.all(running.map((service) => startRecorder(service.url)));
  const gateway = await startGateway({ supergraphPath: supergraph, subgraphUrls: Object.fromEntries(running.map((service, index) => [service.name, recorders[index].url])) }, 0, '127.0.0.1');
  const parts = new Map<string, Target[]>();
  for (const operation of operations) {
    const headers = await headersFor(operation);
    await fetch(gateway.url, { method: 'POST', headers, body: JSON.stringify({ query: operation.query, variables: operation.variables }) });
    parts.set(
      operation.name,
      running.flatMap((service, index) => recorders[index].take().map((body, part, all) => ({ label: `subgraph ${service.name}${all.length > 1 ? ` #${part + 1}` : ''}`, url: service.url, body, headers }))),
    );
  }
  await gateway.stop();
  await Promise.all(recorders.map((recorder) => recorder.stop()));
  return parts;
}

async function measure(target: Target, seconds: number, connections: number): Promise<Omit<Measurement, 'operation'>> {
  const result = await autocannon({ url: target.url, method: 'POST', headers: target.headers, body: target.body, duration: seconds, connections });
  return { target: target.label, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failures: result.non2xx + result.errors };
}

/** Sends the operation once to every gateway and reports whether they all answered the same, without errors. */
async function sameAnswers(targets: Target[]): Promise<string> {
  const answers = await Promise.all(targets.map((target) => fetch(target.url, { method: 'POST', headers: target.headers, body: target.body }).then((response) => response.text())));
  if (answers.some((answer) => answer.includes('"errors"'))) return `errors: ${answers.find((answer) => answer.includes('"errors"'))!.slice(0, 300)}`;
  const normalised = answers.map((answer) => JSON.stringify(JSON.parse(answer).data));
  return normalised.every((answer) => answer === normalised[0]) ? 'same answer from every engine' : 'ANSWERS DIFFER between engines';
}

function printTable(measurements: Measurement[]) {
  const oursBy = new Map(measurements.filter((m) => m.target.startsWith('ours')).map((m) => [m.operation, m.rps]));
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

/** `npm run bench [-- --seconds 5 --connections 8 --scale 1]`: the table of engines, subgraphs and the SQL floor. */
async function main() {
  const { values } = parseArgs({ options: { seconds: { type: 'string', default: '5' }, connections: { type: 'string', default: '8' }, scale: { type: 'string', default: '1' }, only: { type: 'string' } } });
  const [seconds, connections, scale] = [Number(values.seconds), Number(values.connections), Number(values.scale)];
  const operations = loadOperations().filter((operation) => !values.only || operation.name.includes(values.only));
  const db = await database(scale);
  const services: Service[] = [];
  try {
    const running = await startSubgraphs(db.url, scale);
    services.push(...running);
    const supergraph = await writeSupergraph(running);
    const gateways = await startGateways(supergraph);
    services.push(gateways[0], gateways[1], gateways[2]);
    const floorPort = await freePort();
    const floor = await startService('SQL floor: one hand-written query', dist('bench', 'sql-floor.js'), [String(floorPort)], { DATABASE_URL: db.url }, `http://127.0.0.1:${floorPort}/graphql`);
    services.push(floor);
    const parts = await subgraphParts(supergraph, running, operations);

    const measurements: Measurement[] = [];
    for (const operation of operations) {
      const headers = await headersFor(operation);
      const body = JSON.stringify({ query: operation.query, variables: operation.variables, operationName: undefined });
      const engines = gateways.map((gateway) => ({ label: gateway.name, url: gateway.url, body, headers }));
      console.log(`${operation.name}: ${await sameAnswers(engines)}`);
      const floorTarget = { label: floor.name, url: floor.url, body: JSON.stringify({ operation: operation.name, variables: operation.variables }), headers };
      for (const target of [...engines, ...(parts.get(operation.name) ?? []), floorTarget]) {
        measurements.push({ operation: operation.name, ...(await measure(target, seconds, connections)) });
      }
    }
    printTable(measurements);
    console.log('\nPeak resident memory (MiB):');
    for (const service of services) console.log(`  ${service.name.padEnd(56)} ${peakRssMiB(service.child.pid) ?? '?'}`);
  } finally {
    await stopAll(services);
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
