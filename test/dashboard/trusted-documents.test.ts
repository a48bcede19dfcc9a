import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { signDevelopmentToken } from '../../subgraphs/shared/graphql/auth';
import { config } from '../../subgraphs/shared/platform/config';
import { type Caller, type GraphQLResponse, type Hub, startHub } from '../hub';

const manifest = JSON.parse(readFileSync(config().TRUSTED_DOCUMENTS_PATH, 'utf8')) as Record<string, string>;
/** The documentId of a test operation, from the manifest graphql-codegen writes. */
const documentIdOf = (name: string) => Object.entries(manifest).find(([, text]) => text.includes(`query ${name}(`))![0];
const MEMBER_NAMES = documentIdOf('MemberNames');

let hub: Hub;
const gateways: Record<string, string> = {};
beforeAll(async () => {
  hub = await startHub(['membership']);
  for (const policy of ['signed-in', 'analysts', 'none'] as const)
    gateways[policy] = (await hub.startGateway({ settings: { ARBITRARY_OPERATIONS: policy } })).url;
});
afterAll(() => hub?.stop());

async function post(url: string, body: object, as?: Caller | string): Promise<GraphQLResponse<{ members: { totalCount: number } }> & { status: number }> {
  const token = typeof as === 'string' ? as : as && (await signDevelopmentToken(as));
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...(await response.json()) };
}

const byText = { query: manifest[MEMBER_NAMES], variables: { first: 3 } };
const byId = { documentId: MEMBER_NAMES, variables: { first: 3 } };
const codeOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.code;

test('the manifest holds the tests’ and the dashboard’s operations, keyed by the sha256 of their text', () => {
  expect(Object.values(manifest).some((text) => text.includes('query DashboardStart('))).toBe(true);
  for (const [id, text] of Object.entries(manifest)) expect(id).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
});

test('a trusted document runs by its documentId (POST or GET) and answers as its text does', async () => {
  const expected = await post(hub.gateway.url, byText);
  expect(expected.data?.members.totalCount).toBeGreaterThan(100);
  expect(await post(hub.gateway.url, byId)).toEqual(expected);
  const get = await fetch(`${hub.gateway.url}?documentId=${encodeURIComponent(MEMBER_NAMES)}&variables=${encodeURIComponent('{"first":3}')}`);
  expect(await get.json()).toEqual({ data: expected.data });
});

test('an unknown documentId is PERSISTED_QUERY_NOT_FOUND', async () => {
  const response = await post(hub.gateway.url, { documentId: `sha256:${'0'.repeat(64)}` });
  expect(codeOf(response)).toBe('PERSISTED_QUERY_NOT_FOUND');
});

test.each([
  ['signed-in', [false, true, true]],
  ['analysts', [false, false, true]],
  ['none', [false, false, false]],
] as const)(
  'ARBITRARY_OPERATIONS=%s: who may send an operation of their own (anonymous, member, analyst); everyone may send a documentId',
  async (policy, expected) => {
    const callers: Array<Caller | undefined> = [undefined, { role: 'member', memberId: '00000000-0000-4000-8000-000000000000' }, { role: 'analyst' }];
    for (const [index, caller] of callers.entries()) {
      const own = await post(gateways[policy], byText, caller);
      expect([own.status, codeOf(own)]).toEqual(expected[index] ? [200, undefined] : [403, 'PERSISTED_QUERY_ONLY']);
      expect((await post(gateways[policy], byId, caller)).data?.members.totalCount).toBeGreaterThan(100);
    }
  },
);

test('a token that only claims to be an analyst is UNAUTHENTICATED, not let through', async () => {
  const forged = [{ alg: 'HS256' }, { role: 'analyst', exp: 4_000_000_000 }].map((part) => Buffer.from(JSON.stringify(part)).toString('base64url')).join('.');
  const response = await post(gateways.analysts, byText, `${forged}.c2lnbmF0dXJl`);
  expect(codeOf(response)).toBe('UNAUTHENTICATED');
});

test('automatic persisted queries: a trusted hash runs; an unknown one is not found, and sending its text does not register it', async () => {
  const persistedQuery = (text: string) => ({ version: 1, sha256Hash: createHash('sha256').update(text).digest('hex') });
  const trusted = await post(hub.gateway.url, { variables: { first: 3 }, extensions: { persistedQuery: persistedQuery(manifest[MEMBER_NAMES]) } });
  expect(trusted.data?.members.totalCount).toBeGreaterThan(100);
  const text = '{ members(first: 1) { totalCount } }';
  const hashOnly = { extensions: { persistedQuery: persistedQuery(text) } };
  expect(codeOf(await post(hub.gateway.url, hashOnly))).toBe('PERSISTED_QUERY_NOT_FOUND');
  expect((await post(hub.gateway.url, { query: text, ...hashOnly })).data?.members.totalCount).toBeGreaterThan(100);
  expect(codeOf(await post(hub.gateway.url, hashOnly))).toBe('PERSISTED_QUERY_NOT_FOUND');
});
