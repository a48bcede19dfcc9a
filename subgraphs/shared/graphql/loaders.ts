import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { RequestContext } from './context';
import { isUuid } from './lookup';

type Fetch<K, V> = (keys: readonly K[]) => Promise<V[]>;

/** One value per key from a single batched query; keys without a row resolve to null. */
export function keyedLoader<K, V>(fetch: Fetch<K, V>, keyOf: (value: V) => K): DataLoader<K, V | null> {
  return new DataLoader(async (keys) => {
    const byKey = new Map((await fetch(keys)).map((value) => [keyOf(value), value]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** All values belonging to each key (one-to-many) from a single batched query. */
export function groupedLoader<K, V>(fetch: Fetch<K, V>, keyOf: (value: V) => K): DataLoader<K, V[]> {
  return new DataLoader(async (keys) => {
    const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
    for (const value of await fetch(keys)) groups.get(keyOf(value))?.push(value);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** The keys that can be ids: text that is no UUID matches no row, and PostgreSQL would refuse it in a uuid column. */
export const uuids = (keys: readonly string[]): string[] => keys.filter(isUuid);

/** One entity per id from a single `id in (…)` query; an unknown id, or text that is no id, resolves to null. */
export function entitiesById<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>): DataLoader<string, T | null> {
  return keyedLoader<string, T>(
    (ids) => em.find(entity, { id: { $in: uuids(ids) } } as unknown as FilterQuery<T>),
    (row) => row.id,
  );
}

/** An entity's table, schema-qualified and quoted, for hand-written SQL. */
export function tableOf(em: EntityManager, entity: EntityClass<unknown>): string {
  const meta = em.getMetadata().get(entity.name);
  const schema = meta.schema ?? em.config.get('schema');
  return schema ? `"${schema}"."${meta.tableName}"` : `"${meta.tableName}"`;
}

/**
 * The rows of one SQL statement as plain objects, for read paths that need no entity identity: no
 * entities built, nothing in the identity map. `?` placeholders are bound as parameters (an array
 * binds as a PostgreSQL array: `member_id = any(?::uuid[])`); inside a transaction it runs in it.
 */
export async function plainRows<R>(em: EntityManager, sql: string, bindings: readonly Knex.RawBinding[]): Promise<R[]> {
  const query = em.getConnection().getKnex().raw(sql, bindings);
  const transaction = em.getTransactionContext();
  if (transaction) query.transacting(transaction);
  return (await query).rows;
}

/**
 * Declares a request-scoped loader: the first use in a request creates it from the request's
 * EntityManager, later uses in the same request share it (and its batching and cache).
 */
export function defineLoader<K, V>(name: string, create: (em: EntityManager) => DataLoader<K, V>) {
  return (ctx: RequestContext): DataLoader<K, V> => ctx.loaders.get(name, () => create(ctx.em));
}

/** A request-scoped loader per distinct parameter (such as a date), e.g. `subscriptionsOf(ctx, '2023-01-01')`. */
export function defineParameterizedLoader<P, K, V>(name: string, create: (em: EntityManager, parameter: P) => DataLoader<K, V>) {
  return (ctx: RequestContext, parameter: P): DataLoader<K, V> => ctx.loaders.get(`${name}:${JSON.stringify(parameter)}`, () => create(ctx.em, parameter));
}

export class LoaderCache {
  private readonly loaders = new Map<string, unknown>();

  get<L>(key: string, create: () => L): L {
    if (!this.loaders.has(key)) this.loaders.set(key, create());
    return this.loaders.get(key) as L;
  }

  /** Forgets every loader and what it loaded, e.g. after a rolled-back transaction. */
  clear(): void {
    this.loaders.clear();
  }
}
