import { money, sumOre } from '../shared/domain/money';
import type { YearRange } from '../shared/domain/years';
import type { RequestContext } from '../shared/graphql/context';
import { uuids } from '../shared/graphql/loaders';
import { fetchEntities } from '../shared/graphql/peers';
import { swedishOrder } from '../shared/platform/collation';
import { memberRef } from './entities/member.stub';
import { MembershipFee } from './entities/membership-fee.entity';
import { FundingKind, ProjectFunding } from './entities/project-funding.entity';
import { ServiceCharge } from './entities/service-charge.entity';
import { KIND_PERIODS_SELECTION, type KindPeriods, kindInYear } from './member-kinds';
import type { FinanceReportFilter } from './resolvers/finance-report.args';
import { within } from './series';
import { sumBy } from './sums';
import { CostGroupBy, type CostReport, type CostReportRow } from './types/cost-report.type';
import { type FinanceReport, type FinanceReportRow, populationBandOf, ReportDimension, ReportOrder } from './types/finance-report.type';

type Part = 'membershipFees' | 'serviceCharges' | 'projectContributions';

interface Payment {
  part: Part;
  memberId: string;
  serviceId: string | null;
  year: number;
  total: bigint;
}

/** What finance asks the membership subgraph about a member for a report. */
interface MemberFacts {
  county: string | null;
  countyCode: string | null;
  kind: string | null;
  population: number | null;
  /** Its kinds over time, when a report groups or filters by kind. */
  identities: KindPeriods;
}

const kindIn = (facts: MemberFacts, year: number): string | null => kindInYear(facts.identities, year, facts.kind);

type Facts = Map<string, MemberFacts>;

export interface ReportRequest {
  range: YearRange;
  dimensions: ReportDimension[];
  filter?: FinanceReportFilter | null;
  orderBy?: ReportOrder | null;
}

const MEMBERSHIP_DIMENSIONS = [ReportDimension.COUNTY, ReportDimension.MEMBER_KIND, ReportDimension.POPULATION_BAND];

/** Everything members paid over the years, summed per member and year (and service for charges): three SQL statements whatever the size. */
async function paymentsOf(ctx: RequestContext, range: YearRange, filter: FinanceReportFilter | null | undefined): Promise<Payment[]> {
  const members = filter?.memberIds ? { memberId: { $in: uuids(filter.memberIds) } } : {};
  const services = filter?.serviceIds ? { serviceId: { $in: uuids(filter.serviceIds) } } : null;
  const where = { year: within(range), ...members };
  const [fees, charges, contributions] = await Promise.all([
    services ? [] : sumBy(ctx.em, MembershipFee, ['memberId', 'year'], where),
    sumBy(ctx.em, ServiceCharge, ['memberId', 'serviceId', 'year'], { ...where, ...services }),
    services ? [] : sumBy(ctx.em, ProjectFunding, ['memberId', 'year'], { ...where, kind: FundingKind.MEMBER_CONTRIBUTION }),
  ]);
  const payment = (part: Part, serviceId: string | null) => (sum: { memberId: string; year: string; total: bigint }) => ({
    part,
    memberId: sum.memberId,
    serviceId,
    year: Number(sum.year),
    total: sum.total,
  });
  return [
    ...fees.map(payment('membershipFees', null)),
    ...charges.map((sum) => payment('serviceCharges', sum.serviceId)(sum)),
    ...contributions.map(payment('projectContributions', null)),
  ];
}

/** County, kind (over time, `withKinds`) and inhabitants of every paying member, from the membership subgraph in one batched lookup. */
async function factsOf(ctx: RequestContext, payments: Payment[], withKinds: boolean): Promise<Facts> {
  const found = await fetchEntities(
    ctx,
    'membership',
    'Member',
    payments.map((payment) => payment.memberId),
    `county countyCode kind population${withKinds ? ` ${KIND_PERIODS_SELECTION}` : ''}`,
  );
  return new Map(
    [...found].map(([id, member]) => [
      id,
      {
        county: (member.county as string | null) ?? null,
        countyCode: (member.countyCode as string | null) ?? null,
        kind: (member.kind as string | null) ?? null,
        population: (member.population as number | null) ?? null,
        identities: (member.identities as MemberFacts['identities'] | undefined) ?? [],
      },
    ]),
  );
}

const dimensionValue: Record<ReportDimension, (payment: Payment, facts: MemberFacts | undefined) => string | number | null> = {
  [ReportDimension.YEAR]: (payment) => payment.year,
  [ReportDimension.MEMBER]: (payment) => payment.memberId,
  [ReportDimension.SERVICE]: (payment) => payment.serviceId,
  [ReportDimension.COUNTY]: (_, facts) => facts?.county ?? null,
  [ReportDimension.MEMBER_KIND]: (payment, facts) => (facts ? kindIn(facts, payment.year) : null),
  [ReportDimension.POPULATION_BAND]: (_, facts) => (facts ? populationBandOf(facts.population) : null),
};

const lower = (values: readonly string[] | null | undefined) => (values ? new Set(values.map((value) => value.toLocaleLowerCase('sv'))) : null);

/** Keeps the payments of members matching the filter's county, kind and population band. */
function byMemberFacts(filter: FinanceReportFilter | null | undefined, facts: Facts): (payment: Payment) => boolean {
  const counties = lower(filter?.counties);
  const kinds = filter?.memberKinds ? new Set(filter.memberKinds) : null;
  const bands = filter?.populationBands ? new Set(filter.populationBands) : null;
  return (payment) => {
    const member = facts.get(payment.memberId);
    if (counties && !counties.has(member?.county?.toLocaleLowerCase('sv') ?? '') && !counties.has(member?.countyCode ?? '')) return false;
    if (kinds && !kinds.has((member && kindIn(member, payment.year)) ?? '')) return false;
    return !bands || (member !== undefined && bands.has(populationBandOf(member.population)));
  };
}

/** Öre per inhabitant, rounded half up to whole öre. */
const perInhabitant = (ore: bigint, population: number) => (2n * ore + BigInt(population)) / (2n * BigInt(population));

function measures(payments: Payment[], facts: Facts) {
  const sumOf = (keep: (payment: Payment) => boolean) => sumOre(payments.filter(keep).map((payment) => payment.total));
  const members = [...new Set(payments.map((payment) => payment.memberId))];
  const inhabited = new Set(members.filter((id) => (facts.get(id)?.population ?? null) !== null));
  const population = [...inhabited].reduce((sum, id) => sum + (facts.get(id)?.population ?? 0), 0);
  return {
    memberCount: members.length,
    membershipFees: money(sumOf((payment) => payment.part === 'membershipFees')),
    serviceCharges: money(sumOf((payment) => payment.part === 'serviceCharges')),
    projectContributions: money(sumOf((payment) => payment.part === 'projectContributions')),
    total: money(sumOf(() => true)),
    totalOre: sumOf(() => true),
    population: inhabited.size ? population : null,
    perResident:
      population > 0
        ? money(
            perInhabitant(
              sumOf((payment) => inhabited.has(payment.memberId)),
              population,
            ),
          )
        : null,
  };
}

type Row = FinanceReportRow & { totalOre: bigint; values: Array<string | number | null> };

function row(dimensions: ReportDimension[], values: Array<string | number | null>, payments: Payment[], facts: Facts): Row {
  const at = (dimension: ReportDimension) => {
    const index = dimensions.indexOf(dimension);
    return index < 0 ? null : values[index];
  };
  const member = at(ReportDimension.MEMBER) as string | null;
  const service = at(ReportDimension.SERVICE) as string | null;
  return {
    values,
    year: at(ReportDimension.YEAR) as number | null,
    member: member ? memberRef(member) : null,
    service: service ? { id: service } : null,
    county: at(ReportDimension.COUNTY) as string | null,
    memberKind: at(ReportDimension.MEMBER_KIND) as string | null,
    populationBand: at(ReportDimension.POPULATION_BAND) as FinanceReportRow['populationBand'],
    ...measures(payments, facts),
  };
}

const compareValues = (a: string | number | null, b: string | number | null): number => {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : swedishOrder(String(a), String(b));
};

function compareRows(orderBy: ReportOrder): (a: Row, b: Row) => number {
  const byValues = (a: Row, b: Row) => a.values.reduce<number>((order, value, index) => order || compareValues(value, b.values[index]), 0);
  if (orderBy === ReportOrder.DIMENSIONS) return byValues;
  return (a, b) => (a.totalOre === b.totalOre ? byValues(a, b) : a.totalOre > b.totalOre ? -1 : 1);
}

/**
 * What members paid over a range of years, grouped by up to three dimensions: three SQL statements
 * and, when a dimension or filter needs them or `withFacts` asks, one batched membership lookup.
 */
export async function financeReport(ctx: RequestContext, request: ReportRequest, withFacts = true): Promise<FinanceReport & { rows: Row[] }> {
  const { range, dimensions, filter } = request;
  const all = await paymentsOf(ctx, range, filter);
  const needsFacts = withFacts || dimensions.some((dimension) => MEMBERSHIP_DIMENSIONS.includes(dimension));
  const withKinds = dimensions.includes(ReportDimension.MEMBER_KIND) || Boolean(filter?.memberKinds);
  const facts = needsFacts && all.length ? await factsOf(ctx, all, withKinds) : new Map<string, MemberFacts>();
  const payments = all.filter(byMemberFacts(filter, facts));
  const groups = new Map<string, { values: Array<string | number | null>; payments: Payment[] }>();
  for (const payment of payments) {
    const values = dimensions.map((dimension) => dimensionValue[dimension](payment, facts.get(payment.memberId)));
    const key = JSON.stringify(values);
    const group = groups.get(key) ?? groups.set(key, { values, payments: [] }).get(key)!;
    group.payments.push(payment);
  }
  const rows = [...groups.values()].map((group) => row(dimensions, group.values, group.payments, facts));
  rows.sort(compareRows(request.orderBy ?? ReportOrder.DIMENSIONS));
  return { fromYear: range.from, toYear: range.to, dimensions, rows, total: row([], [], payments, facts) };
}

const DIMENSION_OF: Record<CostGroupBy, ReportDimension> = {
  [CostGroupBy.MEMBER]: ReportDimension.MEMBER,
  [CostGroupBy.SERVICE]: ReportDimension.SERVICE,
  [CostGroupBy.COUNTY]: ReportDimension.COUNTY,
  [CostGroupBy.MEMBER_KIND]: ReportDimension.MEMBER_KIND,
};

const costRow = ({ values: [key], member, service, memberCount, membershipFees, serviceCharges, projectContributions, total }: Row): CostReportRow => ({
  key: key === null ? null : String(key),
  member,
  service,
  memberCount,
  membershipFees,
  serviceCharges,
  projectContributions,
  total,
});

/** The one-year, one-dimension report: the general report grouped by one dimension, largest total first. */
export async function costReport(ctx: RequestContext, year: number, groupBy: CostGroupBy): Promise<CostReport> {
  const report = await financeReport(ctx, { range: { from: year, to: year }, dimensions: [DIMENSION_OF[groupBy]], orderBy: ReportOrder.TOTAL_DESC }, false);
  const { membershipFees, serviceCharges, projectContributions, total } = report.total;
  return { year, groupBy, rows: report.rows.map(costRow), membershipFees, serviceCharges, projectContributions, total };
}
