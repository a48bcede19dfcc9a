import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError } from '../../shared/graphql/errors';
import { findOrFail } from '../../shared/graphql/lookup';
import { checkPeriod } from '../../shared/domain/periods';

/** Ends an open participation (in a project or a network) on a day: the one write both kinds share. */
export async function endParticipation<T extends { id: string; from: string; to: string | null }>(em: EntityManager, entity: EntityClass<T>, id: string, on: string): Promise<T> {
  const participation = await findOrFail(em, entity, id, 'id', 'participation', 'update');
  if (participation.to !== null) throw new ConflictError('id', `the participation already ended on ${participation.to}`);
  checkPeriod({ from: participation.from, to: on }, 'on');
  participation.to = on;
  await em.flush();
  return participation;
}
