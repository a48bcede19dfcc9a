import { BadUserInputError } from '../graphql/errors';

/** Calendar years from `from` to `to`, both included. */
export interface YearRange {
  from: number;
  to: number;
}

/** The longest range a series, report or count may cover. */
export const MAX_YEARS = 30;

export const yearsOf = (range: YearRange): number[] => Array.from({ length: range.to - range.from + 1 }, (_, index) => range.from + index);

/**
 * BAD_USER_INPUT naming the argument (`<prefix>fromYear` / `<prefix>toYear`) unless both years lie
 * within `allowed`, `toYear` is not before `fromYear` and the range spans at most MAX_YEARS.
 */
export function checkYearRange(from: number, to: number, allowed: YearRange, prefix = ''): YearRange {
  for (const [year, field] of [
    [from, 'fromYear'],
    [to, 'toYear'],
  ] as const) {
    if (year < allowed.from || year > allowed.to)
      throw new BadUserInputError(`${prefix}${field}`, `${year} is out of range: give a year from ${allowed.from} to ${allowed.to}`);
  }
  if (to < from) throw new BadUserInputError(`${prefix}toYear`, `${to} is before fromYear ${from}; give the later year as toYear`);
  if (to - from >= MAX_YEARS)
    throw new BadUserInputError(`${prefix}toYear`, `a range covers at most ${MAX_YEARS} years; ask for ${from}–${from + MAX_YEARS - 1} or less`);
  return { from, to };
}

/** Sambruk began as a network in 2002. */
const FIRST_NETWORK_YEAR = 2002;

/** A range over Sambruk's history, from 2002 to next year (BAD_USER_INPUT naming the argument otherwise). */
export const checkHistoryYears = (from: number, to: number, today: string): YearRange =>
  checkYearRange(from, to, { from: FIRST_NETWORK_YEAR, to: Number(today.slice(0, 4)) + 1 });
