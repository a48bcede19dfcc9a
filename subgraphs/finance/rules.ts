import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import { BadUserInputError, ConflictError, NotFoundError } from '../shared/errors';
import { overlaps, requireMemberFacts } from '../shared/member-facts';
import { fetchEntities } from '../shared/peers';
import { today } from '../shared/scalars';
import { yearPeriod } from '../shared/world/finance';
import { FinancialStatement, StatementKind } from './entities/financial-statement.entity';
import { MembershipFee } from './entities/membership-fee.entity';
import { ServiceCharge } from './entities/service-charge.entity';
import { StatementLine } from './entities/statement-line.entity';

/** Sambruk became an association in 2005; budgets are made for the coming year at the latest. */
export const FIRST_YEAR = 2005;
const lastYear = () => Number(today().slice(0, 4)) + 1;

export function checkYear(year: number, field: string): void {
  if (year < FIRST_YEAR || year > lastYear()) throw new BadUserInputError(field, `${year} is out of range: give a year from ${FIRST_YEAR} to ${lastYear()}`);
}

/** NOT_FOUND, naming the argument, unless the subgraph that owns the type knows the id. */
async function requirePeerEntity(ctx: RequestContext, owner: string, typename: string, id: string, field: string): Promise<void> {
  if (!(await fetchEntities(ctx, owner, typename, [id], '')).has(id)) throw new NotFoundError(typename.toLowerCase(), id, field);
}

export const requireService = (ctx: RequestContext, id: string, field: string) => requirePeerEntity(ctx, 'services', 'Service', id, field);
export const requireProject = (ctx: RequestContext, id: string, field: string) => requirePeerEntity(ctx, 'projects', 'Project', id, field);

/** Fees, charges and contributions are for members: the member must exist and have been a member on some day of the year. */
export async function checkMemberDuringYear(ctx: RequestContext, memberId: string, year: number, field: string): Promise<void> {
  const member = await requireMemberFacts(ctx, memberId, field);
  if (!overlaps({ from: member.joinedOn, to: member.leftOn }, yearPeriod(year))) {
    throw new BadUserInputError(field, `${member.name} was not a member during ${year} (member from ${member.joinedOn}${member.leftOn ? ` until ${member.leftOn}` : ''})`);
  }
}

export async function checkNoFee(em: EntityManager, memberId: string, year: number, field: string): Promise<void> {
  if (await em.count(MembershipFee, { memberId, year })) throw new ConflictError(field, `a membership fee for ${year} is already recorded for this member`);
}

export async function checkNoCharge(em: EntityManager, memberId: string, serviceId: string, year: number, field: string): Promise<void> {
  if (await em.count(ServiceCharge, { memberId, serviceId, year })) {
    throw new ConflictError(field, `this member is already charged for this service in ${year}; there is one charge per member, service and year`);
  }
}

export async function checkNewBudget(em: EntityManager, year: number, version: string, field: string): Promise<void> {
  if (await em.count(FinancialStatement, { kind: StatementKind.BUDGET, year, version })) throw new ConflictError(field, `budget ${year} already has a version "${version}"`);
}

export async function checkNewLine(em: EntityManager, statement: FinancialStatement, category: string, field: string): Promise<void> {
  if (await em.count(StatementLine, { statement, category })) throw new ConflictError(field, `budget ${statement.year} (${statement.version}) already has a line "${category}"`);
}
