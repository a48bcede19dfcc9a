import {
  AdmitMemberDocument,
  MemberCostSeriesDocument,
  MembersCostSeriesDocument,
  SearchMembersDocument,
  ServiceEconomySeriesDocument,
} from '../generated/graphql';
import { ADMIN, ANALYST, type Caller, dataOf, errorOf, type Hub, memberUser, startHub } from '../hub';

let hub: Hub;
let nacka: string;
beforeAll(async () => {
  hub = await startHub(['membership', 'services', 'projects', 'finance']);
  nacka = dataOf(await hub.request(SearchMembersDocument, { search: 'Nacka', first: 1 })).members.nodes[0].id;
});
afterAll(() => hub?.stop());

/** A member's cost series asked by a caller (an analyst unless another is named; null for anonymous). */
const seriesOf = (id: string, fromYear: number, toYear: number, as: Caller | null = ANALYST) =>
  hub.request(MemberCostSeriesDocument, { id, fromYear, toYear }, { as: as ?? undefined });
const reasons = (entries: Array<{ year: number; missingReason?: string | null }>) => entries.map((entry) => [entry.year, entry.missingReason ?? null]);

describe('Member.costStatements', () => {
  test('Nacka 2012–2024: not a member before it joined in 2014, no records 2018–2021 and 2024, a statement in every recorded year', async () => {
    const member = dataOf(await seriesOf(nacka, 2012, 2024)).member!;
    expect(member.joinedOn).toBe('2014-10-22');
    expect(reasons(member.costStatements!)).toEqual([
      [2012, 'NOT_A_MEMBER'],
      [2013, 'NOT_A_MEMBER'],
      [2014, null],
      [2015, null],
      [2016, null],
      [2017, null],
      [2018, 'NOT_RECORDED'],
      [2019, 'NOT_RECORDED'],
      [2020, 'NOT_RECORDED'],
      [2021, 'NOT_RECORDED'],
      [2022, null],
      [2023, null],
      [2024, 'NOT_RECORDED'],
    ]);
    for (const entry of member.costStatements!) expect(entry.statement === null).toBe(entry.missingReason !== null);
    const of2023 = member.costStatements!.find((entry) => entry.year === 2023)!.statement!;
    expect(of2023.total).toEqual(member.costStatement!.total);
    expect(of2023.total.amount).toBe('1811004.55');
  });

  test('a member admitted in mid-2023 paid nothing in 2023 (zero, not null) and was no member in 2022', async () => {
    const input = { name: 'Kommunalförbundet Sydarkivera', kind: 'MUNICIPAL_FEDERATION' as const, organisationNumber: '222000-3012', joinedOn: '2023-06-01' };
    const { admitMember } = dataOf(await hub.request(AdmitMemberDocument, { input }, { as: ADMIN }));
    const entries = dataOf(await seriesOf(admitMember.id, 2022, 2024)).member!.costStatements!;
    expect(reasons(entries)).toEqual([
      [2022, 'NOT_A_MEMBER'],
      [2023, null],
      [2024, 'NOT_RECORDED'],
    ]);
    expect(entries[1].statement).toMatchObject({ year: 2023, membershipFee: null, total: { amount: '0.00' } });
  });

  test('the same access as costStatement: a member user sees its own series only, anonymous callers none', async () => {
    expect(dataOf(await seriesOf(nacka, 2022, 2023, memberUser(nacka))).member!.costStatements).toHaveLength(2);
    const lund = dataOf(await hub.request(SearchMembersDocument, { search: 'Lund', first: 1 })).members.nodes[0].id;
    expect(errorOf(await seriesOf(nacka, 2022, 2023, memberUser(lund))).code).toBe('FORBIDDEN');
    expect(errorOf(await seriesOf(nacka, 2022, 2023, null)).code).toBe('FORBIDDEN');
  });

  test.each([
    [2023, 2022, /^toYear: 2022 is before fromYear 2023/],
    [1990, 2023, /^fromYear: 1990 is out of range/],
    [2005, 2040, /^toYear: 2040 is out of range/],
  ])('fromYear %i, toYear %i is BAD_USER_INPUT naming the argument', async (fromYear, toYear, message) => {
    const error = errorOf(await seriesOf(nacka, fromYear, toYear));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(message);
  });

  test('the series of 5 members over 2 years takes as many SQL statements as every member over 13 years', async () => {
    const run = (first: number, toYear: number) =>
      hub.countStatements(async () => dataOf(await hub.request(MembersCostSeriesDocument, { first, fromYear: 2012, toYear }, { as: ANALYST })));
    const few = await run(5, 2013);
    const all = await run(1000, 2024);
    expect(all).toEqual(few);
    expect(all.finance).toBeLessThanOrEqual(5);
  });
});

describe('Service.economies', () => {
  test('2012–2024: null with NOT_RECORDED where no service has charges or costs, each recorded year equal to economy(year), zero where a service was not charged', async () => {
    const { services } = dataOf(await hub.request(ServiceEconomySeriesDocument, { fromYear: 2012, toYear: 2024 }, { as: ANALYST }));
    expect(services.nodes.length).toBeGreaterThan(5);
    for (const service of services.nodes) {
      const recorded = service.economies!.filter((entry) => entry.economy).map((entry) => entry.year);
      expect(recorded).toEqual([2022, 2023]);
      expect(service.economies!.filter((entry) => !entry.economy).every((entry) => entry.missingReason === 'NOT_RECORDED')).toBe(true);
      const of2023 = service.economies!.find((entry) => entry.year === 2023)!.economy!;
      expect({ charged: of2023.charged, costs: of2023.costs }).toEqual(service.economy);
    }
    const bibblix = services.nodes.find((service) => service.name === 'Bibblix')!.economies!.find((entry) => entry.year === 2023)!.economy!;
    expect(bibblix).toMatchObject({ charged: { amount: '1496321.00' }, chargedMembers: 76, covered: true });
    const unpaid = services.nodes.flatMap((service) => service.economies!).filter((entry) => entry.economy?.charged.amount === '0.00');
    expect(unpaid.length).toBeGreaterThan(0);
  });

  test('members may not see a service economy series', async () => {
    const response = await hub.request(ServiceEconomySeriesDocument, { fromYear: 2022, toYear: 2023 }, { as: memberUser(nacka) });
    expect(response.errors?.every((error) => error.extensions?.code === 'FORBIDDEN')).toBe(true);
  });
});
