import { type GraphQLField, getNamedType, parse } from 'graphql';
import { signDevelopmentToken } from '../../subgraphs/shared/graphql/auth';
import { api, operationWith, subgraphDeclaring, textPaths } from '../api-values';
import { type Caller, type Hub, startHub } from '../hub';

/**
 * Text PostgreSQL cannot store (a NUL, an unpaired surrogate) and cursors no list made are refused
 * with BAD_USER_INPUT naming the argument, in every argument of every root field, inline or as a
 * variable, through the gateway and straight to the subgraph; nothing reaches the database.
 */
let hub: Hub;
beforeAll(async () => {
  hub = await startHub(['membership', 'services', 'projects', 'finance']);
});
afterAll(() => hub?.stop());

type Route = 'gateway' | 'subgraph';
interface Response {
  data?: unknown;
  errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }>;
}

/** An admin with a token of its own per case, so the gateway's rate limit (per client) does not mix cases. */
const adminFor = (label: string): Caller => ({ role: 'admin', subject: `bad-input ${label}` });

async function send(route: Route, owner: string, operation: { query: string; variables?: Record<string, unknown> }, label: string): Promise<Response> {
  const url = route === 'gateway' ? hub.gateway.url : hub.subgraphs[owner].url;
  return hub.request(parse(operation.query), operation.variables, { url, as: adminFor(label) }) as Promise<Response>;
}

const rootFields = (['Query', 'Mutation'] as const).flatMap((rootType) =>
  Object.values((rootType === 'Query' ? api.getQueryType() : api.getMutationType())!.getFields()).map((field) => ({ rootType, field })),
);

const textCases = rootFields.flatMap(({ rootType, field }) =>
  textPaths(field as GraphQLField<unknown, unknown>).map((path) => ({ rootType, field, path, name: `${field.name}(${path.join('.')})` })),
);

const BAD_TEXT = [
  ['a NUL', 'Nacka\u0000kommun', 'variables'],
  ['a NUL', 'Nacka\u0000kommun', 'inline'],
  ['unpaired surrogates', '\udc00Nacka \ud800kommun', 'variables'],
] as const;

test('the cases cover every text argument of the API', () => {
  expect(textCases.length).toBeGreaterThanOrEqual(120);
  for (const name of [
    'members(search)',
    'members(county)',
    'service(slug)',
    'createBudget(input.lines.0.category)',
    'admitMember(input.name)',
    'createEvent(input.organiser.name)',
    'createPartner(input.name)',
  ]) {
    expect(textCases.map((textCase) => textCase.name)).toContain(name);
  }
});

let auditBefore: unknown;
const auditTotals = async () => {
  const query =
    '{ membershipAuditTrail(first: 1) { totalCount } servicesAuditTrail(first: 1) { totalCount } projectsAuditTrail(first: 1) { totalCount } ' +
    'financeAuditTrail(first: 1) { totalCount } }';
  return (await send('gateway', 'membership', { query }, 'audit')).data;
};
beforeAll(async () => {
  auditBefore = await auditTotals();
});

describe.each(['gateway', 'subgraph'] as const)('through the %s', (route) => {
  describe.each(BAD_TEXT)('%s in text (%#)', (_, text, form) => {
    test.each(textCases)(`$name, ${form}`, async ({ rootType, field, path }) => {
      const owner = subgraphDeclaring(rootType, field.name);
      const response = await send(route, owner, operationWith(rootType, field as GraphQLField<unknown, unknown>, form, path, text), `${route} ${form}`);
      expect(response.errors?.map((error) => error.extensions)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: path.join('.') })]);
    });
  });

  const listFields = rootFields.filter(({ field }) => getNamedType(field.type).name.endsWith('Connection')).map(({ field }) => field.name);
  const encode = (text: string) => Buffer.from(text).toString('base64url');

  test('every list field is covered', () => {
    expect(listFields.sort()).toEqual([
      'charges',
      'events',
      'financeAuditTrail',
      'financeChanges',
      'members',
      'membershipAuditTrail',
      'membershipChanges',
      'networks',
      'partners',
      'projects',
      'projectsAuditTrail',
      'projectsChanges',
      'seminars',
      'services',
      'servicesAuditTrail',
      'servicesChanges',
      'subscriptions',
    ]);
  });

  describe.each([
    ['a huge offset', encode('offset:99999999999999999999')],
    ['a 400-digit offset', encode(`offset:${'9'.repeat(400)}`)],
    ['an offset beyond what a list can count', encode(`offset:${2 ** 31}`)],
    ['a negative offset', encode('offset:-1')],
    ['an offset with leading zeros', encode('offset:007')],
    ['no offset at all', 'not-a-cursor'],
  ])('a cursor with %s', (_, cursor) => {
    test.each(listFields)('%s', async (name) => {
      const operation = { query: `query ($after: String) { ${name}(first: 5, after: $after) { pageInfo { hasNextPage } } }`, variables: { after: cursor } };
      const response = await send(route, subgraphDeclaring('Query', name), operation, `${route} cursor`);
      expect(response.errors?.map((error) => error.extensions)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' })]);
    });
  });
});

test("a cursor a list made still pages on, and the last row's cursor answers an empty page", async () => {
  const page = async (after: string | null) =>
    (
      await send(
        'gateway',
        'membership',
        {
          query: 'query ($after: String) { members(first: 100, after: $after) { totalCount nodes { id } pageInfo { endCursor hasNextPage } } }',
          variables: { after },
        },
        'paging',
      )
    ).data as {
      members: { totalCount: number; nodes: Array<{ id: string }>; pageInfo: { endCursor: string; hasNextPage: boolean } };
    };
  const first = await page(null);
  const second = await page(first.members.pageInfo.endCursor);
  expect(second.members.nodes.length).toBe(Math.min(100, first.members.totalCount - 100));
  expect(second.members.nodes.map((node) => node.id)).not.toContain(first.members.nodes[0].id);
  expect(second.members.pageInfo.hasNextPage).toBe(false);
  const beyond = await page(second.members.pageInfo.endCursor);
  expect(beyond.members).toMatchObject({ nodes: [], pageInfo: { hasNextPage: false } });
});

test('text written inline with an unpaired surrogate is not a GraphQL document: refused with a code before anything runs', async () => {
  const query =
    'mutation { admitMember(input: { name: "Nacka \ud800kommun", kind: MUNICIPALITY, organisationNumber: "212000-0142", joinedOn: "2024-01-01" }) { id } }';
  for (const route of ['gateway', 'subgraph'] as const) {
    const url = route === 'gateway' ? hub.gateway.url : hub.subgraphs.membership.url;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await signDevelopmentToken(adminFor('inline surrogate'))}` },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as Response;
    expect({ route, codes: body.errors?.map((error) => error.extensions?.code) }).toEqual({
      route,
      codes: [expect.stringMatching(/^(GRAPHQL_PARSE_FAILED|BAD_USER_INPUT)$/)],
    });
  }
});

test('a member admitted with an unpaired surrogate in its name is refused, not stored', async () => {
  const input = { name: 'Test \ud800kommunalförbund', kind: 'MUNICIPAL_FEDERATION', organisationNumber: '222000-2998', joinedOn: '2025-01-01' };
  const query = 'mutation ($input: AdmitMemberInput!) { admitMember(input: $input) { id name } }';
  for (const route of ['gateway', 'subgraph'] as const) {
    const response = await send(route, 'membership', { query, variables: { input } }, 'admit');
    expect({ route, errors: response.errors?.map((error) => error.extensions) }).toEqual({
      route,
      errors: [expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.name' })],
    });
  }
  const found = await send('gateway', 'membership', { query: '{ members(search: "kommunalförbund", first: 100) { nodes { name } } }' }, 'admit');
  expect(JSON.stringify(found.data)).not.toContain('Test ');
});

test('none of the refused mutations wrote anything', async () => {
  expect(await auditTotals()).toEqual(auditBefore);
});
