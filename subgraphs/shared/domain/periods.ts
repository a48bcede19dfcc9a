import type { FilterQuery } from '@mikro-orm/core';
import { BadUserInputError } from '../graphql/errors';

/**
 * A half-open period of days, `[from, to)`: `from` is its first day, `to` the first day it no longer
 * covers; null while it goes on. Every period of the hub is one (memberships, subscriptions, seats,
 * participations, campaigns, a service's life).
 */
export interface Period {
  from: string;
  to: string | null;
}

export const overlaps = (a: Period, b: Period): boolean => (b.to === null || a.from < b.to) && (a.to === null || b.from < a.to);

/** True when `outer` covers every day of `inner`. */
export const covers = (outer: Period, inner: Period): boolean => outer.from <= inner.from && (outer.to === null || (inner.to !== null && inner.to <= outer.to));

export const coversDay = (period: Period, day: string): boolean => period.from <= day && (period.to === null || day < period.to);

/**
 * Of periods that follow one another (oldest first), the one covering `day`; before the first, the first (what a record
 * was before its history starts is best told by its earliest state).
 */
export const periodOn = <P extends Period>(periods: readonly P[], day: string): P | undefined =>
  periods.find((period) => coversDay(period, day)) ?? periods.find((period) => day < period.from) ?? periods.at(-1);

/** The calendar year as a period. */
export const yearPeriod = (year: number): Period => ({ from: `${year}-01-01`, to: `${year + 1}-01-01` });

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);
const laterEnd = (a: string | null, b: string | null) => (a === null || b === null ? null : later(a, b));

/** The days two overlapping periods share. */
export function sharedDays(a: Period, b: Period): Period {
  const from = later(a.from, b.from);
  if (a.to === null || b.to === null) return { from, to: a.to ?? b.to };
  return { from, to: earlier(a.to, b.to) };
}

/** True when the union of `periods` covers every day of `inner`. */
export function coveredBy(periods: readonly Period[], inner: Period): boolean {
  const merged: Period[] = [];
  for (const period of [...periods].sort((a, b) => a.from.localeCompare(b.from))) {
    const last = merged.at(-1);
    if (last && (last.to === null || period.from <= last.to)) last.to = laterEnd(last.to, period.to);
    else merged.push({ from: period.from, to: period.to });
  }
  return merged.some((period) => covers(period, inner));
}

/** A period for a person, e.g. "2023-01-01 – 2024-01-01" or "2023-01-01 – until further notice". */
export const describePeriod = (period: Period): string => `${period.from} – ${period.to ?? 'until further notice'}`;

/** What a period's ends are called in a message: by default "the start" and "the end". */
export interface PeriodNames {
  from: string;
  to: string;
  /** What `to` is, added to the message, e.g. "the first day no longer a member". */
  toMeans?: string;
}

/** BAD_USER_INPUT naming `field` unless the period ends after it starts. */
export function checkPeriod(period: Period, field: string, names: PeriodNames = { from: 'the start', to: 'the end' }): void {
  if (period.to === null || period.to > period.from) return;
  const means = names.toMeans ? `: it is ${names.toMeans}` : '';
  throw new BadUserInputError(field, `${names.to} (${period.to}) must be after ${names.from} (${period.from})${means}`);
}

/**
 * The SQL side of `coversDay`: rows whose period (columns `from` and `to` unless named) covers `day`;
 * every row when `day` is null.
 */
export function activeOn<T>(day: string | null, from = 'from', to = 'to'): FilterQuery<T> {
  if (day === null) return {} as FilterQuery<T>;
  return { [from]: { $lte: day }, $or: [{ [to]: null }, { [to]: { $gt: day } }] } as unknown as FilterQuery<T>;
}

/** The SQL side of "a day of the year": a condition on a date column. */
export const dayInYear = (year: number) => ({ $gte: `${year}-01-01`, $lt: `${year + 1}-01-01` });

/**
 * An exclusion constraint (as SQL) over rows with a half-open `from`–`to` period of days: no two
 * rows with equal `keys` (among those matching `where`) may share a day.
 */
export function periodExclusion(table: string, name: string, keys: string[], where?: string): string {
  const equal = keys.map((key) => `"${key}" with =`).join(', ');
  return `alter table ${table} add constraint "${name}" exclude using gist (${equal}, daterange("from", "to") with &&)${where ? ` where (${where})` : ''};`;
}
