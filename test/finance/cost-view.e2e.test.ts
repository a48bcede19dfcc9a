import { parse } from 'graphql';
import {
  ChargesDocument,
  type CostGroupBy,
  CostReportDocument,
  MemberCostStatementDocument,
  MembersActiveOnDocument,
  MembersCostStatementsDocument,
  ProjectFundingDocument,
  ProjectsDocument,
  SearchMembersDocument,
  ServiceEconomiesDocument,
  SubscriptionCostsDocument,
} from '../generated/graphql';
import { ANALYST, dataOf, type Hub, memberUser, startHub } from '../hub';
import { ore, sek, sumAmounts } from './money';

let hub: Hub;
let nacka: string;
beforeAll(async () => {
  hub = await startHub(['membership', 'services', 'projects', 'finance']);
  nacka = dataOf(await hub.request(SearchMembersDocument, { search: 'Nacka', first: 1 })).members.nodes[0].id;
});
afterAll(() => hub?.stop());

const report = async (year: number, groupBy: CostGroupBy) => dataOf(await hub.request(CostReportDocument, { year, groupBy }, { as: ANALYST })).costReport!;
const economies = async (year: number) =>
  dataOf(await hub.request(ServiceEconomiesDocument, { year }, { as: ANALYST })).services.nodes.map((service) => ({ ...service, economy: service.economy! }));

describe("a member's cost statement, in one gateway query", () => {
  test('Nacka 2023: the services it uses with their councils and charges, its fee, and a total that is the sum of the parts', async () => {
    const { member } = dataOf(await hub.request(MemberCostStatementDocument, { id: nacka, year: 2023, activeOn: '2023-06-30' }, { as: ANALYST }));
    const statement = member!.costStatement!;
    const provisum = statement.serviceCharges.find((charge) => charge.service.name === 'Provisum')!;
    expect(provisum.amount.currency).toBe('SEK');
    expect(ore(provisum.amount.amount)).toBeGreaterThan(0n);
    expect(provisum.service.council.seats.map((seat) => seat.member.name)).toContain('Nacka kommun');
    expect(statement.membershipFee).toMatchObject({ band: '80 000–149 999 inhabitants', source: 'DEMO' });

    const used = new Set(member!.subscriptions.map((subscription) => subscription.service.name));
    expect(new Set(statement.serviceCharges.map((charge) => charge.service.name))).toEqual(used);
    expect(ore(statement.serviceChargesTotal.amount)).toBe(sumAmounts(statement.serviceCharges.map((charge) => charge.amount)));
    const parts = ore(statement.membershipFee!.amount.amount) + ore(statement.serviceChargesTotal.amount) + ore(statement.projectContributionsTotal.amount);
    expect(ore(statement.total.amount)).toBe(parts);
    expect(statement.total.amount).toMatch(/^\d+\.\d{2}$/);
  });

  test('each subscription costs the charge recorded for it that year (ServiceSubscription.cost, resolved by finance)', async () => {
    const { member } = dataOf(await hub.request(MemberCostStatementDocument, { id: nacka, year: 2023, activeOn: '2023-06-30' }, { as: memberUser(nacka) }));
    const charged = new Map(member!.costStatement!.serviceCharges.map((charge) => [charge.subscription!.id, charge.amount.amount]));
    expect(member!.subscriptions.length).toBeGreaterThan(0);
    for (const subscription of member!.subscriptions) expect(subscription.cost?.amount.amount).toBe(charged.get(subscription.id));
  });

  test('a member user sees the costs of its own subscriptions only, also when it asks finance directly with a representation it made up', async () => {
    const { member } = dataOf(await hub.request(MemberCostStatementDocument, { id: nacka, year: 2023, activeOn: '2023-06-30' }, { as: ANALYST }));
    const lund = dataOf(await hub.request(SearchMembersDocument, { search: 'Lund', first: 1 })).members.nodes[0].id;
    const subscription = member!.subscriptions.find((candidate) => candidate.cost)!;
    const costOf = (claimedMember: string) =>
      parse(
        `{ _entities(representations: [{ __typename: "ServiceSubscription", id: "${subscription.id}", member: { id: "${claimedMember}" } }]) { ... on ` +
          `ServiceSubscription { cost(year: 2023) { id } } } }`,
      );
    const asLund = await hub.request(costOf(lund), undefined, { url: hub.subgraphs.finance.url, as: memberUser(lund) });
    expect(asLund.errors?.map((error) => [error.extensions?.code, error.path])).toEqual([['FORBIDDEN', ['_entities', 0, 'cost']]]);
    const asNacka = await hub.request(costOf(nacka), undefined, { url: hub.subgraphs.finance.url, as: memberUser(nacka) });
    expect(dataOf(asNacka)).toEqual({ _entities: [{ cost: { id: expect.any(String) } }] });
  });

  test('over all members, 2023 fees add up to 3 701 600 SEK and service charges to 12 968 114 SEK, and every total is the sum of its parts', async () => {
    const { members } = dataOf(await hub.request(MembersCostStatementsDocument, { first: 1000, year: 2023 }, { as: ANALYST }));
    expect(members.nodes).toHaveLength(members.totalCount);
    const fees = members.nodes.flatMap((member) => (member.membershipFee ? [member.membershipFee.amount] : []));
    expect(sumAmounts(fees)).toBe(ore(sek(3_701_600)));
    expect(sumAmounts(members.nodes.flatMap((member) => member.serviceCharges!.map((charge) => charge.amount)))).toBe(ore(sek(12_968_114)));
    for (const member of members.nodes) {
      const costStatement = member.costStatement!;
      const fee = member.membershipFee ? ore(member.membershipFee.amount.amount) : 0n;
      expect(ore(costStatement.total.amount)).toBe(fee + ore(costStatement.serviceChargesTotal.amount) + ore(costStatement.projectContributionsTotal.amount));
    }
  });

  test('every organisation that was a member during 2023 pays a fee, and no one else does', async () => {
    const { members } = dataOf(await hub.request(MembersCostStatementsDocument, { first: 1000, year: 2023 }, { as: ANALYST }));
    const payers = members.nodes.filter((member) => member.membershipFee).map((member) => member.id);
    const onNewYear = dataOf(await hub.request(MembersActiveOnDocument, { activeOn: '2023-01-01', first: 1000 })).members.nodes.map((member) => member.id);
    const onNewYearsEve = dataOf(await hub.request(MembersActiveOnDocument, { activeOn: '2023-12-31', first: 1000 })).members.nodes.map((member) => member.id);
    expect(onNewYear).toHaveLength(140);
    expect(new Set(payers)).toEqual(new Set([...onNewYear, ...onNewYearsEve]));
  });
});

describe("each subscription costs its own charge, so a member's subscriptions cost what its cost statement charges", () => {
  const subscriptionCosts = async (first: number, year: number) =>
    dataOf(await hub.request(SubscriptionCostsDocument, { first, year }, { as: ANALYST })).members;

  test("for every member and every year from 2005 to 2027: the costs of its subscriptions add up to its statement's service charges", async () => {
    const yearsCharged: number[] = [];
    for (let year = 2005; year <= 2027; year++) {
      const members = await subscriptionCosts(1000, year);
      expect(members.nodes).toHaveLength(members.totalCount);
      const sums = members.nodes.map((member) => ({
        year,
        member: member.name,
        charged: ore(member.costStatement!.serviceChargesTotal.amount),
        subscriptions: sumAmounts(member.subscriptions.flatMap((subscription) => (subscription.cost ? [subscription.cost.amount] : []))),
      }));
      expect(sums).toEqual(sums.map((sum) => ({ ...sum, subscriptions: sum.charged })));
      if (sums.some((sum) => sum.charged > 0n)) yearsCharged.push(year);
    }
    expect(yearsCharged).toEqual([2022, 2023]);
  });

  test('Solna switched from Multifråga Classic to XL on 2023-03-24: its 121 197.34 SEK for Multifråga are shared by days (82 and 283), 234 098.76 SEK in all', async () => {
    const solna = (await subscriptionCosts(1000, 2023)).nodes.find((member) => member.name === 'Solna kommun')!;
    const multifraga = solna.subscriptions.filter((subscription) => subscription.service.name === 'Multifråga');
    expect(multifraga.map((subscription) => [subscription.variant, subscription.cost?.amount.amount]).sort()).toEqual([
      ['Classic', '27227.90'],
      ['XL', '93969.44'],
    ]);
    expect(solna.costStatement!.serviceChargesTotal.amount).toBe('234098.76');
  });

  test("the costs of every member's subscriptions take as many SQL statements for 5 members as for all of them", async () => {
    const answered: number[] = [];
    const few = await hub.countStatements(async () => answered.push((await subscriptionCosts(5, 2023)).nodes.length));
    const all = await hub.countStatements(async () => answered.push((await subscriptionCosts(1000, 2023)).nodes.length));
    expect(answered).toEqual([5, (await subscriptionCosts(1000, 2023)).totalCount]);
    expect(answered[1]).toBeGreaterThan(100);
    expect(all).toEqual(few);
  });
});

describe('cost report', () => {
  test.each(['MEMBER', 'SERVICE', 'COUNTY', 'MEMBER_KIND'] as const)(
    '2023 by %s: fees 3 701 600, charges 12 968 114, rows adding up to the total',
    async (groupBy) => {
      const costReport = await report(2023, groupBy);
      expect(costReport.membershipFees).toEqual({ amount: sek(3_701_600), currency: 'SEK' });
      expect(costReport.serviceCharges.amount).toBe(sek(12_968_114));
      const total = ore(costReport.membershipFees.amount) + ore(costReport.serviceCharges.amount) + ore(costReport.projectContributions.amount);
      expect(ore(costReport.total.amount)).toBe(total);
      expect(sumAmounts(costReport.rows.map((row) => row.total))).toBe(total);
      expect(sumAmounts(costReport.rows.map((row) => row.serviceCharges))).toBe(ore(sek(12_968_114)));
      const totals = costReport.rows.map((row) => ore(row.total.amount));
      expect(totals).toEqual([...totals].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
    },
  );

  test('groups by county and member kind looked up in membership, counting every member once; municipalities pay the most', async () => {
    const byMember = await report(2023, 'MEMBER');
    const byCounty = await report(2023, 'COUNTY');
    const byKind = await report(2023, 'MEMBER_KIND');
    expect(byCounty.rows.map((row) => row.key)).toContain('Stockholms län');
    expect(byCounty.rows.find((row) => row.key === null)).toBeDefined();
    expect(byKind.rows[0].key).toBe('MUNICIPALITY');
    const members = byMember.rows.length;
    expect(byCounty.rows.reduce((count, row) => count + row.memberCount, 0)).toBe(members);
    expect(byKind.rows.reduce((count, row) => count + row.memberCount, 0)).toBe(members);
    expect(byMember.rows.every((row) => row.member?.id === row.key && row.member.name)).toBe(true);
  });

  test('membership fees per year equal note 2 of the annual report (2014–2017) and the budgets (2022)', async () => {
    const expected: Array<[number, number]> = [
      [2014, 2_347_500],
      [2015, 2_484_100],
      [2016, 2_503_000],
      [2017, 2_672_257],
      [2022, 3_400_000],
    ];
    for (const [year, fees] of expected) expect((await report(year, 'MEMBER')).membershipFees.amount).toBe(sek(fees));
  });

  test('the all-members report takes the same number of SQL statements for a small year as for a large one', async () => {
    const small = await hub.countStatements(() => report(2014, 'MEMBER'));
    const large = await hub.countStatements(() => report(2023, 'MEMBER'));
    const byCounty = await hub.countStatements(() => report(2023, 'COUNTY'));
    expect((await report(2023, 'MEMBER')).rows.length).toBeGreaterThan((await report(2014, 'MEMBER')).rows.length);
    expect(large).toEqual(small);
    expect(large.finance).toBe(3);
    expect(byCounty.finance).toBe(3);
    expect(byCounty.membership).toBe(1);
  });

  test('cost statements for 5 members or for all of them take the same number of statements', async () => {
    const statements = async (first: number) => dataOf(await hub.request(MembersCostStatementsDocument, { first, year: 2023 }, { as: ANALYST })).members;
    const answered: number[] = [];
    const few = await hub.countStatements(async () => answered.push((await statements(5)).nodes.length));
    const all = await hub.countStatements(async () => answered.push((await statements(1000)).nodes.length));
    expect(answered).toEqual([5, (await statements(1000)).totalCount]);
    expect(answered[1]).toBeGreaterThan(100);
    expect(all).toEqual(few);
  });
});

describe('service economy', () => {
  test('2023: services charge 12 968 114 SEK in all; each balance is charged minus costs', async () => {
    const services = await economies(2023);
    expect(sumAmounts(services.map((service) => service.economy.charged))).toBe(ore(sek(12_968_114)));
    for (const { economy } of services) {
      expect(ore(economy.balance.amount)).toBe(ore(economy.charged.amount) - ore(economy.costs.amount));
      expect(ore(economy.costs.amount)).toBe(sumAmounts(economy.costLines.map((line) => line.amount)));
      expect(economy.covered).toBe(ore(economy.balance.amount) >= 0n);
    }
  });

  test('Multifråga 2023: the eight members that switched variant have a charge on each subscription and count once as charged members', async () => {
    const multifraga = (await economies(2023)).find((service) => service.name === 'Multifråga')!;
    const charges = dataOf(await hub.request(ChargesDocument, { year: 2023, serviceId: multifraga.id, first: 1000 }, { as: ANALYST })).charges!;
    expect(new Set(charges.nodes.map((charge) => charge.member.id)).size).toBe(multifraga.economy.chargedMembers);
    expect(charges.totalCount).toBe(multifraga.economy.chargedMembers + 8);
    expect(sumAmounts(charges.nodes.map((charge) => charge.amount))).toBe(ore(multifraga.economy.charged.amount));
  });

  test('Provisum, whose management plan 2023 is decided and funded (business plan 2023), covers its costs; its two users are charged', async () => {
    const provisum = (await economies(2023)).find((service) => service.name === 'Provisum')!;
    expect(provisum.economy.covered).toBe(true);
    expect(ore(provisum.economy.balance.amount)).toBeGreaterThanOrEqual(0n);
    const charges = dataOf(await hub.request(ChargesDocument, { year: 2023, serviceId: provisum.id, first: 1 }, { as: ANALYST })).charges!;
    expect(charges.totalCount).toBe(provisum.economy.chargedMembers);
    expect(charges.totalCount).toBe(2);
    const next = dataOf(
      await hub.request(ChargesDocument, { year: 2023, serviceId: provisum.id, first: 1, after: charges.pageInfo.endCursor }, { as: ANALYST }),
    ).charges!;
    expect(next.pageInfo.hasNextPage).toBe(false);
    expect(new Set([charges.nodes[0].member.id, next.nodes[0].member.id])).toContain(nacka);
  });
});

test('ivis received VINNOVA grants of 1.8 MSEK in 2015–2016', async () => {
  const ivis = dataOf(await hub.request(ProjectsDocument, { search: 'ivis', first: 5 }, { as: ANALYST })).projects.nodes.find(
    (project) => project.name === 'ivis',
  )!;
  const { project } = dataOf(await hub.request(ProjectFundingDocument, { id: ivis.id }, { as: ANALYST }));
  const grants = project!.funding!.filter((funding) => funding.kind === 'GRANT');
  expect(grants.map((grant) => [grant.year, grant.grantor])).toEqual([
    [2015, 'VINNOVA'],
    [2016, 'VINNOVA'],
  ]);
  expect(sumAmounts(grants.map((grant) => grant.amount))).toBe(ore(sek(1_800_000)));
});
