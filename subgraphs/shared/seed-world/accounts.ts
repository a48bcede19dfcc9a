import { kronor } from '../domain/money';
import { stableId } from './random';

/** How the statements name the annual report 2017. */
export const ANNUAL_REPORT_2017 = 'Årsredovisning 2017 (annual report 2017)';

export type AccountsTableKind = 'BALANCE_SHEET' | 'NOTE' | 'APPROPRIATION';

export interface WorldAccountsLine {
  position: number;
  label: string;
  /** The line's wording in the annual report (Swedish). */
  originalLabel: string;
  /** The totals the line counts towards, innermost first; none for a line shown only for information ("of which"). */
  groups: string[];
  /** Signed amount; null where the report leaves the cell empty. */
  ore: bigint | null;
  /** A number of people rather than an amount (note 6's average number of employees). */
  people: number | null;
}

export interface WorldAccountsTable {
  id: string;
  kind: AccountsTableKind;
  /** Note number, e.g. 4; null for the balance sheet and the appropriation. */
  number: number | null;
  title: string;
  originalTitle: string;
  year: number;
  document: string;
  lines: WorldAccountsLine[];
  /** Totals the report prints, by group name. */
  stated: Array<{ group: string; ore: bigint }>;
}

interface Draft {
  key: string;
  kind: AccountsTableKind;
  number: number | null;
  title: string;
  originalTitle: string;
  years: number[];
  /** label | Swedish label | groups (separated by ;) | one value per year ("" for an empty cell; "n people" for a headcount). */
  lines: string;
  /** group | one value per year. */
  stated: string;
}

const ASSETS = 'Current receivables;Current assets;Total assets';
const EQUITY = 'Equity;Total equity and liabilities';
const LIABILITIES = 'Current liabilities;Total equity and liabilities';

/** The balance sheet, notes 4–6 and the proposed appropriation of the annual report 2017, as printed (SEK). */
const DRAFTS: Draft[] = [
  {
    key: 'balance-sheet',
    kind: 'BALANCE_SHEET',
    number: null,
    title: 'Balance sheet',
    originalTitle: 'Balansräkning',
    years: [2017, 2016],
    lines: `
Accounts receivable|Kundfordringar|${ASSETS}|148250|578734
Tax account|Skattekonto|${ASSETS}|0|181
Other current receivables|Övriga kortfristiga fordringar|${ASSETS}|147620|197312
Prepaid expenses and accrued income|Förutbetalda kostnader och upplupna intäkter|${ASSETS}|341704|477310
Short-term investments|Kortfristiga placeringar|Current assets;Total assets|0|0
Cash and bank|Kassa och bank|Current assets;Total assets|1475494|1399825
Paid-in contributions|Inbetalda insatser|${EQUITY}|1120000|1105000
Retained result|Balanserat resultat|${EQUITY}|-132484|-145091
Result of the year|Årets resultat|${EQUITY}|90721|12607
Tax allocation reserve|Periodiseringsfond|Untaxed reserves;Total equity and liabilities|0|0
Accounts payable|Leverantörsskulder|${LIABILITIES}|744525|745048
Tax liabilities|Skatteskulder|${LIABILITIES}|0|0
Withholding tax and social security contributions|Källskatt och sociala avgifter|${LIABILITIES}|42626|20882
Prepaid income and accrued expenses|Förutbetalda intäkter och upplupna kostnader|${LIABILITIES}|247681|914916
Provisum development cost carried as accrued cost, to be repaid by its municipalities (section 12)|upparbetad kostnad i balansräkning (Provisum)||248511|417310`,
    stated: `
Current receivables|637574|1253537
Current assets|2113068|2653362
Total assets|2113068|2653362
Equity|1078236|972516
Current liabilities|1034832|1680846
Total equity and liabilities|2113068|2653362`,
  },
  {
    key: 'note-4',
    kind: 'NOTE',
    number: 4,
    title: 'Equity',
    originalTitle: 'Eget kapital',
    years: [2017, 2016, 2015, 2014],
    lines: `
Opening balance 1 January|Ingående balans 1 januari|Closing balance 31 December|972516|944909|1108930|1080805
Paid-in contributions|Inbetalda insatser|Closing balance 31 December|15000|15000|15000|10000
Result of the year|Årets resultat|Closing balance 31 December|90721|12607|-179021|18125`,
    stated: `
Closing balance 31 December|1078236|972516|944909|1108930`,
  },
  {
    key: 'note-5',
    kind: 'NOTE',
    number: 5,
    title: 'Prepaid income and accrued expenses',
    originalTitle: 'Förutbetalda intäkter och upplupna kostnader',
    years: [2017, 2016],
    lines: `
Prepaid grant from VINNOVA|Förutbetalt bidrag från VINNOVA|Closing balance 31 December||
Other prepaid grants|Övriga förutbetalda bidrag|Closing balance 31 December||694666
Other|Övrigt|Closing balance 31 December|64203|29634
Accrued holiday pay including social security contributions|Upplupen semesterlöneskuld inkl. sociala avgifter|Closing balance 31 December|180477|190616`,
    stated: `
Closing balance 31 December|247681|914916`,
  },
  {
    key: 'note-6',
    kind: 'NOTE',
    number: 6,
    title: 'Average number of employees, salaries, other remuneration and social security contributions',
    originalTitle: 'Medelantal anställda, löner, andra ersättningar och sociala avgifter',
    years: [2017, 2016],
    lines: `
Average number of employees: women|Medelantalet anställda: Kvinnor||1 people|1 people
Average number of employees: men|Medelantalet anställda: Män||0 people|0 people
Salaries and remuneration: the board|Löner och ersättningar: Styrelsen|Total salaries and remuneration;Total salaries, remuneration, social security contributions and pension costs|0|0
Salaries and remuneration: other employees|Löner och ersättningar: Övriga anställda|Total salaries and remuneration;Total salaries, remuneration, social security contributions and pension costs|493939|514309
Social security contributions by law and agreement|Totala sociala avgifter enligt lag och avtal|Total salaries, remuneration, social security contributions and pension costs|189070|196185
Of which pension costs (for the board 0 kr)|varav pensionskostnader (varav för styrelse 0 kr)||31539|28374`,
    stated: `
Total salaries and remuneration|493939|514309
Total salaries, remuneration, social security contributions and pension costs|683009|710494`,
  },
  {
    key: 'appropriation',
    kind: 'APPROPRIATION',
    number: null,
    title: "Proposed treatment of the accumulated result (the board's proposal to the annual meeting, section 13)",
    originalTitle: 'Förslag till behandling av medel',
    years: [2017],
    lines: `
Retained result|Balanserat resultat|Accumulated loss carried forward|-132484
Result of the year|Årets resultat|Accumulated loss carried forward|90721`,
    stated: `
Accumulated loss carried forward|-41762`,
  },
];

const rows = (table: string) =>
  table
    .trim()
    .split('\n')
    .map((line) => line.split('|'));

const cell = (value: string) => ({
  ore: value === '' || value.endsWith(' people') ? null : kronor(Number(value)),
  people: value.endsWith(' people') ? Number(value.replace(' people', '')) : null,
});

/**
 * The annual report 2017 beside its income statement: the balance sheet for 2017-12-31 and 2016-12-31 (with the Provisum development
 * cost the text gives, 417 310 → 248 511, as a line shown for information), notes 4–6, and the accumulated loss of 41 762 the board
 * proposes to carry forward. Each table keeps the totals the report prints beside those computed from its lines.
 */
export function worldAccountsTables(): WorldAccountsTable[] {
  return DRAFTS.flatMap((draft) =>
    draft.years.map((year, column) => ({
      id: stableId(`accounts-table:${draft.key}:${year}`),
      kind: draft.kind,
      number: draft.number,
      title: draft.title,
      originalTitle: draft.originalTitle,
      year,
      document: ANNUAL_REPORT_2017,
      lines: rows(draft.lines).map(([label, originalLabel, groups, ...values], index) => ({
        position: index + 1,
        label,
        originalLabel,
        groups: groups ? groups.split(';') : [],
        ...cell(values[column]),
      })),
      stated: rows(draft.stated).map(([group, ...values]) => ({ group, ore: kronor(Number(values[column])) })),
    })),
  );
}

/** Day the board approved the income statement and balance sheet 2017 (annual report 2017, section 14). */
export const ACCOUNTS_2017_APPROVED_ON = '2018-03-16';
