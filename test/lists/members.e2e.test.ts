import { organisationNumber } from '../../subgraphs/shared/domain/organisation-number';
import { AdmitListedMemberDocument, MemberListDocument, type MemberListQueryVariables } from '../generated/graphql';
import { ADMIN, dataOf, errorOf, type Hub, startHub } from '../hub';

let hub: Hub;
beforeAll(async () => {
  hub = await startHub(['membership'], { today: '2026-06-15' });
});
afterAll(() => hub?.stop());

const list = async (variables: MemberListQueryVariables) => dataOf(await hub.request(MemberListDocument, variables)).members;
const names = async (variables: MemberListQueryVariables) => (await list({ first: 1000, ...variables })).nodes.map((member) => member.name);

test('a Relay connection: edges carry the nodes with their cursors, and PageInfo both ends', async () => {
  const page = await list({ first: 3 });
  expect(page.edges.map((edge) => edge.node.id)).toEqual(page.nodes.map((node) => node.id));
  expect(page.pageInfo).toEqual({ startCursor: page.edges[0].cursor, endCursor: page.edges[2].cursor, hasNextPage: true, hasPreviousPage: false });
  const next = await list({ first: 3, after: page.pageInfo.endCursor });
  expect(next.pageInfo.hasPreviousPage).toBe(true);
  const back = await list({ last: 3, before: next.pageInfo.startCursor });
  expect(back.nodes).toEqual(page.nodes);
  expect(back.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
});

test('forward with first/after and backward with last/before each visit the 140 members of 2023-01-01 once, in the same order', async () => {
  const filter = { activeOn: '2023-01-01' };
  const forward: string[] = [];
  let after: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof list>> = await list({ filter, first: 45, after });
    forward.push(...page.nodes.map((node) => node.id));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  const backward: string[] = [];
  let before: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof list>> = await list({ filter, last: 45, before });
    backward.unshift(...page.nodes.map((node) => node.id));
    before = page.pageInfo.hasPreviousPage ? page.pageInfo.startCursor : null;
  } while (before);
  expect(forward).toHaveLength(140);
  expect(new Set(forward).size).toBe(140);
  expect(backward).toEqual(forward);
});

test('names sort in Swedish order: Å, Ä and Ö after Z', async () => {
  const all = await names({});
  const order = ['Alingsås kommun', 'Åre kommun', 'Älmhult kommun', 'Ängelholm kommun', 'Öckerö kommun', 'Östersund kommun'].map((name) => all.indexOf(name));
  expect(order.every((position, index) => position >= 0 && (index === 0 || position > order[index - 1]))).toBe(true);
  expect(all.slice(-8).every((name) => /^[ÅÄÖ]/.test(name))).toBe(true);
  const descending = await names({ orderBy: [{ field: 'NAME', direction: 'DESC' }] });
  expect(descending).toEqual([...all].reverse());
});

test('several sort keys, missing values last, ties broken by id', async () => {
  const { nodes, edges } = await list({
    first: 1000,
    orderBy: [{ field: 'COUNTY' }, { field: 'POPULATION', direction: 'DESC' }],
  });
  const rows = edges.map((edge) => edge.node);
  expect(nodes).toHaveLength(rows.length);
  const skane = rows.filter((member) => member.county === 'Skåne län');
  expect(skane[0].name).toBe('Malmö kommun');
  const populations = skane.map((member) => member.population ?? -1);
  expect(populations).toEqual([...populations].sort((a, b) => b - a));
  expect(rows.at(-1)?.county).toBeNull();
  const firstNull = rows.findIndex((member) => member.county === null);
  expect(rows.slice(firstNull).every((member) => member.county === null)).toBe(true);
});

test('keyset cursors: a member admitted between pages neither repeats nor skips a row', async () => {
  const before = await names({});
  const page = await list({ first: 5 });
  const admitted = dataOf(
    await hub.request(
      AdmitListedMemberDocument,
      { input: { name: 'AAA Listkommunförbund', kind: 'MUNICIPAL_FEDERATION', organisationNumber: organisationNumber('222999001'), joinedOn: '2026-01-01' } },
      { as: ADMIN },
    ),
  ).admitMember;
  expect(admitted.name).toBe('AAA Listkommunförbund');
  const next = await list({ first: 5, after: page.pageInfo.endCursor });
  expect(next.nodes.map((node) => node.name)).toEqual(before.slice(5, 10));
  expect(next.totalCount).toBe(before.length + 1);
});

test('a cursor the list did not make, or made for another order, is BAD_USER_INPUT naming the argument', async () => {
  const page = await list({ first: 2 });
  const cursor = page.pageInfo.endCursor!;
  const tampered = Buffer.from(Buffer.from(cursor, 'base64url').toString().replace('"', '"Z')).toString('base64url');
  for (const after of ['abc', 'b2Zmc2V0OjE', tampered]) {
    expect(errorOf(await hub.request(MemberListDocument, { after }))).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/^after: /) });
  }
  const otherOrder = await hub.request(MemberListDocument, { before: cursor, orderBy: [{ field: 'JOINED_ON' }] });
  expect(errorOf(otherOrder)).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/^before: .*order/) });
  expect(errorOf(await hub.request(MemberListDocument, { first: 2, last: 2 }))).toMatchObject({
    code: 'BAD_USER_INPUT',
    message: expect.stringMatching(/^last: /),
  });
});

test('filters: sets of values, ranges, counties by code or name in any case', async () => {
  expect((await list({ filter: { joinedOn: { gte: '2017-01-01', lte: '2017-12-31' } } })).totalCount).toBe(5);
  expect((await list({ filter: { leftOn: { gte: '2017-01-01', lte: '2017-12-31' } } })).totalCount).toBe(7);
  const skane = await list({ first: 1000, filter: { countyIn: ['12'] } });
  expect(skane.totalCount).toBeGreaterThan(10);
  expect(skane.edges.every((edge) => edge.node.county === 'Skåne län' && edge.node.countyCode === '12')).toBe(true);
  expect((await list({ filter: { countyIn: ['SKÅNE LÄN'] } })).totalCount).toBe(skane.totalCount);
  const two = await list({ filter: { countyIn: ['skåne län', '14'] } });
  const vg = await list({ filter: { countyIn: ['Västra Götalands län'] } });
  expect(two.totalCount).toBe(skane.totalCount + vg.totalCount);
  const big = await list({ first: 1000, filter: { population: { gte: 300000 }, kindIn: ['MUNICIPALITY'] } });
  expect(big.edges.map((edge) => edge.node.name).sort()).toEqual(expect.arrayContaining(['Malmö kommun']));
  expect(big.edges.every((edge) => edge.node.kind === 'MUNICIPALITY' && edge.node.population! >= 300000)).toBe(true);
  const ids = skane.nodes.slice(0, 3).map((node) => node.id);
  expect((await list({ filter: { idIn: ids } })).totalCount).toBe(3);
  expect((await list({ filter: { idIn: [] } })).totalCount).toBe(0);
  const crossed = await hub.request(MemberListDocument, { filter: { joinedOn: { gte: '2018-01-01', lte: '2017-01-01' } } });
  expect(errorOf(crossed)).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/^filter\.joinedOn\.gte: /) });
});

test('search is case- and accent-insensitive: "malmo" finds Malmö, "ANGELHOLM" Ängelholm', async () => {
  expect(await names({ filter: { search: 'malmo' } })).toEqual(['Malmö kommun']);
  expect(await names({ filter: { search: 'ANGELHOLM' } })).toEqual(['Ängelholm kommun']);
  expect(await names({ filter: { search: '%' } })).toEqual([]);
});

test('counties and municipalities carry their codes at Statistics Sweden; null where the hub is not certain', async () => {
  const all = (await list({ first: 1000 })).edges.map((edge) => edge.node);
  const codes = Object.fromEntries(all.map((member) => [member.name, [member.countyCode, member.municipalityCode]]));
  expect(codes['Nacka kommun']).toEqual(['01', '0182']);
  expect(codes['Karlstads kommun']).toEqual(['17', '1780']);
  expect(codes['Göteborgs stad']).toEqual(['14', '1480']);
  expect(codes['Region Gotland']).toEqual(['09', '0980']);
  expect(codes['Västra Götalandsregionen'][1]).toBeNull();
  expect(codes['Upplands Väsby kommun']).toEqual(['01', '0114']);
  expect(codes['Region Örebro län']).toEqual(['18', null]);
  expect(codes['Sveriges Kommuner och Regioner']).toEqual([null, null]);
  for (const member of all.filter((row) => row.municipalityCode)) expect(member.municipalityCode?.slice(0, 2)).toBe(member.countyCode);
});
