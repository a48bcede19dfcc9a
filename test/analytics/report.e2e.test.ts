import { ore, sek, sumAmounts } from '../finance/money';
import { CostReportDocument, FinanceReportDocument, type FinanceReportInput } from '../generated/graphql';
import { ANALYST, dataOf, errorOf, type Hub, startHub } from '../hub';

let hub: Hub;
beforeAll(async () => {
  hub = await startHub(['membership', 'services', 'projects', 'finance']);
});
afterAll(() => hub?.stop());

const ask = (input: FinanceReportInput) => hub.request(FinanceReportDocument, { input }, { as: ANALYST });
const report = async (input: FinanceReportInput) => dataOf(await ask(input)).financeReport!;
type Row = Awaited<ReturnType<typeof report>>['rows'][number];
const totalOf = (rows: Row[], part: 'membershipFees' | 'serviceCharges' | 'total') => sumAmounts(rows.map((row) => row[part]));

describe('financeReport', () => {
  test('by year 2022–2023: the fees and service charges of the budgets (3 400 000 and 17 873 120; 3 701 600 and 12 968 114)', async () => {
    const { rows, total } = await report({ fromYear: 2022, toYear: 2023, dimensions: ['YEAR'] });
    expect(rows.map((row) => [row.year, row.membershipFees.amount, row.serviceCharges.amount])).toEqual([
      [2022, sek(3_400_000), sek(17_873_120)],
      [2023, sek(3_701_600), sek(12_968_114)],
    ]);
    expect(ore(total.total.amount)).toBe(totalOf(rows, 'total'));
    expect(total.memberCount).toBeGreaterThanOrEqual(140);
  });

  test('cost per resident per service by county 2022–2023: rows add up, and each per-resident figure is its members’ total over their inhabitants', async () => {
    const byServiceAndCounty = await report({ fromYear: 2022, toYear: 2023, dimensions: ['SERVICE', 'COUNTY'] });
    expect(totalOf(byServiceAndCounty.rows, 'serviceCharges')).toBe(ore(sek(17_873_120)) + ore(sek(12_968_114)));
    expect(byServiceAndCounty.rows.every((row) => row.county === null || /län$/.test(row.county))).toBe(true);
    const bibblixStockholm = byServiceAndCounty.rows.find((row) => row.service?.name === 'Bibblix' && row.county === 'Stockholms län')!;
    expect(bibblixStockholm.memberCount).toBeGreaterThan(1);

    const { rows: byMember } = await report({
      fromYear: 2022,
      toYear: 2023,
      dimensions: ['SERVICE', 'COUNTY', 'MEMBER'],
      filter: { serviceIds: [bibblixStockholm.service!.id], counties: ['STOCKHOLMS LÄN'] },
    });
    expect(byMember).toHaveLength(bibblixStockholm.memberCount);
    const inhabited = byMember.filter((row) => row.member!.population !== null);
    const population = inhabited.reduce((sum, row) => sum + row.member!.population!, 0);
    expect(bibblixStockholm.population).toBe(population);
    const paid = totalOf(inhabited, 'total');
    expect(ore(bibblixStockholm.perResident!.amount)).toBe((2n * paid + BigInt(population)) / (2n * BigInt(population)));
    expect(totalOf(byMember, 'total')).toBe(ore(bibblixStockholm.total.amount));
  });

  test('three dimensions (year, member kind, population band) partition the same total as none', async () => {
    const input = { fromYear: 2014, toYear: 2023 };
    const grouped = await report({ ...input, dimensions: ['YEAR', 'MEMBER_KIND', 'POPULATION_BAND'] });
    const whole = await report({ ...input, dimensions: [] });
    expect(whole.rows).toHaveLength(1);
    expect(totalOf(grouped.rows, 'total')).toBe(ore(whole.total.total.amount));
    expect(new Set(grouped.rows.map((row) => row.year))).toEqual(new Set([2014, 2015, 2016, 2017, 2018, 2022, 2023]));
    expect(grouped.rows.find((row) => row.memberKind === 'MUNICIPAL_FEDERATION')?.populationBand).toBe('NO_INHABITANTS');
    const years = grouped.rows.map((row) => row.year!);
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  test('filters: a county by name in any case or by länskod, member kinds and population bands narrow the members; a service leaves out fees', async () => {
    const byCounty = await report({ fromYear: 2023, toYear: 2023, dimensions: ['COUNTY'] });
    const stockholm = byCounty.rows.find((row) => row.county === 'Stockholms län')!;
    const filtered = await report({ fromYear: 2023, toYear: 2023, dimensions: [], filter: { counties: ['stockholms LÄN'] } });
    expect(filtered.total.total).toEqual(stockholm.total);
    const byCode = await report({ fromYear: 2023, toYear: 2023, dimensions: [], filter: { counties: ['01'] } });
    expect(byCode.total.total).toEqual(stockholm.total);
    const municipalities = await report({ fromYear: 2023, toYear: 2023, dimensions: ['MEMBER_KIND'], filter: { memberKinds: ['MUNICIPALITY'] } });
    expect(municipalities.rows.map((row) => row.memberKind)).toEqual(['MUNICIPALITY']);
    const large = await report({ fromYear: 2023, toYear: 2023, dimensions: ['POPULATION_BAND'], filter: { populationBands: ['FROM_500000'] } });
    expect(large.rows.map((row) => row.populationBand)).toEqual(['FROM_500000']);
    const service = (await report({ fromYear: 2023, toYear: 2023, dimensions: ['SERVICE'] })).rows.find((row) => row.service)!;
    const charges = await report({ fromYear: 2023, toYear: 2023, dimensions: [], filter: { serviceIds: [service.service!.id] } });
    expect(charges.total).toMatchObject({ membershipFees: { amount: '0.00' }, serviceCharges: service.serviceCharges, total: service.total });
  });

  test('TOTAL_DESC orders the largest first; the one-year costReport is the same report', async () => {
    const { rows } = await report({ fromYear: 2023, toYear: 2023, dimensions: ['COUNTY'], orderBy: 'TOTAL_DESC' });
    const totals = rows.map((row) => ore(row.total.amount));
    expect(totals).toEqual([...totals].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
    const costReport = dataOf(await hub.request(CostReportDocument, { year: 2023, groupBy: 'COUNTY' }, { as: ANALYST })).costReport!;
    expect(costReport.rows.map((row) => [row.key, row.total.amount])).toEqual(rows.map((row) => [row.county, row.total.amount]));
  });

  test.each([
    ['four dimensions', { dimensions: ['YEAR', 'MEMBER', 'SERVICE', 'COUNTY'] }, /^input\.dimensions: group by at most three/],
    ['a dimension twice', { dimensions: ['YEAR', 'YEAR'] }, /^input\.dimensions: name each dimension once/],
    ['toYear before fromYear', { fromYear: 2023, toYear: 2022 }, /^input\.toYear: 2022 is before fromYear 2023/],
    ['a year out of range', { fromYear: 1999 }, /^input\.fromYear: 1999 is out of range/],
  ] as const)('%s is BAD_USER_INPUT naming the field', async (_, change, message) => {
    const error = errorOf(await ask({ fromYear: 2022, toYear: 2023, dimensions: ['YEAR'], ...change } as FinanceReportInput));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(message);
  });

  test('only analysts and admins may ask', async () => {
    expect(errorOf(await hub.request(FinanceReportDocument, { input: { fromYear: 2023, toYear: 2023, dimensions: [] } })).code).toBe('FORBIDDEN');
  });

  test('one year by service takes as many SQL statements as ten years by service, county and population band', async () => {
    const small = await hub.countStatements(() => report({ fromYear: 2023, toYear: 2023, dimensions: ['SERVICE'] }));
    const large = await hub.countStatements(() => report({ fromYear: 2014, toYear: 2023, dimensions: ['SERVICE', 'COUNTY', 'POPULATION_BAND'] }));
    expect(large).toEqual(small);
    expect(large.finance).toBe(3);
  });
});
