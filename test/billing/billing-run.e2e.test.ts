import { organisationNumber } from '../../subgraphs/shared/domain/organisation-number';
import { ore, sek } from '../finance/money';
import {
  AdmitMemberDocument,
  BillingRunDocument,
  type BillingRunMutation,
  CostReportDocument,
  FinanceAuditTrailDocument,
  type MemberAgreementInput,
  MemberFeesDocument,
  RecordMemberAgreementDocument,
  RecordPopulationDocument,
  SearchMembersDocument,
  ServiceEconomiesDocument,
  SubscribeMemberDocument,
} from '../generated/graphql';
import { ADMIN, ANALYST, dataOf, errorOf, type Hub, startHub } from '../hub';

type Result = BillingRunMutation['billingRun'];

let hub: Hub;
let nacka: string;
let bibblix: string;
let provisum: string;
beforeAll(async () => {
  hub = await startHub(['membership', 'services', 'projects', 'finance'], { today: '2024-02-01' });
  nacka = dataOf(await hub.request(SearchMembersDocument, { search: 'Nacka', first: 1 })).members.nodes[0].id;
  const economies = dataOf(await hub.request(ServiceEconomiesDocument, { year: 2023 }, { as: ANALYST })).services.nodes;
  bibblix = economies.find((service) => service.name === 'Bibblix')!.id;
  provisum = economies.find((service) => service.name === 'Provisum')!.id;
});
afterAll(() => hub?.stop());

const run = async (year: number, dryRun: boolean): Promise<Result> => dataOf(await hub.request(BillingRunDocument, { year, dryRun }, { as: ADMIN })).billingRun;
const auditCount = async () => dataOf(await hub.request(FinanceAuditTrailDocument, { first: 1 }, { as: ADMIN })).financeAuditTrail.totalCount;
const paid = async (year: number) => dataOf(await hub.request(CostReportDocument, { year, groupBy: 'MEMBER' }, { as: ANALYST })).costReport!;
const byStatus = (result: Result) =>
  result.lines.reduce((counts, line) => counts.set(line.status, (counts.get(line.status) ?? 0) + 1), new Map<string, number>());

describe('the seeded 2023 comes from a billing run', () => {
  test('a dry run computes the budget exactly (fees 3 701 600, charges 12 968 114), finds every line recorded as computed and writes nothing', async () => {
    const before = await auditCount();
    const result = await run(2023, true);
    expect(result).toMatchObject({ year: 2023, dryRun: true, run: null, written: 0 });
    expect(result.membershipFees.amount).toBe(sek(3_701_600));
    expect(result.serviceCharges.amount).toBe(sek(12_968_114));
    expect(byStatus(result)).toEqual(new Map([['UNCHANGED', result.lines.length]]));
    expect(await auditCount()).toBe(before);
  });

  test('each line says how it was computed: the model version, population on the reference day, days and share', async () => {
    const result = await run(2023, true);
    const fee = result.lines.find((line) => line.kind === 'MEMBERSHIP_FEE' && line.member.id === nacka)!;
    expect(fee).toMatchObject({
      member: { name: 'Nacka kommun' },
      service: null,
      priceModel: { version: 6, kind: 'SHARED_COST', validFrom: '2023-01-01', source: 'DEMO' },
      population: 108_000,
      populationOn: '2022-11-01',
      days: 365,
      band: '80 000–149 999 inhabitants',
      agreement: null,
      difference: { amount: '0.00' },
    });
    expect(fee.share).toMatch(/^1825\/\d+$/);
    expect(fee.amount).toEqual(fee.recorded);
    const charges = result.lines.filter((line) => line.kind === 'SERVICE_CHARGE');
    expect(charges.every((line) => line.subscription !== null && line.service !== null && line.days > 0)).toBe(true);
  });

  test('committing the unchanged year changes nothing: no run, no line, no audit record', async () => {
    const before = await auditCount();
    const reportBefore = await paid(2023);
    const result = await run(2023, false);
    expect(result).toMatchObject({ dryRun: false, run: null, written: 0 });
    expect(await paid(2023)).toEqual(reportBefore);
    expect(await auditCount()).toBe(before);
  });
});

describe('a member that joins in the middle of the year', () => {
  let newcomer: string;
  beforeAll(async () => {
    const input = {
      name: 'Mittårs kommun',
      kind: 'MUNICIPALITY' as const,
      organisationNumber: organisationNumber('212000731'),
      population: 20_000,
      joinedOn: '2023-07-01',
    };
    newcomer = dataOf(await hub.request(AdmitMemberDocument, { input }, { as: ADMIN })).admitMember.id;
    await hub.request(SubscribeMemberDocument, { input: { serviceId: bibblix, memberId: newcomer, from: '2023-09-01' } }, { as: ADMIN });
  });

  test('a dry run bills it pro rata by days (184 of the fee, 122 of Bibblix) and shares the same totals with it, adjusting the others', async () => {
    const result = await run(2023, true);
    const mine = result.lines.filter((line) => line.member.id === newcomer);
    expect(mine.map((line) => [line.kind, line.days, line.status, line.recorded.amount])).toEqual([
      ['MEMBERSHIP_FEE', 184, 'NEW', '0.00'],
      ['SERVICE_CHARGE', 122, 'NEW', '0.00'],
    ]);
    expect(mine[0].band).toBe('15 000–39 999 inhabitants');
    expect(result.membershipFees.amount).toBe(sek(3_701_600));
    expect(result.serviceCharges.amount).toBe(sek(12_968_114));
    const adjusted = result.lines.filter((line) => line.status === 'ADJUSTED');
    expect(adjusted.length).toBeGreaterThan(100);
    expect(adjusted.every((line) => ore(line.difference.amount) < 0n)).toBe(true);
    expect(result.written).toBe(2 + adjusted.length);
    expect(result.run).toBeNull();
  });

  test('committing writes the new lines and adjustments in one audited run; the recorded totals stay the budget; fees already committed keep their rows', async () => {
    const nackaBefore = dataOf(await hub.request(MemberFeesDocument, { id: nacka, year: 2023 }, { as: ADMIN })).member!;
    const before = await auditCount();
    const result = await run(2023, false);
    expect(result.run).toMatchObject({ year: 2023, ranBy: 'admin@sambruk.example' });
    expect(result.run!.written).toBe(result.written);
    expect(JSON.parse(result.run!.inputsJson).models.length).toBeGreaterThan(1);
    const records = dataOf(await hub.request(FinanceAuditTrailDocument, { first: 1 }, { as: ADMIN })).financeAuditTrail;
    expect(records.totalCount).toBe(before + 1);
    expect(records.nodes[0]).toEqual({ operation: 'billingRun', entityType: 'BillingRun', change: 'CREATED' });

    const report = await paid(2023);
    expect(report.membershipFees.amount).toBe(sek(3_701_600));
    expect(report.serviceCharges.amount).toBe(sek(12_968_114));

    const nackaAfter = dataOf(await hub.request(MemberFeesDocument, { id: nacka, year: 2023 }, { as: ADMIN })).member!;
    expect(nackaAfter.membershipFee).toEqual(nackaBefore.membershipFee);
    const nackaDifference = result.lines.filter((line) => line.member.id === nacka).reduce((sum, line) => sum + ore(line.difference.amount), 0n);
    expect(ore(nackaAfter.costStatement!.total.amount)).toBe(ore(nackaBefore.costStatement!.total.amount) + nackaDifference);
    const newcomerFee = dataOf(await hub.request(MemberFeesDocument, { id: newcomer, year: 2023 }, { as: ADMIN })).member!.membershipFee!;
    expect(newcomerFee).toMatchObject({ sequence: 0, origin: 'BILLING_RUN' });
    expect(newcomerFee.computation).toMatch(/SHARED_COST model version 6 \(valid from 2023-01-01\); population 20000 on 2022-11-01; 184 days/);
  });

  test('running the year again changes nothing', async () => {
    const result = await run(2023, false);
    expect(result).toMatchObject({ run: null, written: 0 });
    expect(byStatus(result).get('UNCHANGED')).toBe(result.lines.length);
  });
});

test('two runs of one year at once: the year is billed once, a run that finds the year locked is CONFLICT', async () => {
  const input = {
    name: 'Samtidiga kommun',
    kind: 'MUNICIPALITY' as const,
    organisationNumber: organisationNumber('212000749'),
    population: 5_000,
    joinedOn: '2023-10-01',
  };
  dataOf(await hub.request(AdmitMemberDocument, { input }, { as: ADMIN }));
  const responses = await Promise.all([1, 2, 3].map(() => hub.request(BillingRunDocument, { year: 2023, dryRun: false }, { as: ADMIN })));
  const wrote = responses.filter((response) => !response.errors && response.data!.billingRun.written > 0);
  const refused = responses.filter((response) => response.errors);
  expect(wrote).toHaveLength(1);
  for (const response of refused)
    expect(errorOf(response)).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/^year: another billing run of 2023/) });
  expect((await run(2023, true)).written).toBe(0);
  expect((await paid(2023)).membershipFees.amount).toBe(sek(3_701_600));
});

test('a run reads in a constant number of SQL statements: the same for 2015 (fees of fewer members) as for 2023', async () => {
  const counts = async (year: number) => (await hub.countStatements(() => run(year, true))).finance;
  expect(await counts(2015)).toBe(await counts(2023));
});

describe('refused', () => {
  test('a year with no model in force, naming the argument; nothing written', async () => {
    const before = await auditCount();
    expect(errorOf(await hub.request(BillingRunDocument, { year: 2010, dryRun: false }, { as: ADMIN }))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'year: no fee schedule or price model is in force on 2010-01-01: define one valid from that day or earlier',
    });
    expect(errorOf(await hub.request(BillingRunDocument, { year: 1999, dryRun: true }, { as: ADMIN })).code).toBe('BAD_USER_INPUT');
    expect(await auditCount()).toBe(before);
  });

  test('for admins only', async () => {
    expect(errorOf(await hub.request(BillingRunDocument, { year: 2023, dryRun: true }, { as: ANALYST })).code).toBe('FORBIDDEN');
  });
});

describe("a member's agreement", () => {
  const agreement = (input: Partial<MemberAgreementInput>) =>
    hub.request(RecordMemberAgreementDocument, { input: { memberId: nacka, serviceId: provisum, from: '2023-01-01', ...input } }, { as: ADMIN });

  test('a fixed amount overrides the model; the rest of the shared cost is shared among the others', async () => {
    const before = await run(2023, true);
    const share = (result: Result, member: string) => result.lines.find((line) => line.member.id === member && line.service?.id === provisum)!;
    dataOf(await agreement({ fixed: '100000', note: 'Demonstration agreement' }));
    const after = await run(2023, true);
    expect(share(after, nacka)).toMatchObject({ agreement: 'fixed 100000.00 SEK a year', amount: { amount: sek(100_000) }, status: 'ADJUSTED' });
    expect(after.serviceCharges.amount).toBe(before.serviceCharges.amount);
    const others = after.lines.filter((line) => line.service?.id === provisum && line.member.id !== nacka);
    expect(others.every((line) => line.status === 'ADJUSTED' && ore(line.difference.amount) > 0n)).toBe(true);
  });

  test('refused: an overlapping agreement, both a discount and a fixed amount, an unknown member', async () => {
    expect(errorOf(await agreement({ from: '2023-06-01', discountPercent: 10 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/^input\.from: the member already has an agreement for this fee or service 2023-01-01 – until further notice/),
    });
    expect(errorOf(await agreement({ from: '2030-01-01', discountPercent: 10, fixed: '5' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/^input\.fixed: give either/),
    });
    expect(errorOf(await agreement({ memberId: '00000000-0000-4000-8000-000000000000', from: '2030-01-01', discountPercent: 10 })).code).toBe('NOT_FOUND');
  });
});

test("populations are taken on the model's reference day from membership's history, so a later figure does not change the year", async () => {
  const fee = async () => (await run(2023, true)).lines.find((line) => line.kind === 'MEMBERSHIP_FEE' && line.member.id === nacka)!;
  const record = (on: string, population: number) => hub.request(RecordPopulationDocument, { memberId: nacka, on, population }, { as: ADMIN });
  dataOf(await record('2023-05-01', 400_000));
  expect(await fee()).toMatchObject({ population: 108_000, band: '80 000–149 999 inhabitants' });
  dataOf(await record('2022-10-15', 200_000));
  expect(await fee()).toMatchObject({ population: 200_000, populationOn: '2022-11-01', band: '150 000–499 999 inhabitants', status: 'ADJUSTED' });
  expect(errorOf(await record('2022-10-15', 1))).toMatchObject({
    code: 'CONFLICT',
    message: 'on: Nacka kommun already has a population recorded for 2022-10-15',
  });
  expect(errorOf(await record('2022-10-16', -1))).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/^population: -1 is negative/) });
});
