import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'graphql';
import { type Recorder, startRecorder } from '../../bench/recorder';
import type { RunningGateway } from '../../gateway/server';
import { ANALYST, type Hub, startHub } from '../hub';
import { CLOSED_URL } from '../ports';
import { captureOutput } from './capture';

const TIMEOUT_MS = 500;
const COST_VIEW = parse('{ members(first: 2) { nodes { name costStatement(year: 2023) { total { amount } } } } }');

let hub: Hub;
let finance: Recorder;
let gateway: RunningGateway;
beforeAll(async () => {
  hub = await startHub(['membership', 'services', 'finance']);
  finance = await startRecorder(hub.subgraphs.finance.url);
  gateway = await hub.startGateway({ subgraphUrls: { finance: finance.url }, settings: { SUBGRAPH_TIMEOUT_MS: TIMEOUT_MS, LOG_LEVEL: 'silent' } });
  // A gateway's first operation also loads its plan and opens its connections: on a busy machine that outlasts 500 ms.
  await costView(gateway.url);
});
afterEach(() => finance.fault());
afterAll(async () => {
  await hub?.stop();
  await finance?.stop();
});

type CostView = { members: { nodes: Array<{ name: string; costStatement: unknown }> } };
const costView = (url: string) => hub.request<CostView, object>(COST_VIEW, {}, { url, as: ANALYST });

test('a frozen subgraph is given up after SUBGRAPH_TIMEOUT_MS: the rest answers, its fields get SUBGRAPH_TIMEOUT naming it', async () => {
  finance.fault('freeze');
  const { data, errors } = await costView(gateway.url);
  expect(data?.members.nodes.map((node) => node.name)).toHaveLength(2);
  expect(data?.members.nodes.every((node) => node.costStatement === null)).toBe(true);
  expect(errors).toEqual([
    expect.objectContaining({
      message: `the finance subgraph did not answer within ${TIMEOUT_MS} ms: try again later`,
      path: ['members', 'nodes'],
      extensions: expect.objectContaining({ code: 'SUBGRAPH_TIMEOUT' }),
    }),
  ]);
});

test('a dead subgraph gives SUBGRAPH_UNAVAILABLE naming it, and the rest answers', async () => {
  const dead = await hub.startGateway({ subgraphUrls: { finance: CLOSED_URL }, settings: { LOG_LEVEL: 'silent' } });
  const { data, errors } = await costView(dead.url);
  expect(data?.members.nodes).toHaveLength(2);
  expect(errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
    ['SUBGRAPH_UNAVAILABLE', 'the finance subgraph is unavailable: try again later'],
  ]);
});

test('an outage is logged once when it begins and once when it ends, with the count of failed requests', async () => {
  const logging = await hub.startGateway({ subgraphUrls: { finance: finance.url }, settings: { LOG_LEVEL: 'info' } });
  const output = captureOutput();
  try {
    finance.fault('reset');
    for (let attempt = 0; attempt < 5; attempt += 1) expect((await costView(logging.url)).errors?.[0].extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
    finance.fault();
    expect((await costView(logging.url)).errors).toBeUndefined();
  } finally {
    output.restore();
  }
  const lines = output.lines().filter((line) => JSON.parse(line).msg !== 'request');
  expect(lines.filter((line) => line.includes('finance'))).toEqual([
    expect.stringContaining('finance unreachable'),
    expect.stringContaining('finance reachable again after 5 failed requests'),
  ]);
  expect(lines).toHaveLength(2);
});

async function readiness(url: string) {
  const response = await fetch(new URL('/ready', url));
  return { status: response.status, body: await response.json() };
}

test('/ready is 200 while every subgraph answers, 503 naming a frozen or dead one; /health stays 200', async () => {
  expect(await readiness(gateway.url)).toEqual({ status: 200, body: expect.objectContaining({ status: 'ready', notReady: [] }) });
  finance.fault('freeze');
  const frozen = await readiness(gateway.url);
  expect(frozen).toEqual({ status: 503, body: expect.objectContaining({ status: 'not ready', notReady: ['finance'] }) });
  expect(frozen.body.subgraphs).toEqual({ finance: `no answer within ${TIMEOUT_MS} ms`, membership: 'ready', services: 'ready' });
  expect((await fetch(new URL('/health', gateway.url))).status).toBe(200);
  const dead = await hub.startGateway({ subgraphUrls: { finance: CLOSED_URL }, settings: { LOG_LEVEL: 'silent' } });
  expect(await readiness(dead.url)).toEqual({
    status: 503,
    body: expect.objectContaining({ notReady: ['finance'], subgraphs: expect.objectContaining({ finance: 'unreachable' }) }),
  });
});

test('with GATEWAY_AWAIT_SUBGRAPHS on (as npm start runs it), the gateway listens only once every subgraph is ready', async () => {
  let financeReady = false;
  const slowFinance = createServer((request, response) => response.writeHead(request.url === '/ready' && financeReady ? 200 : 503).end());
  await new Promise<void>((listening) => slowFinance.listen(0, '127.0.0.1', listening));
  const financeUrl = `http://127.0.0.1:${(slowFinance.address() as AddressInfo).port}/graphql`;
  let listened = false;
  const starting = hub.startGateway({ subgraphUrls: { finance: financeUrl }, settings: { GATEWAY_AWAIT_SUBGRAPHS: 'on', LOG_LEVEL: 'silent' } });
  void starting.then(() => {
    listened = true;
  });
  await new Promise((wait) => setTimeout(wait, 1000));
  expect(listened).toBe(false);
  financeReady = true;
  expect(await readiness((await starting).url)).toEqual({ status: 200, body: expect.objectContaining({ status: 'ready', notReady: [] }) });
  slowFinance.closeAllConnections();
  slowFinance.close();
});
