import { print } from 'graphql';
import { type Recorder, startRecorder } from '../../bench/recorder';
import type { RunningGateway } from '../../gateway/server';
import { signDevelopmentToken } from '../../subgraphs/shared/graphql/auth';
import {
  RecordServiceChargeDocument,
  SearchMembersDocument,
  SubscriptionsDocument,
  UpdateMemberDocument,
  ViewerCostStatementDocument,
} from '../generated/graphql';
import { ADMIN, ANALYST, type Caller, dataOf, type Hub, memberUser, startHub } from '../hub';

const NAMES = ['membership', 'services', 'projects', 'finance'];
let hub: Hub;
let recorders: Recorder[];
let cached: RunningGateway;
let uncached: RunningGateway;
let members: Record<string, string>;
beforeAll(async () => {
  hub = await startHub(NAMES);
  recorders = await Promise.all(NAMES.map((name) => startRecorder(hub.subgraphs[name].url)));
  const subgraphUrls = Object.fromEntries(NAMES.map((name, index) => [name, recorders[index].url]));
  cached = await hub.startGateway({ subgraphUrls, settings: { RESPONSE_CACHE: 'on' } });
  uncached = await hub.startGateway({ subgraphUrls });
  const found = async (search: string) => dataOf(await hub.request(SearchMembersDocument, { search, first: 1 })).members.nodes[0].id;
  members = { nacka: await found('Nacka'), varmdo: await found('Värmdö') };
});
afterAll(async () => {
  await hub?.stop();
  for (const recorder of recorders ?? []) await recorder.stop();
});

/** The bodies the gateway at `url` sent the subgraphs for one operation, subgraph by subgraph. */
async function subgraphRequests(url: string, query: string, variables: object = {}, headers: Record<string, string> = {}): Promise<string[][]> {
  for (const recorder of recorders) recorder.take();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  expect((await response.json()).errors).toBeUndefined();
  return recorders.map((recorder) => recorder.take());
}

const bearer = async (caller: Caller) => ({ authorization: `Bearer ${await signDevelopmentToken(caller)}` });

/** The viewer's cost statement for `year` through the caching gateway, and how many subgraph requests it took. */
async function viewerCosts(caller: Caller | undefined, year = 2023) {
  for (const recorder of recorders) recorder.take();
  const { viewer } = dataOf(await hub.request(ViewerCostStatementDocument, { year }, { url: cached.url, as: caller }));
  return { viewer, reached: recorders.flatMap((recorder) => recorder.take()).length };
}

test.each([
  ['anonymous', '{ members(first: 3) { nodes { name boardAssignments { person role } } } services(first: 2) { nodes { name } } }', undefined],
  ['analyst', '{ members(first: 2) { nodes { name costStatement(year: 2023) { total { amount } } } } }', ANALYST],
])('an %s operation reaches the subgraphs exactly as without the cache', async (_, query, caller) => {
  const headers = caller ? await bearer(caller) : {};
  const withCache = await subgraphRequests(cached.url, query, {}, headers);
  expect(withCache.flat().length).toBeGreaterThan(0);
  expect(withCache).toEqual(await subgraphRequests(uncached.url, query, {}, headers));
});

test('a mutation reaches the subgraphs exactly as without the cache', async () => {
  const mutation = print(UpdateMemberDocument);
  const variables = { id: members.varmdo, input: { name: 'Värmdö kommun' } };
  const headers = await bearer(ADMIN);
  expect(await subgraphRequests(cached.url, mutation, variables, headers)).toEqual(await subgraphRequests(uncached.url, mutation, variables, headers));
});

test("each viewer gets its own answer, from the cache when it asks again; never another viewer's", async () => {
  const viewers: Array<Caller | undefined> = [
    memberUser(members.nacka),
    memberUser(members.varmdo),
    ANALYST,
    { ...ANALYST, subject: 'another@analyst.example' },
    undefined,
  ];
  const first = [];
  for (const viewer of viewers) first.push(await viewerCosts(viewer));
  expect(first.map(({ reached }) => reached > 0)).toEqual(viewers.map(() => true));
  expect(first.map(({ viewer }) => [viewer.role, viewer.subject, viewer.member?.name ?? null])).toEqual([
    ['MEMBER', 'member@sambruk.example', 'Nacka kommun'],
    ['MEMBER', 'member@sambruk.example', 'Värmdö kommun'],
    ['ANALYST', 'analyst@sambruk.example', null],
    ['ANALYST', 'another@analyst.example', null],
    ['ANONYMOUS', null, null],
  ]);
  expect(first[0].viewer.member?.costStatement?.total.amount).toBe('1811004.55');
  for (const [index, viewer] of viewers.entries()) expect(await viewerCosts(viewer)).toEqual({ viewer: first[index].viewer, reached: 0 });
});

test("a mutation through the gateway invalidates what it changes: the member's next read has its new name and its new cost", async () => {
  const nacka = memberUser(members.nacka);
  const before = await viewerCosts(nacka, 2024);
  expect((await viewerCosts(nacka, 2024)).reached).toBe(0);

  const { nodes } = dataOf(await hub.request(SubscriptionsDocument, { memberId: members.nacka, activeOn: '2024-06-30', first: 1 })).subscriptions;
  const charge = { subscriptionId: nodes[0].id, year: 2024, amount: '48000', note: 'cache test' };
  dataOf(await hub.request(RecordServiceChargeDocument, { input: charge }, { url: cached.url, as: ADMIN }));
  const afterCharge = await viewerCosts(nacka, 2024);
  expect(afterCharge.reached).toBeGreaterThan(0);
  const total = (read: typeof before) => Number(read.viewer.member?.costStatement?.total.amount ?? 0);
  expect(total(afterCharge) - total(before)).toBe(48000);

  dataOf(await hub.request(UpdateMemberDocument, { id: members.nacka, input: { name: 'Nacka kommun (ny)' } }, { url: cached.url, as: ADMIN }));
  expect((await viewerCosts(nacka, 2024)).viewer.member?.name).toBe('Nacka kommun (ny)');
});
