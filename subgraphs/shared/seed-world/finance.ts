import { membershipOf } from '../domain/member-facts';
import { apportion, kronor } from '../domain/money';
import { overlaps, sharedDays, yearPeriod } from '../domain/periods';
import { ACCOUNTS_2017_APPROVED_ON, ANNUAL_REPORT_2017 } from './accounts';
import { type WorldMember, worldMembers } from './members';
import { worldProjects } from './projects';
import { stableId } from './random';
import { seedScale } from './scale';
import { type WorldService, type WorldSubscription, worldServices, worldSubscriptions } from './services';

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

/** The fee model (DEMO): a weight per population band; a year's fee total is shared out by weight. */
const FEE_BANDS: Array<{ below: number; weight: bigint; band: string }> = [
  { below: 15_000, weight: 2n, band: 'Band 1: under 15 000 inhabitants' },
  { below: 40_000, weight: 3n, band: 'Band 2: 15 000–39 999 inhabitants' },
  { below: 80_000, weight: 4n, band: 'Band 3: 40 000–79 999 inhabitants' },
  { below: 150_000, weight: 5n, band: 'Band 4: 80 000–149 999 inhabitants' },
  { below: 500_000, weight: 6n, band: 'Band 5: 150 000–499 999 inhabitants' },
  { below: Infinity, weight: 8n, band: 'Band 6: 500 000 inhabitants or more' },
];
const NO_POPULATION_BAND = { weight: 3n, band: 'Organisation without inhabitants (federation or association)' };

export function feeBand(population: number | null): { weight: bigint; band: string } {
  return population === null ? NO_POPULATION_BAND : FEE_BANDS.find((band) => population < band.below)!;
}

export interface WorldMembershipFee {
  id: string;
  memberId: string;
  year: number;
  band: string;
  ore: bigint;
}

/**
 * DEMO membership fees: every organisation that was a member during a year pays a share of that
 * year's documented total by its population band, in whole kronor adding up exactly to the total.
 */
export function worldMembershipFees(scale = seedScale()): WorldMembershipFee[] {
  const members = worldMembers(scale);
  return [...lineTotals(MEMBERSHIP_FEES, scale)].flatMap(([year, total]) => {
    const payers = members.filter((member) => overlaps(membershipOf(member), yearPeriod(year)));
    const shares = apportionKronor(
      total,
      payers.map((member) => feeBand(member.population).weight),
    );
    return payers.map((member, index) => ({
      id: stableId(`fee:${member.key}:${year}`),
      memberId: member.id,
      year,
      band: feeBand(member.population).band,
      ore: shares[index],
    }));
  });
}

export interface WorldServiceCharge {
  id: string;
  /** The subscription charged for; a member that switched variant during the year has a charge on each. */
  subscriptionId: string;
  memberId: string;
  serviceId: string;
  year: number;
  ore: bigint;
  note: string;
}

export interface WorldServiceCost {
  id: string;
  serviceId: string;
  year: number;
  category: string;
  ore: bigint;
  note: string;
}

/** The budget line the service charges of a year add up to. */
export const SERVICE_CHARGES = 'Services, project support, invoicing';
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

/** A member's use of a service during a year: its subscriptions that cover some day of it (two when it switched variant). */
interface Use {
  member: WorldMember;
  subscriptions: WorldSubscription[];
}

/** Members using a service on some day of the year, each once with its subscriptions, in a stable order. */
function usersDuring(year: number, scale: number): Map<string, Use[]> {
  const members = new Map(worldMembers(scale).map((member) => [member.key, member]));
  const uses = new Map<string, Map<string, WorldSubscription[]>>();
  for (const subscription of worldSubscriptions(scale).filter((candidate) => overlaps(candidate, yearPeriod(year)))) {
    const byMember = uses.get(subscription.serviceKey) ?? new Map<string, WorldSubscription[]>();
    uses.set(subscription.serviceKey, byMember.set(subscription.memberKey, [...(byMember.get(subscription.memberKey) ?? []), subscription]));
  }
  return new Map(
    [...uses].map(([service, byMember]) => [
      service,
      [...byMember.keys()].sort().map((key) => ({ member: members.get(key)!, subscriptions: byMember.get(key)! })),
    ]),
  );
}

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** How many days of the year a subscription covers. */
function daysIn(subscription: WorldSubscription, year: number): bigint {
  const { from, to } = sharedDays(subscription, yearPeriod(year));
  return BigInt(dayNumber(to!) - dayNumber(from));
}

/** The services charged in a year (those with weights and users) with their users. */
function chargedServices(year: number, scale: number): Array<{ service: WorldService; users: Use[] }> {
  const users = usersDuring(year, scale);
  return worldServices()
    .filter((service) => SERVICE_WEIGHTS[service.key] && users.get(service.key)?.length)
    .map((service) => ({ service, users: users.get(service.key)! }));
}

/**
 * DEMO service charges (utdebitering) for each budget year: the budget line "Services, project
 * support, invoicing" shared out among the services by weight, and each service's part among the
 * members that used it that year by population band; a member that switched variant during the
 * year has its share split between its two subscriptions by days of use. Whole kronor, adding up
 * exactly.
 */
export function worldServiceCharges(scale = seedScale()): WorldServiceCharge[] {
  return [...lineTotals(SERVICE_CHARGES, scale)].flatMap(([year, total]) => {
    const services = chargedServices(year, scale);
    const parts = apportionKronor(
      total,
      services.map(({ service }) => SERVICE_WEIGHTS[service.key].charged),
    );
    return services.flatMap(({ service, users }, index) => {
      const shares = apportionKronor(
        parts[index],
        users.map(({ member }) => feeBand(member.population).weight),
      );
      const note = `${service.name}'s part of budget ${year} "${SERVICE_CHARGES}", shared by population band among its ${users.length} users`;
      return users.flatMap(({ member, subscriptions }, user) => {
        const split = apportionKronor(
          shares[user],
          subscriptions.map((subscription) => daysIn(subscription, year)),
        );
        return subscriptions.map((subscription, part) => ({
          id: stableId(`service-charge:${subscription.id}:${year}`),
          subscriptionId: subscription.id,
          memberId: member.id,
          serviceId: service.id,
          year,
          ore: split[part],
          note: subscriptions.length > 1 ? `${note}; the member's share split by days of use between its ${subscriptions.length} subscriptions` : note,
        }));
      });
    });
  });
}

/** DEMO service costs for each budget year: the budget's IT, consultant and licence lines shared out among the charged services by weight. */
export function worldServiceCosts(scale = seedScale()): WorldServiceCost[] {
  return SERVICE_COST_LINES.flatMap((category) =>
    [...lineTotals(category, scale)].flatMap(([year, total]) => {
      const services = chargedServices(year, scale).map(({ service }) => service);
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
