import { type EntityClass, type FilterQuery, raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { plainRows, tableOf } from '../shared/graphql/loaders';
import { MembershipFee } from './entities/membership-fee.entity';
import { FundingKind, ProjectFunding } from './entities/project-funding.entity';
import { ServiceCharge } from './entities/service-charge.entity';
import type { CostSums } from './types/cost-statement.type';

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

/**
 * What each member paid in a year, by part (fee rows, service charges, project contributions), added
 * up in one SQL statement: members without any row are left out.
 */
export async function costSumsOf(em: EntityManager, year: number, memberIds: string[]): Promise<Array<CostSums & { memberId: string }>> {
  if (!memberIds.length) return [];
  const paid = (part: string, entity: EntityClass<unknown>, extra = '') =>
    `select member_id, '${part}' as part, amount_ore from ${tableOf(em, entity)} where year = ? and member_id = any(?::uuid[])${extra}`;
  const sumOf = (part: string) => `coalesce(sum(amount_ore) filter (where part = '${part}'), 0)::text as ${part}`;
  const rows = await plainRows<Record<'memberId' | keyof CostSums, string>>(
    em,
    `select member_id as "memberId", ${sumOf('fees')}, ${sumOf('charges')}, ${sumOf('contributions')}
      from (${paid('fees', MembershipFee)} union all ${paid('charges', ServiceCharge)} union all ${paid('contributions', ProjectFunding, ' and kind = ?')}) paid
      group by member_id`,
    [year, memberIds, year, memberIds, year, memberIds, FundingKind.MEMBER_CONTRIBUTION],
  );
  return rows.map((row) => ({ memberId: row.memberId, fees: BigInt(row.fees), charges: BigInt(row.charges), contributions: BigInt(row.contributions) }));
}
