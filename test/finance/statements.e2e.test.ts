import { finance } from '../../subgraphs/finance';
import { silentProgress } from '../../subgraphs/shared/platform/progress';
import { AnnualAccountsDocument, BudgetDocument, BudgetsDocument, type StatementPartsFragment } from '../generated/graphql';
import { dataOf, type Hub, startHub } from '../hub';
import { sek, sumAmounts } from './money';

let hub: Hub;
beforeAll(async () => {
  hub = await startHub(['membership', 'services', 'finance']);
});
afterAll(() => hub?.stop());

const budget = async (year: number) => dataOf(await hub.request(BudgetDocument, { year })).budget!;
const accounts = async (year: number) => dataOf(await hub.request(AnnualAccountsDocument, { year })).annualAccounts!;
const section = (statement: StatementPartsFragment, name: string) => statement.sectionTotals.find((total) => total.section === name)!;

describe('budget 2023 (business plan 2023, preliminary 2022-12-13)', () => {
  test('total income 20 567 107, total costs 20 548 524, result 18 583, each as stated', async () => {
    const b = await budget(2023);
    expect(b).toMatchObject({ year: 2023, kind: 'BUDGET', status: 'PRELIMINARY', issuedOn: '2022-12-13', source: 'SEED' });
    expect(b.totalIncome.computed).toEqual({ amount: sek(20_567_107), currency: 'SEK' });
    expect(b.totalCosts.computed.amount).toBe(sek(20_548_524));
    expect(b.result.computed.amount).toBe(sek(18_583));
    for (const total of [b.totalIncome, b.totalCosts, b.result, ...b.sectionTotals]) expect(total.difference?.amount).toBe('0.00');
  });

  test("the lines are the plan's, and the totals are their sums", async () => {
    const b = await budget(2023);
    expect(b.lines).toHaveLength(11);
    expect(b.lines.find((line) => line.category === 'Membership fees')).toMatchObject({
      originalLabel: 'Medlemsavgifter',
      kind: 'INCOME',
      amount: { amount: sek(3_701_600) },
    });
    expect(b.lines.find((line) => line.category === 'Personnel costs')?.amount.amount).toBe(sek(3_564_792));
    const income = b.lines.filter((line) => line.kind === 'INCOME').map((line) => line.amount);
    const costs = b.lines.filter((line) => line.kind === 'COST').map((line) => line.amount);
    expect(sumAmounts(income)).toBe(2_056_710_700n);
    expect(sumAmounts(costs)).toBe(2_054_852_400n);
    expect(section(b, 'External costs').computed.amount).toBe(sek(16_983_732));
  });
});

describe('budget 2022, as quoted beside budget 2023', () => {
  test('the stated external-cost subtotal is 1 SEK more than its lines: stated 17 460 714, computed 17 460 713', async () => {
    const external = section(await budget(2022), 'External costs');
    expect(external.stated?.amount).toBe(sek(17_460_714));
    expect(external.computed.amount).toBe(sek(17_460_713));
    expect(external.difference?.amount).toBe('1.00');
  });

  test('total costs 21 176 302 as stated: the lines add up to it, so it is 1 SEK less than stated subtotal + personnel costs', async () => {
    const b = await budget(2022);
    expect(b.totalCosts).toMatchObject({ stated: { amount: sek(21_176_302) }, computed: { amount: sek(21_176_302) }, difference: { amount: '0.00' } });
    const statedParts = ['External costs', 'Personnel costs'].map((name) => section(b, name).stated!);
    expect(sumAmounts(statedParts)).toBe(2_117_630_300n);
    expect(b.totalIncome.computed.amount).toBe(sek(21_273_120));
    expect(b.result).toMatchObject({ stated: { amount: sek(96_818) }, computed: { amount: sek(96_818) } });
  });

  test('budgets lists both years', async () => {
    const { budgets } = dataOf(await hub.request(BudgetsDocument));
    expect(budgets.map((b) => [b.year, b.status, b.totalIncome.computed.amount])).toEqual([
      [2022, 'ADOPTED', sek(21_273_120)],
      [2023, 'PRELIMINARY', sek(20_567_107)],
    ]);
  });
});

describe('annual accounts 2014–2017 (annual report 2017, notes 2 and 3)', () => {
  test.each([
    [2014, 6_021_715, 6_006_845, 2_347_500, 18_125],
    [2015, 6_760_393, 6_967_145, 2_484_100, -179_021],
    [2016, 8_354_097, 8_371_789, 2_503_000, 12_607],
    [2017, 5_855_532, 5_764_811, 2_672_257, 90_721],
  ])('%i: income %i and costs %i add up from the notes; membership fees %i; stated result %i', async (year, income, costs, fees, result) => {
    const a = await accounts(year);
    expect(a).toMatchObject({ kind: 'ANNUAL_ACCOUNTS', year, status: 'ADOPTED' });
    expect(a.totalIncome).toMatchObject({ computed: { amount: sek(income) }, difference: { amount: '0.00' } });
    expect(a.totalCosts).toMatchObject({ computed: { amount: sek(costs) }, difference: { amount: '0.00' } });
    expect(a.lines.find((line) => line.category === 'Membership fees')?.amount.amount).toBe(sek(fees));
    expect(a.result.stated?.amount).toBe(sek(result));
    expect(a.result.computed.amount).toBe(sek(income - costs));
  });

  test("2016's stated result includes 30 299 SEK of financial items the notes do not itemise; 2017 has none", async () => {
    expect((await accounts(2016)).result.difference?.amount).toBe(sek(30_299));
    expect((await accounts(2017)).result.difference?.amount).toBe('0.00');
  });

  test('years without accounts answer null', async () => {
    expect(dataOf(await hub.request(AnnualAccountsDocument, { year: 2013 })).annualAccounts).toBeNull();
    expect(dataOf(await hub.request(BudgetDocument, { year: 2021 })).budget).toBeNull();
  });
});

test('seeding again finds the data there and writes nothing', async () => {
  const before = dataOf(await hub.request(BudgetsDocument));
  const statements = await hub.countStatements(() => finance.seed(hub.subgraphs.finance.orm.em.fork(), silentProgress));
  expect(statements).toEqual({ membership: 0, services: 0, finance: 2 }); // one count for the statements, one for the balance sheets and notes
  expect(dataOf(await hub.request(BudgetsDocument))).toEqual(before);
});
