import { createServer, type Server } from 'node:http';
import { parse } from 'graphql';
import { overrideConfig } from '../../subgraphs/shared/platform/config';
import { ADMIN, ANALYST, type Caller, type Hub, startHub } from '../hub';
import { CLOSED_URL } from '../ports';

/**
 * A subgraph's own calls to its peers (subgraphs/shared/peers.ts) against a real frozen peer (an
 * HTTP server that accepts and never answers) and a closed port: each answers SUBGRAPH_UNAVAILABLE
 * naming the peer, within PEER_TIMEOUT_MS, instead of hanging or INTERNAL_SERVER_ERROR.
 */
overrideConfig({ PEER_TIMEOUT_MS: '300' });

let hub: Hub;
let frozen: Server;
beforeAll(async () => {
  frozen = createServer(() => undefined);
  await new Promise<void>((done) => frozen.listen(0, '127.0.0.1', done));
  const frozenUrl = `http://127.0.0.1:${(frozen.address() as { port: number }).port}/graphql`;
  hub = await startHub(['services', 'finance'], { peers: { membership: frozenUrl, projects: CLOSED_URL } });
});
afterAll(async () => {
  await hub?.stop();
  frozen.closeAllConnections();
  await new Promise((done) => frozen.close(done));
});

interface Response {
  data?: unknown;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: { code?: string; subgraph?: string } }>;
}

const send = (url: string, query: string, as: Caller) => hub.request(parse(query), undefined, { url, as }) as Promise<Response>;

describe.each(['gateway', 'subgraph'])('through the %s', (route) => {
  const url = () => (route === 'gateway' ? hub.gateway.url : hub.subgraphs.finance.url);

  test('a peer that accepts the connection and never answers: SUBGRAPH_UNAVAILABLE naming it, the rest answers', async () => {
    const response = await send(url(), '{ costReport(year: 2023, groupBy: COUNTY) { total { amount } } budget(year: 2023) { year } }', ANALYST);
    expect(response.data).toEqual({ costReport: null, budget: { year: 2023 } });
    expect(response.errors).toEqual([
      expect.objectContaining({
        path: ['costReport'],
        message: expect.stringMatching(/^the membership subgraph is unavailable: it did not answer within 300 ms/),
        extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'membership' }),
      }),
    ]);
  });

  test('a peer on a closed port: SUBGRAPH_UNAVAILABLE naming it, and nothing is written', async () => {
    const input = '{ projectId: "00000000-0000-4000-8000-000000000000", year: 2023, kind: GRANT, grantor: "VINNOVA", amount: "100.00" }';
    const response = await send(url(), `mutation { recordProjectFunding(input: ${input}) { id } }`, ADMIN);
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^the projects subgraph is unavailable: it cannot be reached \(ECONNREFUSED\)/),
        extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'projects' }),
      }),
    ]);
    const audit = await send(url(), '{ financeAuditTrail(first: 1) { totalCount } }', ADMIN);
    expect(audit.data).toEqual({ financeAuditTrail: { totalCount: 0 } });
  });
});
