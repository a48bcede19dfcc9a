import { parse } from 'graphql';
import { MemberContactsDocument, SearchMembersDocument } from '../generated/graphql';
import { ADMIN, dataOf, type Hub, startHub } from '../hub';

let hub: Hub;
let gatewayMetrics: string;
let membershipMetrics: string;
let statementsSent: number;
let nacka: string;
beforeAll(async () => {
  hub = await startHub(['membership']);
  const counted = await hub.countStatements(async () => {
    nacka = dataOf(await hub.request(SearchMembersDocument, { search: 'Nacka', first: 1 })).members.nodes[0].id;
    for (let round = 0; round < 3; round += 1) await hub.request(MemberContactsDocument, { id: nacka });
  });
  statementsSent = counted.membership;
  gatewayMetrics = await scrape(hub.gateway.url);
  membershipMetrics = await scrape(hub.subgraphs.membership.url);
});
afterAll(() => hub?.stop());

async function scrape(graphqlUrl: string): Promise<string> {
  const response = await fetch(new URL('/metrics', graphqlUrl));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return response.text();
}

/** The sum of a series' samples whose labels include `labels`, from Prometheus' text format; undefined when there is none. */
function sample(metrics: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([label, value]) => `${label}="${value}"`);
  const values = metrics
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .filter((line) => wanted.every((pair) => line.includes(pair)))
    .map((line) => Number(line.slice(line.lastIndexOf(' ') + 1)));
  return values.length ? values.reduce((sum, value) => sum + value, 0) : undefined;
}

test('the gateway counts operations and their latency per operation name, and errors by code', () => {
  expect(sample(gatewayMetrics, 'graphql_envelop_request', { operationName: 'MemberContacts', service: 'gateway' })).toBe(3);
  expect(sample(gatewayMetrics, 'graphql_envelop_request_duration_count', { operationName: 'MemberContacts' })).toBe(3);
  expect(sample(gatewayMetrics, 'graphql_envelop_request_duration_bucket', { operationName: 'SearchMembers', le: '+Inf' })).toBe(1);
  expect(sample(gatewayMetrics, 'graphql_errors_total', { code: 'FORBIDDEN' })).toBe(3);
});

test('the gateway times each subgraph call', () => {
  expect(sample(gatewayMetrics, 'graphql_gateway_subgraph_execute_duration_count', { subgraphName: 'membership' })).toBe(4);
  expect(sample(gatewayMetrics, 'graphql_gateway_fetch_duration_count', { statusCode: '200' })).toBe(4);
  expect(gatewayMetrics).not.toMatch(/url="/);
});

test('a subgraph counts its operations, errors by code, SQL statements per operation and its connection pool', () => {
  expect(sample(membershipMetrics, 'graphql_operation_duration_seconds_count', { service: 'membership' })).toBe(4);
  expect(sample(membershipMetrics, 'graphql_operation_duration_seconds_count', { operationName: 'query members' })).toBe(1);
  expect(sample(membershipMetrics, 'graphql_operation_duration_seconds_count', { operationName: 'query member' })).toBe(3);
  expect(sample(membershipMetrics, 'graphql_errors_total', { code: 'FORBIDDEN' })).toBe(3);
  expect(sample(membershipMetrics, 'graphql_operation_sql_statements_count')).toBe(4);
  expect(sample(membershipMetrics, 'graphql_operation_sql_statements_sum')).toBe(statementsSent);
  expect(statementsSent).toBeGreaterThanOrEqual(4);
  expect(sample(membershipMetrics, 'db_pool_connections', { state: 'used' })).toBe(0);
  expect(sample(membershipMetrics, 'db_pool_connections', { state: 'free' })).toBeGreaterThan(0);
  expect(sample(membershipMetrics, 'db_pool_connections', { state: 'waiting' })).toBe(0);
});

test.each([
  ['gateway', () => gatewayMetrics],
  ['membership', () => membershipMetrics],
])('%s reports its event-loop lag and memory', (service, metrics) => {
  expect(sample(metrics(), 'nodejs_eventloop_lag_seconds', { service })).toBeGreaterThanOrEqual(0);
  expect(sample(metrics(), 'process_resident_memory_bytes', { service })).toBeGreaterThan(10_000_000);
  expect(sample(metrics(), 'nodejs_heap_size_used_bytes', { service })).toBeGreaterThan(1_000_000);
});

test("a subgraph names the gateway's unnamed calls by what they ask: an entity lookup by its types", async () => {
  const lookup = parse('query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Member { name } } }');
  const representations = [{ __typename: 'Member', id: nacka }];
  const answer = await hub.request(lookup, { representations }, { url: hub.subgraphs.membership.url, as: ADMIN });
  expect(dataOf(answer)).toEqual({ _entities: [{ name: 'Nacka kommun' }] });
  const metrics = await scrape(hub.subgraphs.membership.url);
  expect(sample(metrics, 'graphql_operation_duration_seconds_count', { operationName: 'query _entities(Member)' })).toBe(1);
  expect(metrics).not.toContain('operationName="Anonymous"');
});
