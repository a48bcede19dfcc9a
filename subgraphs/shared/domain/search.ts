import { type FilterQuery, raw } from '@mikro-orm/core';

/** An ILIKE pattern that finds `text` anywhere, with LIKE's wildcards in `text` escaped. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}

/** Letters with accents (Swedish and the other Latin ones names carry) and what they match in a search. */
const ACCENTED = 'àáâãäåāăąçćčďđèéêëēėęěìíîïīįıłñńňòóôõöøōőřśšşțťùúûüūůűýÿžźżæ';
const PLAIN = [...ACCENTED].map((letter) => ({ ø: 'o', ı: 'i', ł: 'l', đ: 'd', æ: 'a' })[letter] ?? letter.normalize('NFD')[0]).join('');

/** Text as a search compares it: lower case, accents dropped ("Malmö" → "malmo"), as `folded` does in SQL. */
export function fold(text: string): string {
  return [...text.toLowerCase()].map((letter) => PLAIN[ACCENTED.indexOf(letter)] ?? letter).join('');
}

/** Text SQL computes for a row other than a column: `sql` of the row's alias, with its `params` bound in order (e.g. a name as of a day). */
export interface TextExpression {
  sql: (alias: string) => string;
  params: readonly unknown[];
}

/** A column (its SQL name) or an expression. */
export type Searched = string | TextExpression;

const expressionOf = (searched: Searched): TextExpression => (typeof searched === 'string' ? { sql: (alias) => `${alias}.${searched}`, params: [] } : searched);

/** A column or expression folded in SQL as `fold` does in JavaScript (lower case with ICU's Unicode rules, then the same letters replaced). */
export function foldedColumn(searched: Searched) {
  const { sql, params } = expressionOf(searched);
  return raw((alias: string) => `translate(lower(${sql(alias)} collate "sv-SE-x-icu"), '${ACCENTED}', '${PLAIN}')`, params);
}

/**
 * Rows where any of `columns` (SQL column names or expressions) contains `text`, case- and accent-insensitively
 * ("malmo" finds "Malmö", "ANGELHOLM" finds "Ängelholm"); every list's `search` matches this way.
 */
export function textSearch<T>(columns: readonly Searched[], text: string | null | undefined): FilterQuery<T> | null {
  if (!text) return null;
  const pattern = containsPattern(fold(text));
  return { $or: columns.map((column) => ({ [foldedColumn(column)]: { $like: pattern } })) } as FilterQuery<T>;
}
