import { raw, type EntityClass, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

export type GroupSum<G extends string> = Record<G, string> & { total: bigint; rows: number };

/**
 * Adds up `amountOre` per group in one SQL statement (`sum` over bigint is an exact numeric in
 * PostgreSQL, so totals cannot overflow) and answers each group's total as a bigint.
 */
export async function sumBy<T extends object, G extends string>(em: EntityManager, entity: EntityClass<T>, groupBy: readonly G[], where: FilterQuery<T>): Promise<GroupSum<G>[]> {
  const rows: Array<Record<string, string | number>> = await em
    .createQueryBuilder(entity)
    .select([...groupBy, raw('sum(amount_ore)::text as total'), raw('count(*)::int as rows')] as never)
    .where(where)
    .groupBy([...groupBy] as never)
    .execute('all', true);
  return rows.map((row) => ({ ...row, total: BigInt(row.total), rows: Number(row.rows) }) as GroupSum<G>);
}
