import { type EntityClass, LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => UUID.test(value);

/**
 * A row lock a mutation takes on a row it reads, held until its transaction ends: `share` keeps the
 * row as it was checked (others may read it and lock it the same way), `update` is for a row the
 * mutation changes after checking it (one at a time).
 */
export type RowLock = 'share' | 'update';

/** Query options that load the newest committed rows under `lock`. */
export const locked = (lock: RowLock) => ({ lockMode: lock === 'share' ? LockMode.PESSIMISTIC_READ : LockMode.PESSIMISTIC_WRITE, refresh: true }) as const;

/** Loads an entity by id (under `lock` when given) or fails with NOT_FOUND naming the argument that held the id. */
export async function findOrFail<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  id: string,
  field: string,
  label: string,
  lock?: RowLock,
): Promise<T> {
  const found = isUuid(id) ? await em.findOne(entity, { id } as never, lock ? locked(lock) : {}) : null;
  if (!found) throw new NotFoundError(label, id, field);
  return found;
}
