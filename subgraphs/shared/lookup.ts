import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => UUID.test(value);

/** Loads an entity by id or fails with NOT_FOUND naming the argument that held the id. */
export async function findOrFail<T extends object>(em: EntityManager, entity: EntityClass<T>, id: string, field: string, label: string): Promise<T> {
  const found = isUuid(id) ? await em.findOne(entity, { id } as never) : null;
  if (!found) throw new NotFoundError(label, id, field);
  return found;
}
