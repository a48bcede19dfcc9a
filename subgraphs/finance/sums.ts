import { type EntityClass, type FilterQuery, raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

export type GroupSum<G extends string> = Record<G, string> & { total: bigint; members: number };

/**
 * Adds up `amountOre` per group in one SQL statement (`sum` over bigint is an exact numeric in
 * PostgreSQL, so totals cannot overflow) and answers each group's total as a bigint, with how many
 * members it comes from (a member with two rows counts once).
 */
export async function sumBy<T extends object, G extends string>(
  em: EntityManager,
  entity: EntityClass<T>,
  groupBy: readonly G[],
  where: FilterQuery<T>,
): Promise<GroupSum<G>[]> {
  const rows: Array<Record<string, string | number>> = await em
    .createQueryBuilder(entity)
    .select([...groupBy, raw('sum(amount_ore)::text as total'), raw('count(distinct member_id)::int as members')] as never)
    .where(where)
    .groupBy([...groupBy] as never)
    .execute('all', true);
  return rows.map((row) => ({ ...row, total: BigInt(row.total), members: Number(row.members) }) as GroupSum<G>);
}

/** Items grouped by a key, in the order first seen. */
export function groupedBy<T, K>(items: T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}
