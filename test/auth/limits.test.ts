import { parse, type DocumentNode } from 'graphql';
import { signDevelopmentToken } from '../../subgraphs/shared/auth';
import { config } from '../../subgraphs/shared/config';
import { startHub, type Hub } from '../hub';

let hub: Hub;
beforeAll(async () => {
  hub = await startHub(['membership']);
});
afterAll(() => hub?.stop());

const raw = (query: string) => parse(query) as DocumentNode;

const nested = (depth: number): string => (depth === 0 ? 'name' : `name boardAssignments { person member { ${nested(depth - 1)} } }`);

/** Sends an operation and reports the errors and how many SQL statements the subgraph ran for it. */
async function attempt(query: string) {
  let response: Awaited<ReturnType<Hub['request']>> = {};
  const statements = await hub.countStatements(async () => {
    response = await hub.request(raw(query));
  });
  return { response, statements: statements.membership };
}

test('an operation deeper than MAX_DEPTH is refused before any subgraph is called', async () => {
  const depth = Math.ceil(config().MAX_DEPTH / 2);
  const { response, statements } = await attempt(`{ members(first: 2) { nodes { ${nested(depth)} } } }`);
  expect(response.data ?? null).toBeNull();
  expect(response.errors?.[0].message).toMatch(/depth limit of 12/i);
  expect(statements).toBe(0);
  const shallow = await attempt(`{ members(first: 2) { nodes { ${nested(2)} } } }`);
  expect(shallow.response.errors).toBeUndefined();
  expect(shallow.statements).toBeGreaterThan(0);
});

test('more aliases than MAX_ALIASES are refused before any subgraph is called', async () => {
  const aliases = Array.from({ length: config().MAX_ALIASES + 1 }, (_, index) => `m${index}: members(first: 1) { totalCount }`).join(' ');
  const { response, statements } = await attempt(`{ ${aliases} }`);
  expect(response.errors?.[0].message).toMatch(/aliases/i);
  expect(statements).toBe(0);
});

test('an operation costlier than MAX_COST is refused before any subgraph is called', async () => {
  const fields = 'id name kind organisationNumber county population joinedOn leftOn status source';
  const heavy = `members(first: 1000) { totalCount nodes { ${fields} boardAssignments { id person role from to source member { ${fields} boardAssignments { id person role from to member { ${fields} } } } } } }`;
  const aliases = Array.from({ length: config().MAX_ALIASES }, (_, index) => `m${index}: ${heavy}`).join(' ');
  const { response, statements } = await attempt(`{ ${aliases} }`);
  expect(response.errors?.[0].message).toMatch(/cost/i);
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

test('a client over RATE_LIMIT_PER_MINUTE is refused, whatever X-Forwarded-For it makes up; another client is not', async () => {
  const token = async (subject: string) => `Bearer ${await signDevelopmentToken({ role: 'analyst', subject })}`;
  const [first, second] = [await token('client-a@sambruk.example'), await token('client-b@sambruk.example')];
  const send = (authorization: string, forwardedFor: string) =>
    fetch(hub.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization, 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ query: '{ members(first: 1) { totalCount } }' }),
    }).then((response) => response.json() as Promise<{ errors?: Array<{ message: string }> }>);
  const limit = config().RATE_LIMIT_PER_MINUTE;
  const answers = [];
  for (let batch = 0; batch < limit; batch += 50) {
    answers.push(...(await Promise.all(Array.from({ length: Math.min(50, limit - batch) }, (_, index) => send(first, `198.51.100.${index}`)))));
  }
  expect(answers.every((answer) => !answer.errors)).toBe(true);
  expect((await send(first, '203.0.113.99')).errors?.[0].message).toMatch(/rate limit/i);
  expect((await send(second, '198.51.100.1')).errors).toBeUndefined();
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
