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

/** A column folded in SQL as `fold` does in JavaScript (lower case with ICU's Unicode rules, then the same letters replaced). */
export const foldedColumn = (column: string) => raw((alias: string) => `translate(lower(${alias}.${column} collate "sv-SE-x-icu"), '${ACCENTED}', '${PLAIN}')`);

/**
 * Rows where any of `columns` (SQL column names) contains `text`, case- and accent-insensitively
 * ("malmo" finds "Malmö", "ANGELHOLM" finds "Ängelholm"); every list's `search` matches this way.
 */
export function textSearch<T>(columns: string[], text: string | null | undefined): FilterQuery<T> | null {
  if (!text) return null;
  const pattern = containsPattern(fold(text));
  return { $or: columns.map((column) => ({ [foldedColumn(column)]: { $like: pattern } })) } as FilterQuery<T>;
}
