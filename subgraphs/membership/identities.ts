import { type FilterQuery, raw } from '@mikro-orm/core';
import type { TextExpression } from '../shared/domain/search';
import type { Member, MemberKind } from './entities/member.entity';

const IDENTITIES = '"membership"."member_identity"';

/**
 * SQL for one column of the identity a member (the row at `alias`) has on a day (SQL `day`), as `periodOn` picks it: the
 * latest that started by then, or the first when the day comes before it.
 */
export const identityColumnOn = (column: 'name' | 'kind', alias: string, day: string): string =>
  `(select i."${column}" from ${IDENTITIES} i where i."member_id" = ${alias}."id" and i."from" <= ` +
  `greatest(${day}, (select min(f."from") from ${IDENTITIES} f where f."member_id" = ${alias}."id")) order by i."from" desc limit 1)`;

/** One column of a member's identity on `day`, for a filter or a search. */
export const identityOn = (column: 'name' | 'kind', day: string): TextExpression => ({
  sql: (alias) => identityColumnOn(column, alias, '?::date'),
  params: [day],
});

/** Every name a member has had, one a line, for a search that also finds it by a former name (SKL finds SKR). */
export const everyName: TextExpression = {
  sql: (alias) => `(select string_agg(i."name", E'\\n') from ${IDENTITIES} i where i."member_id" = ${alias}."id")`,
  params: [],
};

/** Members whose kind on `day` is one of `kinds`; no condition when `kinds` is left out. */
export function kindOn(kinds: readonly MemberKind[] | null | undefined, day: string): FilterQuery<Member> | null {
  if (kinds == null) return null;
  const { sql, params } = identityOn('kind', day);
  return { [raw(sql, params)]: { $in: [...kinds] } } as FilterQuery<Member>;
}
