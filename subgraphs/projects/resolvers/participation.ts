import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { checkMemberDuring } from '../../shared/domain/member-facts';
import { checkPeriod, type Period } from '../../shared/domain/periods';
import { DataSource } from '../../shared/domain/source';
import type { RequestContext } from '../../shared/graphql/context';
import { ConflictError } from '../../shared/graphql/errors';
import { findOrFail } from '../../shared/graphql/lookup';
import { requireMemberFacts } from '../../shared/graphql/peers';
import { takeTurns } from '../../shared/graphql/transaction';
import type { Participation } from '../entities/participation';
import { checkNoOverlap } from '../rules';

/** A participation as the add mutations take it. */
export interface NewParticipation {
  memberId: string;
  from: string;
  to?: string | null;
}

/**
 * Records a member's participation in a project or a network (`parent`, kept under `parentField`)
 * after the checks both kinds share: its period ends after it starts, it fits the parent
 * (`checkParent`), the member is one throughout, and it takes part in the parent once at a time.
 * `fields` are the kind's own (a project participation's role).
 */
export async function addParticipation<T extends Participation>(
  ctx: RequestContext,
  entity: EntityClass<T>,
  parent: { id: string; name: string },
  parentField: 'project' | 'network',
  { memberId, from, to }: NewParticipation,
  checkParent: (period: Period) => Promise<void> | void,
  fields: Partial<T> = {},
): Promise<T> {
  const period = { from, to: to ?? null };
  checkPeriod(period, 'input.to');
  await checkParent(period);
  checkMemberDuring(await requireMemberFacts(ctx, memberId, 'input.memberId'), period, { from: 'input.from', to: 'input.to' });
  await takeTurns(ctx.em, parentField, parent.id, memberId);
  checkNoOverlap(await ctx.em.find(entity, { [parentField]: parent, memberId } as never), period, 'input.memberId', `"${parent.name}"`);
  const participation = ctx.em.create(entity, { ...fields, [parentField]: parent, memberId, ...period, source: DataSource.ENTERED } as never);
  await ctx.em.flush();
  return participation;
}

/** Ends an open participation (in a project or a network) `on` a day: the one write both kinds share. */
export async function endParticipation<T extends Participation>(em: EntityManager, entity: EntityClass<T>, id: string, on: string): Promise<T> {
  const participation = await findOrFail(em, entity, id, 'id', 'participation', 'update');
  if (participation.to !== null) throw new ConflictError('id', `the participation already ended on ${participation.to}`);
  checkPeriod({ from: participation.from, to: on }, 'on');
  participation.to = on;
  await em.flush();
  return participation;
}
