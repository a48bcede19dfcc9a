import { randomUUID } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { organisationNumber } from '../../subgraphs/shared/domain/organisation-number';
import {
  AddBudgetLineDocument,
  AdmitMemberDocument,
  AnnualAccountsDocument,
  BudgetDocument,
  BudgetsDocument,
  ChargesDocument,
  CostReportDocument,
  CreateBudgetDocument,
  MemberCostStatementDocument,
  MembersActiveOnDocument,
  ProjectFundingDocument,
  type ProjectFundingInput,
  ProjectsDocument,
  RecordMembershipFeeDocument,
  RecordProjectFundingDocument,
  RecordServiceChargeDocument,
  RecordServiceCostDocument,
  SearchMembersDocument,
  ServiceEconomiesDocument,
  SubscribeMemberDocument,
  SubscriptionsDocument,
} from '../generated/graphql';
import { ADMIN, ANALYST, dataOf, errorOf, type Hub, startHub } from '../hub';
import { ore, sek } from './money';

let hub: Hub;
let nacka: string;
let newcomer: string;
let services: Record<string, string>;
let ivis: string;
beforeAll(async () => {
  hub = await startHub(['membership', 'services', 'projects', 'finance']);
  nacka = dataOf(await hub.request(SearchMembersDocument, { search: 'Nacka', first: 1 })).members.nodes[0].id;
  const input = {
    name: 'Kommunalförbundet Finansprov',
    kind: 'MUNICIPAL_FEDERATION' as const,
    organisationNumber: organisationNumber('222000501'),
    joinedOn: '2025-03-01',
  };
  newcomer = dataOf(await asAdmin(AdmitMemberDocument, { input })).admitMember.id;
  const economies = dataOf(await hub.request(ServiceEconomiesDocument, { year: 2023 }, { as: ANALYST })).services.nodes;
  services = Object.fromEntries(economies.map((service) => [service.name, service.id]));
  ivis = dataOf(await hub.request(ProjectsDocument, { search: 'ivis', first: 5 })).projects.nodes.find((project) => project.name === 'ivis')!.id;
});
afterAll(() => hub?.stop());

function asAdmin<T, V>(document: TypedDocumentNode<T, V>, variables: V) {
  return hub.request(document, variables, { as: ADMIN });
}

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const paid = async (year: number) => dataOf(await hub.request(CostReportDocument, { year, groupBy: 'MEMBER' }, { as: ANALYST })).costReport!;

/** Sends a mutation as admin that must fail with `code` and a message matching `message`, and checks the year's payments did not change. */
async function refused<V>(document: TypedDocumentNode<unknown, V>, variables: V, code: string, message: RegExp, year: number) {
  const before = await paid(year);
  const error = errorOf(await asAdmin(document, variables));
  expect(error.code).toBe(code);
  expect(error.message).toMatch(message);
  expect(await paid(year)).toEqual(before);
}

describe('recordMembershipFee', () => {
  const fee = () => ({ memberId: newcomer, year: 2025, amount: '12500.50' });

  test('records a fee exactly, once per member and year', async () => {
    const { recordMembershipFee } = dataOf(await asAdmin(RecordMembershipFeeDocument, { input: fee() }));
    expect(recordMembershipFee).toMatchObject({
      year: 2025,
      source: 'ENTERED',
      member: { id: newcomer, name: 'Kommunalförbundet Finansprov' },
      amount: { amount: '12500.50', currency: 'SEK' },
    });
    expect((await paid(2025)).membershipFees.amount).toBe('12500.50');
    await refused(RecordMembershipFeeDocument, { input: fee() }, 'CONFLICT', /^input\.year: a membership fee for 2025 is already recorded/, 2025);
  });

  test.each<[string, Partial<ReturnType<typeof fee>>, string, RegExp]>([
    ['a negative amount', { amount: '-100' }, 'BAD_USER_INPUT', /^input\.amount: -100 is negative/],
    ['an amount with a comma', { amount: '12,50' }, 'BAD_USER_INPUT', /^input\.amount: "12,50" is not an amount/],
    ['three decimals', { amount: '1.005' }, 'BAD_USER_INPUT', /^input\.amount: /],
    ['an unknown member', { memberId: UNKNOWN }, 'NOT_FOUND', /^input\.memberId: no member with id/],
    ['a year before Sambruk', { year: 1999 }, 'BAD_USER_INPUT', /^input\.year: 1999 is out of range: give a year from 2005 to \d{4}/],
    ['a year too far ahead', { year: 2100 }, 'BAD_USER_INPUT', /^input\.year: 2100 is out of range/],
    [
      'a year before the member joined',
      { year: 2024 },
      'BAD_USER_INPUT',
      /^input\.memberId: Kommunalförbundet Finansprov was not a member during 2024 \(member from 2025-03-01\)/,
    ],
  ])('refuses %s and writes nothing', async (_, change, code, message) => {
    await refused(RecordMembershipFeeDocument, { input: { ...fee(), year: 2026, ...change } }, code, message, change.year ?? 2026);
  });

  test('is for admins only', async () => {
    expect(errorOf(await hub.request(RecordMembershipFeeDocument, { input: { ...fee(), year: 2026 } })).code).toBe('FORBIDDEN');
  });
});

describe('recordServiceCharge', () => {
  /** Provisum's subscriptions by member name: Nacka's since 2015, Västerås's 2015–2016, Luleå's since 2017. */
  let provisum: Record<string, string>;
  let lulea: string;
  beforeAll(async () => {
    const { nodes } = dataOf(await hub.request(SubscriptionsDocument, { serviceId: services.Provisum, first: 100 })).subscriptions;
    provisum = Object.fromEntries(nodes.map((subscription) => [subscription.member.name, subscription.id]));
    lulea = nodes.find((subscription) => subscription.member.name === 'Luleå kommun')!.member.id;
  });
  const charge = () => ({ subscriptionId: provisum['Nacka kommun'], year: 2024, amount: '48000', note: 'Provisum 2024' });

  test("records a charge for a subscription: the subscription costs it, and it shows in the member's cost statement and the service's economy", async () => {
    const { recordServiceCharge } = dataOf(await asAdmin(RecordServiceChargeDocument, { input: charge() }));
    expect(recordServiceCharge).toMatchObject({
      year: 2024,
      subscription: { id: provisum['Nacka kommun'] },
      member: { name: 'Nacka kommun' },
      service: { name: 'Provisum' },
      amount: { amount: '48000.00' },
    });
    const { member } = dataOf(await hub.request(MemberCostStatementDocument, { id: nacka, year: 2024, activeOn: '2024-06-30' }, { as: ANALYST }));
    expect(member!.costStatement!.serviceCharges.map((line) => [line.service.name, line.subscription?.id, line.amount.amount])).toEqual([
      ['Provisum', provisum['Nacka kommun'], '48000.00'],
    ]);
    const costs = member!.subscriptions.map((subscription) => [subscription.id, subscription.cost?.amount.amount ?? null]);
    expect(costs).toEqual(member!.subscriptions.map((subscription) => [subscription.id, subscription.id === provisum['Nacka kommun'] ? '48000.00' : null]));
    const economy = dataOf(await hub.request(ServiceEconomiesDocument, { year: 2024 }, { as: ANALYST })).services.nodes.find(
      (service) => service.name === 'Provisum',
    )!.economy;
    expect(economy).toMatchObject({ charged: { amount: '48000.00' }, chargedMembers: 1 });
  });

  test.each<[string, () => Partial<ReturnType<typeof charge>>, string, RegExp]>([
    [
      "a second charge for Nacka's Provisum subscription in 2023",
      () => ({}),
      'CONFLICT',
      /^input\.year: this subscription is already charged for 2023; there is one charge per subscription and year/,
    ],
    ['an unknown subscription', () => ({ subscriptionId: UNKNOWN }), 'NOT_FOUND', /^input\.subscriptionId: no subscription with id/],
    [
      'a subscription that covers no day of the year',
      () => ({ subscriptionId: provisum['Västerås stad'] }),
      'BAD_USER_INPUT',
      /^input\.year: the subscription to Provisum runs 2015-01-01 – 2017-01-01, no day of 2023; charge it for a year it covers/,
    ],
    ['a negative amount', () => ({ amount: '-0.01' }), 'BAD_USER_INPUT', /^input\.amount: -0\.01 is negative/],
    ['a year out of range', () => ({ year: 2004 }), 'BAD_USER_INPUT', /^input\.year: 2004 is out of range/],
  ])('refuses %s and writes nothing', async (_, change, code, message) => {
    const input = { ...charge(), year: 2023, ...change() };
    await refused(RecordServiceChargeDocument, { input }, code, message, input.year);
  });

  test('refuses a charge beside one recorded before charges named their subscription, which would count the year twice', async () => {
    const insert = `insert into finance.service_charge (id, member_id, service_id, year, amount_ore, source) values (?, ?, ?, 2026, 100, 'ENTERED')`;
    await hub.subgraphs.finance.orm.em.getConnection().execute(insert, [randomUUID(), lulea, services.Provisum]);
    const input = { subscriptionId: provisum['Luleå kommun'], year: 2026, amount: '1' };
    const message =
      /^input\.year: the member was charged for Provisum in 2026 before charges named their subscription \(charge [0-9a-f-]{36}\); there is one charge per subscription and year$/;
    await refused(RecordServiceChargeDocument, { input }, 'CONFLICT', message, 2026);
  });
});

describe('recordServiceCost', () => {
  const cost = () => ({ serviceId: services.UKA, year: 2024, category: 'Hosting', amount: '75000.00', note: 'Operations partner' });

  test("records a cost, which the service's economy subtracts", async () => {
    expect(dataOf(await asAdmin(RecordServiceCostDocument, { input: cost() })).recordServiceCost).toMatchObject({
      category: 'Hosting',
      service: { name: 'UKA' },
      amount: { amount: '75000.00' },
    });
    const uka = dataOf(await hub.request(ServiceEconomiesDocument, { year: 2024 }, { as: ANALYST })).services.nodes.find((service) => service.name === 'UKA')!;
    expect(uka.economy).toMatchObject({ charged: { amount: '0.00' }, costs: { amount: '75000.00' }, balance: { amount: '-75000.00' }, covered: false });
  });

  test.each([
    ['an unknown service', { serviceId: UNKNOWN }, 'NOT_FOUND', /^input\.serviceId: no service with id/],
    ['an empty category', { category: '' }, 'BAD_USER_INPUT', /category/],
    ['a negative amount', { amount: '-5' }, 'BAD_USER_INPUT', /^input\.amount: /],
    ['a year out of range', { year: 3000 }, 'BAD_USER_INPUT', /^input\.year: 3000 is out of range/],
  ])('refuses %s', async (_, change, code, message) => {
    const error = errorOf(await asAdmin(RecordServiceCostDocument, { input: { ...cost(), ...change } }));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });
});

describe('recordProjectFunding', () => {
  const grant = () => ({ projectId: ivis, year: 2017, kind: 'GRANT' as const, grantor: 'Skolverket', amount: '100000' });
  const funding = async () => dataOf(await hub.request(ProjectFundingDocument, { id: ivis }, { as: ANALYST })).project!.funding!;
  const recordFunding = (input: ProjectFundingInput) => asAdmin(RecordProjectFundingDocument, { input });

  test('records a grant and a member contribution', async () => {
    expect(dataOf(await recordFunding(grant())).recordProjectFunding).toMatchObject({ grantor: 'Skolverket', member: null, project: { name: 'ivis' } });
    const contribution = { projectId: ivis, year: 2016, kind: 'MEMBER_CONTRIBUTION' as const, memberId: nacka, amount: '20000' };
    expect(dataOf(await recordFunding(contribution)).recordProjectFunding).toMatchObject({ grantor: null, member: { name: 'Nacka kommun' } });
    const { member } = dataOf(await hub.request(MemberCostStatementDocument, { id: nacka, year: 2016, activeOn: '2016-06-30' }, { as: ANALYST }));
    expect(member!.costStatement!.projectContributions).toEqual([{ project: { id: ivis, name: 'ivis' }, amount: { amount: '20000.00', currency: 'SEK' } }]);
  });

  test.each<[string, () => Partial<Parameters<typeof recordFunding>[0]>, string, RegExp]>([
    ['a grant without grantor', () => ({ grantor: null }), 'BAD_USER_INPUT', /^input\.grantor: a grant needs its grantor/],
    ['a grant from a member', () => ({ memberId: nacka }), 'BAD_USER_INPUT', /^input\.memberId: a grant comes from a grantor, not a member/],
    [
      'a contribution without member',
      () => ({ kind: 'MEMBER_CONTRIBUTION', grantor: null }),
      'BAD_USER_INPUT',
      /^input\.memberId: a member contribution needs the contributing member/,
    ],
    [
      'a contribution from an unknown member',
      () => ({ kind: 'MEMBER_CONTRIBUTION', grantor: null, memberId: UNKNOWN }),
      'NOT_FOUND',
      /^input\.memberId: no member with id/,
    ],
    ['an unknown project', () => ({ projectId: UNKNOWN }), 'NOT_FOUND', /^input\.projectId: no project with id/],
    ['a negative amount', () => ({ amount: '-1' }), 'BAD_USER_INPUT', /^input\.amount: /],
  ])('refuses %s and writes nothing', async (_, change, code, message) => {
    const before = await funding();
    const error = errorOf(await recordFunding({ ...grant(), ...change() }));
    expect(error).toMatchObject({ code });
    expect(error.message).toMatch(message);
    expect(await funding()).toEqual(before);
  });
});

describe('createBudget and addBudgetLine', () => {
  const lines = [
    { category: 'Membership fees', kind: 'INCOME' as const, amount: '3800000' },
    { category: 'Services', kind: 'INCOME' as const, amount: '13000000.50' },
    { category: 'IT services', kind: 'COST' as const, section: 'External costs', amount: '3100000' },
    { category: 'Personnel costs', kind: 'COST' as const, section: 'Personnel costs', amount: '3600000' },
  ];
  const input = () => ({ year: 2024, version: 'Preliminary 2023-12-12', issuedOn: '2023-12-12', status: 'PRELIMINARY' as const, lines });
  const budgetCount = async () => dataOf(await hub.request(BudgetsDocument)).budgets.length;

  test('records a budget whose totals are computed from its lines, with nothing stated', async () => {
    const { createBudget } = dataOf(await asAdmin(CreateBudgetDocument, { input: input() }));
    expect(createBudget).toMatchObject({ year: 2024, source: 'ENTERED', document: null });
    expect(createBudget.totalIncome).toMatchObject({ computed: { amount: '16800000.50' }, stated: null, difference: null });
    expect(createBudget.result.computed.amount).toBe('10100000.50');
    expect(createBudget.lines.map((line) => line.position)).toEqual([1, 2, 3, 4]);

    const { addBudgetLine } = dataOf(
      await asAdmin(AddBudgetLineDocument, {
        budgetId: createBudget.id,
        input: { category: 'Consultant fees', kind: 'COST', section: 'External costs', amount: '10000000.50' },
      }),
    );
    expect(addBudgetLine.lines.at(-1)).toMatchObject({ position: 5, category: 'Consultant fees' });
    expect(addBudgetLine.sectionTotals.find((total) => total.section === 'External costs')?.computed.amount).toBe(sek(13_100_000).replace('.00', '.50'));
    expect(addBudgetLine.result.computed.amount).toBe(sek(100_000));
    expect(dataOf(await hub.request(BudgetDocument, { year: 2024 })).budget?.id).toBe(createBudget.id);
  });

  test.each([
    [
      'a version the year already has',
      { version: 'Preliminary 2023-12-12' },
      'CONFLICT',
      /^input\.version: budget 2024 already has a version "Preliminary 2023-12-12"/,
    ],
    ['the same category twice', { version: 'v2', lines: [lines[0], lines[0]] }, 'CONFLICT', /^input\.lines\.1\.category: "Membership fees" appears twice/],
    [
      'a line with a bad amount',
      { version: 'v3', lines: [lines[0], { ...lines[1], amount: 'lots' }] },
      'BAD_USER_INPUT',
      /^input\.lines\.1\.amount: "lots" is not an amount/,
    ],
    ['a negative line', { version: 'v4', lines: [{ ...lines[2], amount: '-3100000' }] }, 'BAD_USER_INPUT', /^input\.lines\.0\.amount: -3100000 is negative/],
    ['a year out of range', { year: 2004 }, 'BAD_USER_INPUT', /^input\.year: 2004 is out of range/],
  ])('refuses %s and writes nothing', async (_, change, code, message) => {
    const before = await budgetCount();
    const error = errorOf(await asAdmin(CreateBudgetDocument, { input: { ...input(), ...change } }));
    expect(error).toMatchObject({ code });
    expect(error.message).toMatch(message);
    expect(await budgetCount()).toBe(before);
  });

  test('addBudgetLine refuses an unknown budget, the annual accounts and a category the budget has', async () => {
    const line = { category: 'Personnel costs', kind: 'COST' as const, amount: '1' };
    const budget2023 = dataOf(await hub.request(BudgetDocument, { year: 2023 })).budget!;
    expect(errorOf(await asAdmin(AddBudgetLineDocument, { budgetId: UNKNOWN, input: line }))).toMatchObject({
      code: 'NOT_FOUND',
      message: `budgetId: no budget with id "${UNKNOWN}"`,
    });
    const accounts2017 = dataOf(await hub.request(AnnualAccountsDocument, { year: 2017 })).annualAccounts!;
    expect(errorOf(await asAdmin(AddBudgetLineDocument, { budgetId: accounts2017.id, input: line }))).toMatchObject({
      code: 'NOT_FOUND',
      message: `budgetId: no budget with id "${accounts2017.id}"`,
    });
    expect(errorOf(await asAdmin(AddBudgetLineDocument, { budgetId: budget2023.id, input: line }))).toMatchObject({
      code: 'CONFLICT',
      message: 'input.category: budget 2023 (Preliminary 2022-12-13) already has a line "Personnel costs"',
    });
    expect(dataOf(await hub.request(BudgetDocument, { year: 2023 })).budget!.lines).toHaveLength(budget2023.lines.length);
    expect(errorOf(await hub.request(AddBudgetLineDocument, { budgetId: budget2023.id, input: { ...line, category: 'Travel' } })).code).toBe('FORBIDDEN');
  });
});

/** 95 subscriptions to Bibblix covering 2025, none of them Nacka's: its users then, and members subscribed for the year. */
async function bibblixSubscriptions2025(): Promise<string[]> {
  const membersOn = async (day: string) =>
    dataOf(await hub.request(MembersActiveOnDocument, { activeOn: day, first: 1000 })).members.nodes.map((member) => member.id);
  const users = dataOf(
    await hub.request(SubscriptionsDocument, { serviceId: services.Bibblix, activeOn: '2025-06-30', first: 1000 }),
  ).subscriptions.nodes.filter((s) => s.member.id !== nacka);
  const december = new Set(await membersOn('2025-12-31'));
  const others = (await membersOn('2025-01-01')).filter((id) => id !== nacka && december.has(id) && !users.some((s) => s.member.id === id));
  const subscribed = [];
  for (const memberId of others.slice(0, 95 - users.length)) {
    subscribed.push(
      dataOf(await asAdmin(SubscribeMemberDocument, { input: { serviceId: services.Bibblix, memberId, from: '2025-01-01', to: '2026-01-01' } })).subscribeMember
        .id,
    );
  }
  return [...users.map((subscription) => subscription.id), ...subscribed].slice(0, 95);
}

test('totals beyond 64 bits stay exact: 95 charges of 999 999 999 999 999.99 SEK', async () => {
  const subscriptions = await bibblixSubscriptions2025();
  expect(subscriptions).toHaveLength(95);
  const amount = '999999999999999.99';
  for (const subscriptionId of subscriptions) dataOf(await asAdmin(RecordServiceChargeDocument, { input: { subscriptionId, year: 2025, amount } }));
  const expected = BigInt(subscriptions.length) * ore(amount);
  expect(expected).toBeGreaterThan(2n ** 63n);
  const row = dataOf(await hub.request(CostReportDocument, { year: 2025, groupBy: 'SERVICE' }, { as: ANALYST })).costReport!.rows.find(
    (candidate) => candidate.key === services.Bibblix,
  )!;
  expect(ore(row.serviceCharges.amount)).toBe(expected);
  const bibblix = dataOf(await hub.request(ServiceEconomiesDocument, { year: 2025 }, { as: ANALYST })).services.nodes.find(
    (service) => service.name === 'Bibblix',
  )!;
  expect(bibblix.economy!.charged.amount).toBe('94999999999999999.05');
});

test('charges can be listed for a member across years', async () => {
  const charges = dataOf(await hub.request(ChargesDocument, { memberId: nacka, first: 100 }, { as: ANALYST })).charges!;
  expect(charges.nodes.every((charge) => charge.member.id === nacka)).toBe(true);
  expect(new Set(charges.nodes.map((charge) => charge.year))).toEqual(new Set([2022, 2023, 2024]));
  expect(errorOf(await hub.request(ChargesDocument, { memberId: 'nacka', first: 1 }, { as: ANALYST }))).toMatchObject({
    code: 'BAD_USER_INPUT',
    message: 'memberId: "nacka" is not an id',
  });
});
