import type { EntityManager } from '@mikro-orm/postgresql';
import { checkMemberInYear } from '../shared/domain/member-facts';
import { describePeriod, overlaps, yearPeriod } from '../shared/domain/periods';
import type { RequestContext } from '../shared/graphql/context';
import { BadUserInputError, ConflictError, NotFoundError } from '../shared/graphql/errors';
import { fetchEntities, requireMemberFacts } from '../shared/graphql/peers';
import { FinancialStatement, StatementKind } from './entities/financial-statement.entity';
import { MembershipFee } from './entities/membership-fee.entity';
import { ServiceCharge } from './entities/service-charge.entity';
import { StatementLine } from './entities/statement-line.entity';

/** Sambruk became an association in 2005; budgets are made for the coming year at the latest. */
export const FIRST_YEAR = 2005;

export function checkYear(year: number, today: string, field: string): void {
  const lastYear = Number(today.slice(0, 4)) + 1;
  if (year < FIRST_YEAR || year > lastYear) throw new BadUserInputError(field, `${year} is out of range: give a year from ${FIRST_YEAR} to ${lastYear}`);
}

/** NOT_FOUND, naming the argument, unless the subgraph that owns the type knows the id. */
async function requirePeerEntity(ctx: RequestContext, owner: string, typename: string, id: string, field: string): Promise<void> {
  if (!(await fetchEntities(ctx, owner, typename, [id], '')).has(id)) throw new NotFoundError(typename.toLowerCase(), id, field);
}

export const requireService = (ctx: RequestContext, id: string, field: string) => requirePeerEntity(ctx, 'services', 'Service', id, field);
export const requireProject = (ctx: RequestContext, id: string, field: string) => requirePeerEntity(ctx, 'projects', 'Project', id, field);

/** Fees, charges and contributions are for members: the member must exist and have been a member on some day of the year. */
export async function checkMemberDuringYear(ctx: RequestContext, memberId: string, year: number, field: string): Promise<void> {
  checkMemberInYear(await requireMemberFacts(ctx, memberId, field), year, field);
}

export async function checkNoFee(em: EntityManager, memberId: string, year: number, field: string): Promise<void> {
  if (await em.count(MembershipFee, { memberId, year })) throw new ConflictError(field, `a membership fee for ${year} is already recorded for this member`);
}

/** What finance needs to know about a subscription to charge for it. */
export interface ChargedSubscription {
  id: string;
  memberId: string;
  serviceId: string;
  serviceName: string;
}

/**
 * The subscription a charge is for, asked of the services subgraph: NOT_FOUND naming `field` when it
 * has no such subscription, BAD_USER_INPUT unless the subscription covers some day of the year.
 */
export async function requireSubscriptionDuring(ctx: RequestContext, id: string, year: number, field: string): Promise<ChargedSubscription> {
  const found = (await fetchEntities(ctx, 'services', 'ServiceSubscription', [id], 'from to member { id } service { id name }')).get(id);
  if (!found) throw new NotFoundError('subscription', id, field);
  const service = found.service as { id: string; name: string };
  const period = { from: found.from as string, to: (found.to as string | null) ?? null };
  if (!overlaps(period, yearPeriod(year))) {
    throw new BadUserInputError(
      'input.year',
      `the subscription to ${service.name} runs ${describePeriod(period)}, no day of ${year}; charge it for a year it covers`,
    );
  }
  return { id, memberId: (found.member as { id: string }).id, serviceId: service.id, serviceName: service.name };
}

/**
 * One charge per subscription and year; and none beside a charge recorded before charges named their
 * subscription (the same member, service and year), which would count the year twice.
 */
export async function checkNoCharge(em: EntityManager, subscription: ChargedSubscription, year: number, field: string): Promise<void> {
  const { id: subscriptionId, memberId, serviceId } = subscription;
  const [charged] = await em.find(ServiceCharge, { year, $or: [{ subscriptionId }, { subscriptionId: null, memberId, serviceId }] }, { limit: 1 });
  if (!charged) return;
  const recorded = charged.subscriptionId
    ? `this subscription is already charged for ${year}`
    : `the member was charged for ${subscription.serviceName} in ${year} before charges named their subscription (charge ${charged.id})`;
  throw new ConflictError(field, `${recorded}; there is one charge per subscription and year`);
}

export async function checkNewBudget(em: EntityManager, year: number, version: string, field: string): Promise<void> {
  if (await em.count(FinancialStatement, { kind: StatementKind.BUDGET, year, version }))
    throw new ConflictError(field, `budget ${year} already has a version "${version}"`);
}

export async function checkNewLine(em: EntityManager, statement: FinancialStatement, category: string, field: string): Promise<void> {
  if (await em.count(StatementLine, { statement, category }))
    throw new ConflictError(field, `budget ${statement.year} (${statement.version}) already has a line "${category}"`);
}
