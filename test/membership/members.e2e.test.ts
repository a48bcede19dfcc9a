import { BoardDocument, MemberDetailDocument, MembersActiveOnDocument, SearchMembersDocument } from '../generated/graphql';
import { ADMIN, dataOf, type Hub, startHub } from '../hub';

let hub: Hub;
beforeAll(async () => {
  // A member's status is as of the hub's today: fixed, so that it does not depend on when the tests run.
  hub = await startHub(['membership'], { today: '2026-06-15' });
});
afterAll(() => hub?.stop());

const findMember = async (search: string) => dataOf(await hub.request(SearchMembersDocument, { search, first: 5 })).members.nodes[0];

test('140 members on 2023-01-01, 98 at the end of 2017 and 100 at the end of 2016 (7 left, 5 joined)', async () => {
  const count = async (activeOn: string) => dataOf(await hub.request(MembersActiveOnDocument, { activeOn, first: 200 })).members;
  const on2023 = await count('2023-01-01');
  expect(on2023.totalCount).toBe(140);
  expect(on2023.nodes).toHaveLength(140);
  expect(on2023.pageInfo.hasNextPage).toBe(false);
  expect((await count('2017-12-31')).totalCount).toBe(98);
  expect((await count('2016-12-31')).totalCount).toBe(100);
});

test('the members of the end of 2017, by their names and kinds of the day, include SKL, two county councils and two municipal federations', async () => {
  const { nodes } = dataOf(await hub.request(MembersActiveOnDocument, { activeOn: '2017-12-31', first: 200 })).members;
  const others = nodes
    .filter((member) => member.identity.kind !== 'MUNICIPALITY')
    .map((member) => [member.identity.name, member.identity.kind])
    .sort(([a], [b]) => a.localeCompare(b, 'sv'));
  expect(others).toEqual([
    ['Höglandets kommunalförbund', 'MUNICIPAL_FEDERATION'],
    ['Region Jönköpings län', 'COUNTY_COUNCIL'],
    ['Sveriges Kommuner och Landsting', 'ASSOCIATION'],
    ['Västbergslagens Utbildningsförbund', 'MUNICIPAL_FEDERATION'],
    ['Västra Götalandsregionen', 'COUNTY_COUNCIL'],
  ]);
});

test('a member carries its details, representative and board seats; Swedish text survives the round trip', async () => {
  const karlstad = await findMember('Karlstad');
  const { member } = dataOf(await hub.request(MemberDetailDocument, { id: karlstad.id }, { as: ADMIN }));
  expect(member).toMatchObject({ name: 'Karlstads kommun', kind: 'MUNICIPALITY', county: 'Värmlands län', status: 'ACTIVE', source: 'SEED' });
  expect(member?.organisationNumber).toMatch(/^\d{6}-\d{4}$/);
  expect(member?.representatives).toHaveLength(1);
  expect(member?.boardAssignments.map((seat) => [seat.person, seat.role, seat.from]).sort()).toEqual([
    ['Monika Bubholz', 'CHAIR', '2017-05-30'],
    ['Peter Olsson', 'DEPUTY', '2017-05-30'],
  ]);
});

test('the board elected 2017-05-30 has a chair, a vice chair, seven ordinary members and eight deputies', async () => {
  const { board } = dataOf(await hub.request(BoardDocument, { on: '2017-06-01' }));
  const roles: Record<string, number> = {};
  for (const seat of board.seats) roles[seat.role] = (roles[seat.role] ?? 0) + 1;
  expect(roles).toEqual({ CHAIR: 1, VICE_CHAIR: 1, ORDINARY: 7, DEPUTY: 8 });
  expect(board.seats[0]).toMatchObject({ person: 'Monika Bubholz', role: 'CHAIR', member: { name: 'Karlstads kommun' } });
  expect([...new Set(board.seats.map((seat) => seat.role))]).toEqual(['CHAIR', 'VICE_CHAIR', 'ORDINARY', 'DEPUTY']);
  expect(dataOf(await hub.request(BoardDocument, { on: '2017-05-29' })).board).toMatchObject({ term: null, seats: [] });
});

test('search, kind and county filters, and cursor paging that visits every member once', async () => {
  const federations = dataOf(await hub.request(SearchMembersDocument, { kind: 'MUNICIPAL_FEDERATION', first: 50 })).members;
  expect(federations.nodes.map((member) => member.name)).toEqual(['Göteborgsregionen', 'Höglandets kommunalförbund', 'Västbergslagens Utbildningsförbund']);
  const skane = dataOf(await hub.request(SearchMembersDocument, { county: 'Skåne län', first: 100 })).members;
  expect(skane.nodes.every((member) => member.county === 'Skåne län')).toBe(true);
  expect(skane.totalCount).toBeGreaterThan(10);

  const seen = new Set<string>();
  let after: string | null | undefined;
  let total = 0;
  do {
    const page = dataOf(await hub.request(SearchMembersDocument, { first: 40, after })).members;
    for (const member of page.nodes) seen.add(member.id);
    total = page.totalCount;
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  expect(seen.size).toBe(total);
});

test('an unknown or malformed id answers null, not an error', async () => {
  expect(dataOf(await hub.request(MemberDetailDocument, { id: '00000000-0000-4000-8000-000000000000' })).member).toBeNull();
  expect(dataOf(await hub.request(MemberDetailDocument, { id: 'nacka' })).member).toBeNull();
});

test('the gateway and the subgraph answer GET /health', async () => {
  for (const url of [hub.gateway.url, hub.subgraphs.membership.url]) {
    const response = await fetch(url.replace(/\/graphql$/, '/health'));
    expect(response.status).toBe(200);
  }
});
