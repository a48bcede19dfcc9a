import { sek } from '../finance/money';
import { type AccountsTablePartsFragment, AnnualAccountsDocument, AnnualAccountsTablesDocument, BalanceSheetDocument } from '../generated/graphql';
import { dataOf, type Hub, startHub } from '../hub';

let hub: Hub;
beforeAll(async () => {
  hub = await startHub(['membership', 'services', 'finance']);
});
afterAll(() => hub?.stop());

const balanceSheet = async (year: number) => dataOf(await hub.request(BalanceSheetDocument, { year })).balanceSheet!;
const total = (table: AccountsTablePartsFragment, group: string) => table.totals.find((candidate) => candidate.section === group)!;
const line = (table: AccountsTablePartsFragment, label: string) => table.lines.find((candidate) => candidate.label === label)!;

test('balance sheet 2017-12-31: total assets 2 113 068, current receivables 637 574, current liabilities 1 034 832, each as printed', async () => {
  const sheet = await balanceSheet(2017);
  expect(sheet).toMatchObject({ kind: 'BALANCE_SHEET', originalTitle: 'Balansräkning', year: 2017, source: 'SEED' });
  expect(total(sheet, 'Total assets')).toMatchObject({ computed: { amount: sek(2_113_068) }, stated: { amount: sek(2_113_068) } });
  expect(total(sheet, 'Current receivables').computed.amount).toBe(sek(637_574));
  expect(total(sheet, 'Current liabilities')).toMatchObject({ computed: { amount: sek(1_034_832) }, difference: { amount: '0.00' } });
  expect(line(sheet, 'Cash and bank')).toMatchObject({ originalLabel: 'Kassa och bank', amount: { amount: sek(1_475_494) } });
});

test('equity 2017 as printed is 1 078 236, one krona less than its lines (1 120 000 − 132 484 + 90 721 = 1 078 237), and so is the sum of its side; 2016 adds up', async () => {
  const sheet = await balanceSheet(2017);
  expect(total(sheet, 'Equity')).toMatchObject({ stated: { amount: sek(1_078_236) }, computed: { amount: sek(1_078_237) }, difference: { amount: '-1.00' } });
  expect(total(sheet, 'Total equity and liabilities')).toMatchObject({ stated: { amount: sek(2_113_068) }, computed: { amount: sek(2_113_069) } });
  const sheet2016 = await balanceSheet(2016);
  expect(total(sheet2016, 'Equity')).toMatchObject({ computed: { amount: sek(972_516) }, difference: { amount: '0.00' } });
  expect(total(sheet2016, 'Total assets').computed.amount).toBe(sek(2_653_362));
  for (const figure of sheet2016.totals.filter((candidate) => candidate.stated)) expect(figure.difference?.amount).toBe('0.00');
});

test("Provisum's capitalised development cost: 417 310 at the end of 2016, reduced to 248 511 in 2017, shown for information outside the totals", async () => {
  const provisum = (table: AccountsTablePartsFragment) => table.lines.find((candidate) => candidate.label.startsWith('Provisum development cost'))!;
  expect(provisum(await balanceSheet(2016))).toMatchObject({ groups: [], amount: { amount: sek(417_310) } });
  expect(provisum(await balanceSheet(2017))).toMatchObject({ groups: [], amount: { amount: sek(248_511) } });
});

test('the accounts 2017 were issued on 2018-03-16, the day the board approved them, and carry the balance sheet, notes 4–6 and the appropriation', async () => {
  const accounts = dataOf(await hub.request(AnnualAccountsTablesDocument, { year: 2017 })).annualAccounts!;
  expect(accounts.issuedOn).toBe('2018-03-16');
  expect(accounts.tables.map((table) => [table.kind, table.number])).toEqual([
    ['APPROPRIATION', null],
    ['BALANCE_SHEET', null],
    ['NOTE', 4],
    ['NOTE', 5],
    ['NOTE', 6],
  ]);
  expect(dataOf(await hub.request(AnnualAccountsDocument, { year: 2017 })).annualAccounts?.issuedOn).toBe('2018-03-16');
});

test('the accumulated loss of 41 762 is carried forward (the lines give 41 763)', async () => {
  const { tables } = dataOf(await hub.request(AnnualAccountsTablesDocument, { year: 2017 })).annualAccounts!;
  const appropriation = tables.find((table) => table.kind === 'APPROPRIATION')!;
  expect(total(appropriation, 'Accumulated loss carried forward')).toMatchObject({
    stated: { amount: sek(-41_762) },
    computed: { amount: sek(-41_763) },
  });
});

test('note 4, equity: opening + contributions + result = closing balance 2014–2016 (1 108 930, 944 909, 972 516); 2017 prints 1 078 236, its lines give 1 078 237', async () => {
  const closing: Record<number, [string | undefined, string | undefined]> = {};
  for (const year of [2014, 2015, 2016, 2017]) {
    const { tables } = dataOf(await hub.request(AnnualAccountsTablesDocument, { year })).annualAccounts!;
    const figure = total(tables.find((table) => table.number === 4)!, 'Closing balance 31 December');
    closing[year] = [figure.computed.amount, figure.difference?.amount];
  }
  expect(closing).toEqual({
    2014: [sek(1_108_930), '0.00'],
    2015: [sek(944_909), '0.00'],
    2016: [sek(972_516), '0.00'],
    2017: [sek(1_078_237), '-1.00'],
  });
});

test('note 5: the 2017 closing balance 247 681 is 3 001 more than its printed lines; 2016 adds up to 914 916', async () => {
  const note5 = async (year: number) => dataOf(await hub.request(AnnualAccountsTablesDocument, { year })).annualAccounts!.tables.find((t) => t.number === 5)!;
  expect(total(await note5(2017), 'Closing balance 31 December')).toMatchObject({
    stated: { amount: sek(247_681) },
    computed: { amount: sek(244_680) },
    difference: { amount: sek(3_001) },
  });
  expect(total(await note5(2016), 'Closing balance 31 December')).toMatchObject({ computed: { amount: sek(914_916) }, difference: { amount: '0.00' } });
});

test('note 6, staff costs: one employee (a woman), salaries 493 939, in all 683 009 with social security contributions (2016: 710 494)', async () => {
  const note6 = async (year: number) => dataOf(await hub.request(AnnualAccountsTablesDocument, { year })).annualAccounts!.tables.find((t) => t.number === 6)!;
  const note = await note6(2017);
  expect(line(note, 'Average number of employees: women').people).toBe(1);
  expect(total(note, 'Total salaries and remuneration').computed.amount).toBe(sek(493_939));
  const all = 'Total salaries, remuneration, social security contributions and pension costs';
  expect(total(note, all)).toMatchObject({ computed: { amount: sek(683_009) }, difference: { amount: '0.00' } });
  expect(line(note, 'Of which pension costs (for the board 0 kr)')).toMatchObject({ groups: [], amount: { amount: sek(31_539) } });
  expect(total(await note6(2016), all).computed.amount).toBe(sek(710_494));
});
