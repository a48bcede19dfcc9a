import {
  ChargeListDocument,
  type ChargeListQueryVariables,
  ServiceListDocument,
  type ServiceListQueryVariables,
  SubscriptionListDocument,
  type SubscriptionListQueryVariables,
} from '../generated/graphql';
import { ANALYST, dataOf, errorOf, type Hub, memberUser, startHub } from '../hub';

let hub: Hub;
beforeAll(async () => {
  hub = await startHub(['membership', 'services', 'finance'], { today: '2026-06-15' });
});
afterAll(() => hub?.stop());

const services = async (variables: ServiceListQueryVariables) => dataOf(await hub.request(ServiceListDocument, { first: 1000, ...variables })).services;
const subscriptions = async (variables: SubscriptionListQueryVariables) =>
  dataOf(await hub.request(SubscriptionListDocument, { first: 1000, ...variables })).subscriptions;
const charges = async (variables: ChargeListQueryVariables, as = ANALYST) =>
  dataOf(await hub.request(ChargeListDocument, { first: 1000, ...variables }, { as })).charges!;

test('services: statuses and areas as sets, accent-insensitive search, sorted by start day newest first', async () => {
  const all = await services({});
  const offered = await services({ filter: { statusIn: ['ACTIVE', 'RETIRED'] } });
  expect(offered.totalCount).toBe(all.nodes.filter((service) => ['ACTIVE', 'RETIRED'].includes(service.status)).length);
  expect((await services({ filter: { statusIn: [] } })).totalCount).toBe(0);
  const found = (search: string) => services({ filter: { search } }).then(({ nodes }) => nodes.map((service) => service.name));
  expect(await found('MULTIFRAGA')).toContain('Multifråga');
  expect(await found('MULTIFRAGA')).toEqual(await found('multifråga'));
  const newest = await services({ orderBy: [{ field: 'STARTED_ON', direction: 'DESC' }] });
  const days = newest.nodes.map((service) => service.startedOn);
  expect(days).toEqual([...days].sort().reverse());
  const started = await services({ filter: { startedOn: { gte: '2015-01-01', lte: '2019-12-31' } } });
  expect(started.nodes.every((service) => service.startedOn >= '2015-01-01' && service.startedOn <= '2019-12-31')).toBe(true);
  expect(started.totalCount).toBe(all.nodes.filter((service) => service.startedOn >= '2015-01-01' && service.startedOn <= '2019-12-31').length);
});

test('subscriptions: several services and members at once, variants, date ranges, and paging backwards', async () => {
  const all = (await subscriptions({})).edges.map((edge) => edge.node);
  const multifraga = [...new Set(all.filter((row) => row.service.slug.startsWith('multifraga')).map((row) => row.service.id))];
  const picked = await subscriptions({ filter: { serviceIdIn: multifraga } });
  expect(picked.totalCount).toBe(all.filter((row) => multifraga.includes(row.service.id)).length);
  const xl2023 = await subscriptions({ filter: { variantIn: ['XL'], from: { gte: '2023-01-01', lte: '2023-12-31' } } });
  expect(xl2023.totalCount).toBeGreaterThanOrEqual(8);
  expect(xl2023.edges.every((edge) => edge.node.variant === 'XL' && edge.node.from.startsWith('2023'))).toBe(true);
  const members = [...new Set(all.map((row) => row.member.id))].slice(0, 3);
  const byMember = await subscriptions({ filter: { memberIdIn: members }, orderBy: [{ field: 'MEMBER_ID' }, { field: 'FROM', direction: 'DESC' }] });
  const ids = byMember.edges.map((edge) => edge.node.member.id);
  expect(ids).toEqual([...ids].sort());
  expect(byMember.totalCount).toBe(all.filter((row) => members.includes(row.member.id)).length);
  const last = await subscriptions({ first: null, last: 5 });
  expect(last.edges.map((edge) => edge.node.id)).toEqual(all.slice(-5).map((row) => row.id));
  expect(last.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
});

test('charges: year and amount ranges, sorted by amount; a member user still sees only its own', async () => {
  const all = await charges({});
  const ranged = await charges({
    filter: { year: { gte: 2023, lte: 2024 }, amount: { gte: '10000', lte: '50000.50' } },
    orderBy: [{ field: 'AMOUNT', direction: 'DESC' }],
  });
  const expected = all.nodes.filter(
    (charge) => charge.year >= 2023 && charge.year <= 2024 && Number(charge.amount.amount) >= 10000 && Number(charge.amount.amount) <= 50000.5,
  );
  expect(ranged.totalCount).toBe(expected.length);
  const amounts = ranged.nodes.map((charge) => Number(charge.amount.amount));
  expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
  const [one, other] = [...new Set(all.nodes.map((charge) => charge.member.id))];
  const own = await charges({ filter: { memberIdIn: [one, other] } }, memberUser(one));
  expect(own.totalCount).toBe(all.nodes.filter((charge) => charge.member.id === one).length);
  expect(errorOf(await hub.request(ChargeListDocument, { filter: { amount: { gte: 'ten' } } }, { as: ANALYST }))).toMatchObject({
    code: 'BAD_USER_INPUT',
    message: expect.stringMatching(/^filter\.amount\.gte: /),
  });
  expect(errorOf(await hub.request(ChargeListDocument, { filter: { serviceIdIn: ['bibblix'] } }, { as: ANALYST }))).toMatchObject({
    code: 'BAD_USER_INPUT',
    message: expect.stringMatching(/^filter\.serviceIdIn: /),
  });
});
