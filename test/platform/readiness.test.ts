import { randomBytes } from 'node:crypto';
import { subgraphs } from '../../subgraphs';
import { type RunningSubgraph, startSubgraph } from '../../subgraphs/shared/graphql/server';
import { databaseUrl, dropDatabase, ensureDatabase } from '../../subgraphs/shared/platform/postgres';
import { startTcpProxy, type TcpProxy } from '../tcp-proxy';

/**
 * Every subgraph on a database reached through a TCP proxy that is then closed: `/health` (liveness)
 * stays 200, `/ready` (readiness) answers 503 naming the database while it is gone and 200 again
 * once it is back.
 */
let proxy: TcpProxy;
let direct: string;
const running: RunningSubgraph[] = [];

beforeAll(async () => {
  const server = new URL(process.env.TEST_DATABASE_SERVER_URL!);
  direct = databaseUrl(server.toString(), `sambruk_test_${randomBytes(6).toString('hex')}`);
  await ensureDatabase(direct);
  proxy = await startTcpProxy(server.hostname, Number(server.port || 5432));
  const throughProxy = new URL(direct);
  throughProxy.hostname = '127.0.0.1';
  throughProxy.port = String(proxy.port);
  for (const definition of subgraphs) {
    running.push(await startSubgraph(definition, { databaseUrl: throughProxy.toString(), port: 0, host: '127.0.0.1', seed: false, peers: {} }));
  }
});
afterAll(async () => {
  for (const subgraph of running) await subgraph.stop();
  await proxy?.close();
  if (direct) await dropDatabase(direct);
});

async function probe(subgraph: RunningSubgraph, path: '/health' | '/ready') {
  const response = await fetch(new URL(path, subgraph.url));
  return { service: subgraph.name, status: response.status, type: response.headers.get('content-type'), body: await response.json() };
}

test('readiness follows the database; liveness does not', async () => {
  for (const subgraph of running) {
    expect(await probe(subgraph, '/ready')).toEqual({
      service: subgraph.name,
      status: 200,
      type: 'application/json',
      body: { status: 'ok', service: subgraph.name },
    });
  }

  await proxy.close();
  for (const subgraph of running) {
    expect(await probe(subgraph, '/ready')).toEqual({
      service: subgraph.name,
      status: 503,
      type: 'application/json',
      body: { status: 'unavailable', service: subgraph.name, problem: expect.stringMatching(/^database unreachable: .*ECONNREFUSED/) },
    });
    expect(await probe(subgraph, '/health')).toMatchObject({ status: 200, body: { status: 'ok' } });
  }

  await proxy.open();
  for (const subgraph of running) expect(await probe(subgraph, '/ready')).toMatchObject({ status: 200, body: { status: 'ok' } });
});
