import { billYear, describeComputation, MEMBERSHIP_FEE_SUBJECT, type ModelVersion, serviceSubject } from '../domain/billing';
import { apportion, kronor } from '../domain/money';
import { overlaps, yearPeriod } from '../domain/periods';
import { type Band, type Tariff, tariff } from '../domain/pricing';
import { ACCOUNTS_2017_APPROVED_ON, ANNUAL_REPORT_2017 } from './accounts';
import { worldMembers } from './members';
import { worldProjects } from './projects';
import { stableId } from './random';
import { seedScale } from './scale';
import { type WorldService, worldServices, worldSubscriptions } from './services';

export type LineKind = 'INCOME' | 'COST';
export type TotalScope = 'INCOME' | 'COSTS' | 'RESULT' | 'SECTION';

export interface WorldStatementLine {
  position: number;
  category: string;
  /** The line's wording in the source document (Swedish). */
  originalLabel: string;
  kind: LineKind;
  section: string | null;
  ore: bigint;
}

/** A total as printed in the source document, kept beside the one computed from the lines. */
export interface WorldStatedTotal {
  scope: TotalScope;
  section: string | null;
  ore: bigint;
}

export interface WorldStatement {
  id: string;
  kind: 'BUDGET' | 'ANNUAL_ACCOUNTS';
  year: number;
  version: string;
  issuedOn: string | null;
  status: 'PRELIMINARY' | 'ADOPTED';
  document: string;
  lines: WorldStatementLine[];
  stated: WorldStatedTotal[];
}

const BUSINESS_PLAN = 'Verksamhetsplan 2023 (business plan 2023)';

/** Budget 2023 and, beside it, budget 2022: kind | section | category | Swedish label | 2023 | 2022 (SEK, costs as positive amounts). */
const BUDGET_LINES = `
INCOME|Net turnover|Membership fees|Medlemsavgifter|3701600|3400000
INCOME|Net turnover|Services, project support, invoicing|Tjänster, projektstöd försäljning- utfakturering|12968114|17873120
INCOME|Net turnover|Other income|Övriga intäkter|3897393|0
COST|External costs|Administrative services|Administrativa tjänster|460000|460000
COST|External costs|Accounting services|Redovisningstjänster|90000|90000
COST|External costs|IT services|IT-tjänster|3038568|2521681
COST|External costs|Digital content, media|Digitalt innehåll, media|3897393|4382658
COST|External costs|Data products / licences|Dataprodukter/licenser|550000|586000
COST|External costs|Consultant fees, project costs|Konsultarvoden - projektkostnader|8612771|8798374
COST|External costs|Other external costs|Övriga externa kostnader|335000|622000
COST|Personnel costs|Personnel costs|Personalkostnader|3564792|3715589`;

/** The totals the business plan prints: scope | section | 2023 | 2022. The 2022 external-cost subtotal is 1 SEK off its lines. */
const BUDGET_STATED = `
SECTION|Net turnover|20567107|21273120
SECTION|External costs|16983732|17460714
SECTION|Personnel costs|3564792|3715589
INCOME||20567107|21273120
COSTS||20548524|21176302
RESULT||18583|96818`;

/** Annual report 2017, notes 2 (income) and 3 (costs): kind | category | Swedish label | 2014 | 2015 | 2016 | 2017. */
const ACCOUNT_LINES = `
INCOME|Membership fees|Medlemsavgifter|2347500|2484100|2503000|2672257
INCOME|VINNOVA grants|Bidrag från VINNOVA|800000|944000|1506000|0
INCOME|Other operating income|Övriga verksamhetsintäkter|2874215|3332293|4345097|3183275
COST|Consultant fees|Konsultarvoden|2398238|3177245|4032410|3013054
COST|VINNOVA / R&D project costs|Projektkostnader VINNOVA/FoU|800000|200000|1684580|0
COST|Executive officer|Verkställande tjänsteman|952874|969558|913000|912714
COST|Personnel costs|Personalkostnader|742581|1017961|724200|693239
COST|Project and finance administration|Projekt- och ekonomiadministration|440887|484283|467242|474680
COST|Other costs|Övriga kostnader|672265|1118098|550357|671124`;

/** Totals the annual report prints: scope | 2014 | 2015 | 2016 | 2017. Results include financial items the notes do not itemise. */
const ACCOUNT_STATED = `
INCOME|6021715|6760393|8354097|5855532
COSTS|6006845|6967145|8371789|5764811
RESULT|18125|-179021|12607|90721`;

const rows = (table: string) =>
  table
    .trim()
    .split('\n')
    .map((line) => line.split('|'));

function budget(year: number, column: number, status: WorldStatement['status'], version: string, issuedOn: string | null): WorldStatement {
  return {
    id: stableId(`budget:${year}:${version}`),
    kind: 'BUDGET',
    year,
    version,
    issuedOn,
    status,
    document: BUSINESS_PLAN,
    lines: rows(BUDGET_LINES).map(([kind, section, category, originalLabel, ...amounts], index) => ({
      position: index + 1,
      category,
      originalLabel,
      kind: kind as LineKind,
      section,
      ore: kronor(Number(amounts[column])),
    })),
    stated: rows(BUDGET_STATED).map(([scope, section, ...amounts]) => ({
      scope: scope as TotalScope,
      section: section || null,
      ore: kronor(Number(amounts[column])),
    })),
  };
}

function accounts(year: number, column: number): WorldStatement {
  return {
    id: stableId(`accounts:${year}`),
    kind: 'ANNUAL_ACCOUNTS',
    year,
    version: 'Annual report 2017, notes 2 and 3',
    issuedOn: ACCOUNTS_2017_APPROVED_ON,
    status: 'ADOPTED',
    document: ANNUAL_REPORT_2017,
    lines: rows(ACCOUNT_LINES).map(([kind, category, originalLabel, ...amounts], index) => ({
      position: index + 1,
      category,
      originalLabel,
      kind: kind as LineKind,
      section: null,
      ore: kronor(Number(amounts[column])),
    })),
    stated: rows(ACCOUNT_STATED).map(([scope, ...amounts]) => ({ scope: scope as TotalScope, section: null, ore: kronor(Number(amounts[column])) })),
  };
}

/** Budgets 2022 and 2023 (business plan 2023, preliminary 2022-12-13) and the accounts 2014–2017 (annual report 2017). */
export function worldStatements(): WorldStatement[] {
  return [
    budget(2022, 1, 'ADOPTED', 'Budget 2022 as quoted in the business plan 2023', null),
    budget(2023, 0, 'PRELIMINARY', 'Preliminary 2022-12-13', '2022-12-13'),
    ...[2014, 2015, 2016, 2017].map((year, column) => accounts(year, column)),
  ];
}

const MEMBERSHIP_FEES = 'Membership fees';

/** Shares of an amount in whole kronor, by weight, adding up exactly to it. */
const apportionKronor = (ore: bigint, weights: readonly bigint[]) => apportion(ore / 100n, weights).map(kronor);

/**
 * A line's amount per year from the statements, the annual accounts taking precedence over a
 * budget: e.g. membership fees 2014–2017 from the accounts and 2022–2023 from the budgets. A larger
 * scale fills every year of SCALED_YEARS (see `filledYears`).
 */
function lineTotals(category: string, scale: number): Map<number, bigint> {
  const totals = new Map<number, bigint>();
  for (const statement of worldStatements().sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'BUDGET' ? -1 : 1))) {
    const line = statement.lines.find((candidate) => candidate.category === category);
    if (line) totals.set(statement.year, line.ore);
  }
  return scale === 1 ? totals : filledYears(totals);
}

/** The years a scaled seed has fees, charges and costs for. */
const SCALED_YEARS = { from: 2014, to: 2023 };

/**
 * DEMO totals for the years the documents leave out: on a straight line between the nearest
 * documented years, or the nearest one's total beyond them; whole kronor.
 */
function filledYears(documented: Map<number, bigint>): Map<number, bigint> {
  const known = [...documented.keys()].sort((a, b) => a - b);
  const filled = new Map<number, bigint>();
  for (let year = SCALED_YEARS.from; year <= SCALED_YEARS.to; year++) {
    const before = known.filter((candidate) => candidate <= year).pop() ?? known[0];
    const after = known.find((candidate) => candidate >= year) ?? known[known.length - 1];
    const [low, high] = [Number(documented.get(before)! / 100n), Number(documented.get(after)! / 100n)];
    filled.set(year, kronor(after === before ? low : Math.round(low + ((high - low) * (year - before)) / (after - before))));
  }
  return filled;
}

/** The DEMO weight of each population band (inhabitants from, to (excluded)); an organisation without inhabitants counts as 0. */
const FEE_BANDS: Band[] = [
  { from: 0, to: 15_000, value: 2n },
  { from: 15_000, to: 40_000, value: 3n },
  { from: 40_000, to: 80_000, value: 4n },
  { from: 80_000, to: 150_000, value: 5n },
  { from: 150_000, to: 500_000, value: 6n },
  { from: 500_000, to: null, value: 8n },
];

/** A DEMO price model version: what the seed's billing runs bill with. */
export interface WorldPriceModel extends ModelVersion {
  note: string;
}

const DEMO_MODEL_NOTE = 'Demonstration model: the documents give no prices, so this shares the budget line by population band weights.';

/** A budget's amount shared among those who took part by band weight × days: reproduces the line exactly. */
const sharedBudget = (sharedOre: bigint): Tariff => tariff({ kind: 'SHARED_COST', sharing: 'WEIGHTS', bands: FEE_BANDS, sharedOre });

function versions(subject: string, serviceId: string | null, amounts: Array<[year: number, ore: bigint]>): WorldPriceModel[] {
  return [...amounts]
    .sort(([a], [b]) => a - b)
    .map(([year, ore], index) => ({
      id: stableId(`price-model:${subject}:${year}`),
      subject,
      serviceId,
      version: index + 1,
      validFrom: `${year}-01-01`,
      populationDay: '11-01',
      tariff: sharedBudget(ore),
      note: DEMO_MODEL_NOTE,
    }));
}

/**
 * DEMO models, a version valid from each documented year: the fee schedule shares the year's
 * "Membership fees" line, and each service's model its part of the "Services, project support,
 * invoicing" line (the line shared among the services by weight).
 */
export function worldPriceModels(scale = seedScale()): WorldPriceModel[] {
  const fees = versions(MEMBERSHIP_FEE_SUBJECT, null, [...lineTotals(MEMBERSHIP_FEES, scale)]);
  const parts = new Map<string, Array<[number, bigint]>>();
  for (const [year, total] of lineTotals(SERVICE_CHARGES, scale)) {
    const services = chargedServices(year, scale);
    const shares = apportionKronor(
      total,
      services.map((service) => SERVICE_WEIGHTS[service.key].charged),
    );
    services.forEach((service, index) => {
      parts.set(service.id, [...(parts.get(service.id) ?? []), [year, shares[index]]]);
    });
  }
  return [...fees, ...[...parts].flatMap(([serviceId, amounts]) => versions(serviceSubject(serviceId), serviceId, amounts))];
}

export interface WorldBillingRun {
  id: string;
  year: number;
  inputs: { models: string[]; demonstration: true };
  written: number;
}

/** What billing runs recorded for a year: from which run and model version, and how. */
interface BilledRecord {
  billingRunId: string;
  priceModelId: string;
  computation: string;
}

export interface WorldMembershipFee extends BilledRecord {
  id: string;
  memberId: string;
  year: number;
  band: string | null;
  ore: bigint;
}

export interface WorldServiceCharge extends BilledRecord {
  id: string;
  subscriptionId: string;
  memberId: string;
  serviceId: string;
  year: number;
  ore: bigint;
  note: string;
}

export interface WorldBilling {
  runs: WorldBillingRun[];
  fees: WorldMembershipFee[];
  charges: WorldServiceCharge[];
}

/**
 * The seed's DEMO billing runs: one per year a model version begins, billing that year with the
 * versions valid from it (see `billYear`), as a billing run through the API would.
 */
export function worldBilling(scale = seedScale()): WorldBilling {
  const models = worldPriceModels(scale);
  const members = worldMembers(scale);
  const population = new Map(members.map((member) => [member.id, member.population]));
  const subscriptions = worldSubscriptions(scale);
  const years = [...new Set(models.map((model) => Number(model.validFrom.slice(0, 4))))].sort((a, b) => a - b);
  const billing: WorldBilling = { runs: [], fees: [], charges: [] };
  for (const year of years) {
    const billingRunId = stableId(`billing-run:${year}`);
    const used = models.filter((model) => model.validFrom === `${year}-01-01`);
    const lines = billYear({
      year,
      models: used,
      members,
      subscriptions,
      agreements: [],
      costs: new Map(),
      populationOn: (memberId) => population.get(memberId) ?? null,
    });
    for (const line of lines) {
      const record = { billingRunId, priceModelId: line.model.id, computation: describeComputation(line), memberId: line.memberId, year, ore: line.amountOre };
      if (line.serviceId === null) billing.fees.push({ ...record, id: stableId(`fee:${line.memberId}:${year}`), band: line.band });
      else {
        const note = 'Demonstration charge, computed by a billing run from a demonstration price model';
        billing.charges.push({ ...record, id: stableId(`service-charge:${line.key}:${year}`), subscriptionId: line.key, serviceId: line.serviceId, note });
      }
    }
    billing.runs.push({ id: billingRunId, year, inputs: { models: used.map((model) => model.id), demonstration: true }, written: lines.length });
  }
  return billing;
}

/** DEMO membership fees: every organisation that was a member during a documented year pays its share of the year's line (see `worldBilling`). */
export const worldMembershipFees = (scale = seedScale()): WorldMembershipFee[] => worldBilling(scale).fees;

/** The budget line the service charges of a year add up to. */
export const SERVICE_CHARGES = 'Services, project support, invoicing';

/** DEMO service charges (utdebitering), adding up to each documented year's line (see `worldBilling`). */
export const worldServiceCharges = (scale = seedScale()): WorldServiceCharge[] => worldBilling(scale).charges;

export interface WorldServiceCost {
  id: string;
  serviceId: string;
  year: number;
  category: string;
  ore: bigint;
  note: string;
}

/** The budget cost lines shared out as the services' costs. */
const SERVICE_COST_LINES = ['IT services', 'Consultant fees, project costs', 'Data products / licences'];

/**
 * DEMO weights of each service in the budgeted charges and costs. Every service carries its own
 * economy; for Provisum the business plan 2023 says its management plan is decided and funded.
 */
const SERVICE_WEIGHTS: Record<string, { charged: bigint; costs: bigint }> = {
  bibblix: { charged: 1500n, costs: 1350n },
  egil: { charged: 2200n, costs: 2000n },
  multifraga: { charged: 2600n, costs: 2350n },
  'eansokan-ekbist': { charged: 600n, costs: 520n },
  fixamingata: { charged: 1400n, costs: 1300n },
  provisum: { charged: 3100n, costs: 2900n },
  tillarbetslivet: { charged: 900n, costs: 800n },
  uka: { charged: 700n, costs: 640n },
};

/** The services charged in a year: those with weights and users. */
function chargedServices(year: number, scale: number): WorldService[] {
  const used = new Set(worldSubscriptions(scale).flatMap((subscription) => (overlaps(subscription, yearPeriod(year)) ? [subscription.serviceKey] : [])));
  return worldServices().filter((service) => SERVICE_WEIGHTS[service.key] && used.has(service.key));
}

/** DEMO service costs for each budget year: the budget's IT, consultant and licence lines shared out among the charged services by weight. */
export function worldServiceCosts(scale = seedScale()): WorldServiceCost[] {
  return SERVICE_COST_LINES.flatMap((category) =>
    [...lineTotals(category, scale)].flatMap(([year, total]) => {
      const services = chargedServices(year, scale);
      const parts = apportionKronor(
        total,
        services.map((service) => SERVICE_WEIGHTS[service.key].costs),
      );
      return services.map((service, index) => ({
        id: stableId(`service-cost:${service.key}:${category}:${year}`),
        serviceId: service.id,
        year,
        category,
        ore: parts[index],
        note: `${service.name}'s part of budget ${year} "${category}"`,
      }));
    }),
  );
}

export interface WorldProjectFunding {
  id: string;
  projectId: string;
  year: number;
  kind: 'GRANT' | 'MEMBER_CONTRIBUTION';
  grantor: string | null;
  memberId: string | null;
  ore: bigint;
  note: string;
}

/** ivis's VINNOVA grant of 1.8 MSEK for 2015–2016 (annual report 2017); the split by year is an estimate. */
const GRANTS: Array<[project: string, year: number, grantor: string, sek: number]> = [
  ['ivis', 2015, 'VINNOVA', 900_000],
  ['ivis', 2016, 'VINNOVA', 900_000],
];

/** DEMO contributions: each co-funding participant of the project pays this much in the year. */
const CONTRIBUTIONS: Array<[project: string, year: number, roles: string[], sek: number]> = [
  ['gdpr-inventory-ai', 2017, ['CO_FUNDER'], 50_000],
  ['gdpr-inventory-ai', 2018, ['CO_FUNDER'], 75_000],
  ['digital-learning-resources', 2023, ['LEAD', 'PARTICIPANT'], 30_000],
];

export function worldProjectFunding(scale = seedScale()): WorldProjectFunding[] {
  const projects = new Map(worldProjects(scale).map((project) => [project.key, project]));
  const grants = GRANTS.map(([key, year, grantor, sek]) => ({
    id: stableId(`project-grant:${key}:${grantor}:${year}`),
    projectId: projects.get(key)!.id,
    year,
    kind: 'GRANT' as const,
    grantor,
    memberId: null,
    ore: kronor(sek),
    note: 'Part of the VINNOVA grant of 1.8 MSEK in the programme "Digitalisering för framtidens skola" (2015–2016); the split by year is estimated.',
  }));
  const contributions = CONTRIBUTIONS.flatMap(([key, year, roles, sek]) => {
    const project = projects.get(key)!;
    const funders = project.participants.filter((participant) => roles.includes(participant.role) && overlaps(participant, yearPeriod(year)));
    return funders.map((participant) => ({
      id: stableId(`project-contribution:${key}:${participant.memberKey}:${year}`),
      projectId: project.id,
      year,
      kind: 'MEMBER_CONTRIBUTION' as const,
      grantor: null,
      memberId: participant.memberId,
      ore: kronor(sek),
      note: `Co-funding of ${project.name} ${year}`,
    }));
  });
  return [...grants, ...contributions];
}
