import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { swedishOrder } from '../platform/collation';

/** How many periods (memberships, subscriptions, seats, participations) a group had in a year. */
@ObjectType()
export abstract class YearCounts {
  @Field(() => Int, { description: 'The calendar year.' })
  year!: number;

  @Field(() => Int, { description: 'How many were running on some day of the year.' })
  active!: number;

  @Field(() => Int, { description: 'How many began during the year (their first day fell in it).' })
  started!: number;

  @Field(() => Int, { description: 'How many ended during the year (their last day fell in it; the recorded end day is the day after).' })
  ended!: number;

  @Field(() => Int, { description: 'How many were running on the last day of the year (31 December).' })
  atYearEnd!: number;
}

export type CountRow<G extends string> = YearCounts & Record<G, string | null>;

/** What to count: an entity whose rows are half-open periods, its period's properties and the properties to group by. */
export interface CountSpec<T, G extends string & keyof T> {
  entity: EntityClass<T>;
  from: string & keyof T;
  to: string & keyof T;
  groupBy: readonly G[];
  /**
   * Groups computed in SQL rather than read from a column, e.g. a kind in force on a day: SQL of the row's alias and of the
   * period's last day in the year (31 December, or the day before it ended).
   */
  computed?: Partial<Record<G, (alias: string, lastDay: string) => string>>;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Counts periods per year and group in ONE SQL statement (a `generate_series` of the years joined
 * to the periods that cover some day of each), whatever the number of rows and years.
 */
export async function countPerYear<T, G extends string & keyof T>(
  em: EntityManager,
  spec: CountSpec<T, G>,
  range: { from: number; to: number },
): Promise<CountRow<G>[]> {
  const meta = em.getMetadata().get(spec.entity.name);
  const column = (property: string) => `t.${quote(meta.properties[property as keyof typeof meta.properties].fieldNames[0])}`;
  const schema = meta.schema ?? em.config.get('schema');
  const table = schema ? `${quote(schema)}.${quote(meta.tableName)}` : quote(meta.tableName);
  const [from, to] = [column(spec.from), column(spec.to)];
  const lastDay = `least(make_date(y.year, 12, 31), ${to} - 1)`;
  const groupSql = (property: G) => spec.computed?.[property]?.('t', lastDay) ?? column(property);
  const groups = spec.groupBy.map((property) => `${groupSql(property)}::text as ${quote(property)}`);
  const groupColumns = spec.groupBy.map((_, index) => String(index + 2));
  const sql = `select y.year::int as year${groups.map((group) => `, ${group}`).join('')},
      count(*)::int as active,
      (count(*) filter (where ${from} >= make_date(y.year, 1, 1)))::int as started,
      (count(*) filter (where ${to} <= make_date(y.year + 1, 1, 1)))::int as ended,
      (count(*) filter (where ${to} is null or ${to} > make_date(y.year, 12, 31)))::int as "atYearEnd"
    from generate_series(?::int, ?::int) as y(year)
    join ${table} t on ${from} < make_date(y.year + 1, 1, 1) and (${to} is null or ${to} > make_date(y.year, 1, 1))
    group by ${['1', ...groupColumns].join(', ')}
    order by ${['1', ...groupColumns].join(', ')}`;
  return em.getConnection().execute(sql, [range.from, range.to], 'all');
}

const COUNTS = ['active', 'started', 'ended', 'atYearEnd'] as const;

export type FoldedCounts<E> = E & YearCounts & { members: number };

/**
 * Adds up per-member count rows (grouped by member in SQL) under coarser groups, such as a county
 * looked up elsewhere; `members` is how many different members each group had. Ordered by year,
 * then by group in Swedish order.
 */
export function foldCounts<R extends YearCounts, E extends object>(
  rows: readonly R[],
  groupOf: (row: R) => E,
  memberOf: (row: R) => string,
): FoldedCounts<E>[] {
  const groups = new Map<string, { group: E & YearCounts; members: Set<string> }>();
  for (const row of rows) {
    const extra = groupOf(row);
    const key = JSON.stringify([row.year, extra]);
    const entry =
      groups.get(key) ?? groups.set(key, { group: { ...extra, year: row.year, active: 0, started: 0, ended: 0, atYearEnd: 0 }, members: new Set() }).get(key)!;
    for (const count of COUNTS) entry.group[count] += row[count];
    entry.members.add(memberOf(row));
  }
  return [...groups].sort(([a], [b]) => swedishOrder(a, b)).map(([, { group, members }]) => ({ ...group, members: members.size }));
}
