import { type DocumentNode, parse } from 'graphql';
import { MAX_PAGE_SIZE } from '../../subgraphs/shared/graphql/pagination';
import { config } from '../../subgraphs/shared/platform/config';
import { ANALYST, dataOf, errorOf, type Hub, startHub } from '../hub';

let hub: Hub;
beforeAll(async () => {
  hub = await startHub(['membership', 'services']);
});
afterAll(() => hub?.stop());

const MEMBER = 'id name kind organisationNumber county countyCode population joinedOn leftOn status';
const PAGE_INFO = 'pageInfo { startCursor endCursor hasNextPage hasPreviousPage }';
const membersPage = `members(first: ${MAX_PAGE_SIZE}) { totalCount edges { cursor node { ${MEMBER} } } ${PAGE_INFO} }`;
const subscriptionsPage =
  `subscriptions(first: ${MAX_PAGE_SIZE}) { totalCount edges { cursor node { id variant from to ` +
  `service { id name slug } member { id name county } } } ${PAGE_INFO} }`;
const send = (query: string, as?: typeof ANALYST) => hub.request(parse(query) as DocumentNode, {}, { as });

test(`the documented largest page (first: ${MAX_PAGE_SIZE}) with an ordinary selection passes the cost limit for anonymous callers`, async () => {
  const members = dataOf(await send(`{ ${membersPage} }`)) as { members: { totalCount: number; edges: unknown[] } };
  expect(members.members.edges).toHaveLength(members.members.totalCount);
  const subscriptions = dataOf(await send(`{ ${subscriptionsPage} }`)) as { subscriptions: { edges: unknown[] } };
  expect(subscriptions.subscriptions.edges.length).toBeGreaterThan(100);
});

test('analysts and admins have a larger cost budget (MAX_COST_ANALYST) than anonymous callers (MAX_COST)', async () => {
  const wide = `{ a: ${membersPage} b: ${membersPage} c: ${subscriptionsPage} }`;
  expect(errorOf(await send(wide))).toMatchObject({
    code: 'QUERY_TOO_COMPLEX',
    message: expect.stringMatching(new RegExp(`the limit is ${config().MAX_COST} \\(MAX_COST\\)$`)),
  });
  expect(Object.keys(dataOf(await send(wide, ANALYST)) as object)).toEqual(['a', 'b', 'c']);
  const wider = `{ ${Array.from({ length: 9 }, (_, index) => `m${index}: ${membersPage}`).join(' ')} }`;
  expect(errorOf(await send(wider, ANALYST))).toMatchObject({
    code: 'QUERY_TOO_COMPLEX',
    message: expect.stringMatching(new RegExp(`the limit is ${config().MAX_COST_ANALYST} \\(MAX_COST_ANALYST\\)$`)),
  });
});
