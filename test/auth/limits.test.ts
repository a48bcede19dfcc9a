import { type DocumentNode, parse } from 'graphql';
import { config } from '../../subgraphs/shared/platform/config';
import { type Hub, startHub } from '../hub';

let hub: Hub;
beforeAll(async () => {
  hub = await startHub(['membership']);
});
afterAll(() => hub?.stop());

const raw = (query: string) => parse(query) as DocumentNode;

/** Fields from a member's board assignments to their member and on, `levels` deep, the innermost a leaf. */
const chain = (levels: number, on: 'member' | 'assignment'): string => {
  if (levels === 1) return on === 'member' ? 'name' : 'person';
  return on === 'member' ? `boardAssignments { ${chain(levels - 1, 'assignment')} }` : `member { ${chain(levels - 1, 'member')} }`;
};

/** A members query exactly `levels` deep, as graphql-armor counts (members, nodes, then the chain). */
const ofDepth = (levels: number) => `{ members(first: 2) { nodes { ${chain(levels - 2, 'member')} } } }`;

/** Sends an operation and reports the errors and how many SQL statements the subgraph ran for it. */
async function attempt(query: string) {
  let response: Awaited<ReturnType<Hub['request']>> = {};
  const statements = await hub.countStatements(async () => {
    response = await hub.request(raw(query));
  });
  return { response, statements: statements.membership };
}

/** The single error of a refused operation: its code and message. */
const refusal = (response: Awaited<ReturnType<Hub['request']>>) => ({ code: response.errors?.[0].extensions?.code, message: response.errors?.[0].message });

test('an operation one level deeper than MAX_DEPTH is refused with QUERY_TOO_DEEP before any subgraph is called; one at MAX_DEPTH is answered', async () => {
  const limit = config().MAX_DEPTH;
  const { response, statements } = await attempt(ofDepth(limit + 1));
  expect(response.data ?? null).toBeNull();
  expect(refusal(response)).toEqual({ code: 'QUERY_TOO_DEEP', message: `the operation is ${limit + 1} levels deep; the limit is ${limit} (MAX_DEPTH)` });
  expect(statements).toBe(0);
  const deepest = await attempt(ofDepth(limit));
  expect(deepest.response.errors).toBeUndefined();
  expect((deepest.response.data as { members: { nodes: unknown[] } }).members.nodes).toHaveLength(2);
  expect(deepest.statements).toBeGreaterThan(0);
});

test('more aliases than MAX_ALIASES are refused with TOO_MANY_ALIASES before any subgraph is called', async () => {
  const aliases = Array.from({ length: config().MAX_ALIASES + 1 }, (_, index) => `m${index}: members(first: 1) { totalCount }`).join(' ');
  const { response, statements } = await attempt(`{ ${aliases} }`);
  expect(refusal(response)).toEqual({
    code: 'TOO_MANY_ALIASES',
    message: `the operation has ${config().MAX_ALIASES + 1} aliases; the limit is ${config().MAX_ALIASES} (MAX_ALIASES)`,
  });
  expect(statements).toBe(0);
});

test('more tokens than MAX_TOKENS are refused with TOO_MANY_TOKENS before any subgraph is called', async () => {
  const fields = Array.from({ length: config().MAX_TOKENS }, () => 'totalCount').join(' ');
  const { response, statements } = await attempt(`{ members(first: 1) { ${fields} } }`);
  expect(refusal(response)).toEqual({
    code: 'TOO_MANY_TOKENS',
    message: `the operation has more than ${config().MAX_TOKENS} tokens; the limit is ${config().MAX_TOKENS} (MAX_TOKENS)`,
  });
  expect(statements).toBe(0);
});

test('an operation costlier than MAX_COST is refused with QUERY_TOO_COMPLEX before any subgraph is called', async () => {
  const fields = 'id name kind organisationNumber county population joinedOn leftOn status source';
  const heavy =
    `members(first: 1000) { totalCount nodes { ${fields} boardAssignments { id person role from to source member { ${fields} ` +
    `boardAssignments { id person role from to member { ${fields} } } } } } }`;
  const aliases = Array.from({ length: config().MAX_ALIASES }, (_, index) => `m${index}: ${heavy}`).join(' ');
  const { response, statements } = await attempt(`{ ${aliases} }`);
  const { code, message } = refusal(response);
  expect(code).toBe('QUERY_TOO_COMPLEX');
  const cost = Number(/estimated cost of ([\d.]+); the limit is (\d+) \(MAX_COST\)$/.exec(message ?? '')?.[1]);
  expect(cost).toBeGreaterThan(config().MAX_COST);
  expect(message).toContain(`the limit is ${config().MAX_COST} (MAX_COST)`);
  expect(statements).toBe(0);
});

test('a request body over MAX_BODY_BYTES is refused with 413', async () => {
  const response = await fetch(hub.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ members(first: 1) { totalCount } } # ${'x'.repeat(config().MAX_BODY_BYTES)}` }),
  });
  expect(response.status).toBe(413);
});

test('a request body without Content-Length (chunked) is refused with 411', async () => {
  const body = new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(JSON.stringify({ query: '{ members(first: 1) { totalCount } }' })));
      controller.close();
    },
  });
  const response = await fetch(hub.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
  expect(response.status).toBe(411);
});
