import { money, sumOre } from '../shared/domain/money';
import type { RequestContext } from '../shared/graphql/context';
import { fetchEntities } from '../shared/graphql/peers';
import { memberRef } from './entities/member.stub';
import { MembershipFee } from './entities/membership-fee.entity';
import { FundingKind, ProjectFunding } from './entities/project-funding.entity';
import { ServiceCharge } from './entities/service-charge.entity';
import { sumBy } from './sums';
import { CostGroupBy, type CostReport, type CostReportRow } from './types/cost-report.type';

type Part = 'membershipFees' | 'serviceCharges' | 'projectContributions';

interface Payment {
  part: Part;
  memberId: string;
  serviceId: string | null;
  total: bigint;
}

/** Everything members paid in a year, summed per member (and per service for charges): three SQL statements whatever the size. */
async function paymentsOf(ctx: RequestContext, year: number): Promise<Payment[]> {
  const [fees, charges, contributions] = await Promise.all([
    sumBy(ctx.em, MembershipFee, ['memberId'], { year }),
    sumBy(ctx.em, ServiceCharge, ['memberId', 'serviceId'], { year }),
    sumBy(ctx.em, ProjectFunding, ['memberId'], { year, kind: FundingKind.MEMBER_CONTRIBUTION }),
  ]);
  return [
    ...fees.map(({ memberId, total }) => ({ part: 'membershipFees' as const, memberId, serviceId: null, total })),
    ...charges.map(({ memberId, serviceId, total }) => ({ part: 'serviceCharges' as const, memberId, serviceId, total })),
    ...contributions.map(({ memberId, total }) => ({ part: 'projectContributions' as const, memberId, serviceId: null, total })),
  ];
}

/** The group key of each payment; county and kind come from the membership subgraph in one batched lookup. */
async function groupKeyOf(ctx: RequestContext, groupBy: CostGroupBy, payments: Payment[]): Promise<(payment: Payment) => string | null> {
  if (groupBy === CostGroupBy.MEMBER) return (payment) => payment.memberId;
  if (groupBy === CostGroupBy.SERVICE) return (payment) => payment.serviceId;
  const field = groupBy === CostGroupBy.COUNTY ? 'county' : 'kind';
  const members = await fetchEntities(
    ctx,
    'membership',
    'Member',
    payments.map((payment) => payment.memberId),
    'county kind',
  );
  return (payment) => (members.get(payment.memberId)?.[field] as string | null | undefined) ?? null;
}

const totalOf = (payments: Payment[]) => sumOre(payments.map((payment) => payment.total));

function row(groupBy: CostGroupBy, key: string | null, payments: Payment[]): CostReportRow {
  const sumPart = (part: Part) => sumOre(payments.filter((payment) => payment.part === part).map((payment) => payment.total));
  return {
    key,
    member: groupBy === CostGroupBy.MEMBER && key ? memberRef(key) : null,
    service: groupBy === CostGroupBy.SERVICE && key ? { id: key } : null,
    memberCount: new Set(payments.map((payment) => payment.memberId)).size,
    membershipFees: money(sumPart('membershipFees')),
    serviceCharges: money(sumPart('serviceCharges')),
    projectContributions: money(sumPart('projectContributions')),
    total: money(totalOf(payments)),
  };
}

export async function costReport(ctx: RequestContext, year: number, groupBy: CostGroupBy): Promise<CostReport> {
  const payments = await paymentsOf(ctx, year);
  const keyOf = await groupKeyOf(ctx, groupBy, payments);
  const groups = new Map<string | null, Payment[]>();
  for (const payment of payments) {
    const key = keyOf(payment);
    const group = groups.get(key);
    if (group) group.push(payment);
    else groups.set(key, [payment]);
  }
  const largestFirst = [...groups].map(([key, group]) => ({ key, group, total: totalOf(group) }));
  largestFirst.sort((a, b) => (a.total === b.total ? String(a.key).localeCompare(String(b.key)) : a.total > b.total ? -1 : 1));
  const all = row(groupBy, null, payments);
  return {
    year,
    groupBy,
    rows: largestFirst.map(({ key, group }) => row(groupBy, key, group)),
    membershipFees: all.membershipFees,
    serviceCharges: all.serviceCharges,
    projectContributions: all.projectContributions,
    total: all.total,
  };
}
