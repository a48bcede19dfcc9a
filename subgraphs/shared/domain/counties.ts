import type { FilterQuery } from '@mikro-orm/core';
import { fold, foldedColumn } from './search';

/** Sweden's counties (län) by their code at Statistics Sweden (SCB länskod), as the seed and DOMAIN.md name them. */
export const COUNTY_CODES: Record<string, string> = {
  '01': 'Stockholms län',
  '03': 'Uppsala län',
  '04': 'Södermanlands län',
  '05': 'Östergötlands län',
  '06': 'Jönköpings län',
  '07': 'Kronobergs län',
  '08': 'Kalmar län',
  '09': 'Gotlands län',
  '10': 'Blekinge län',
  '12': 'Skåne län',
  '13': 'Hallands län',
  '14': 'Västra Götalands län',
  '17': 'Värmlands län',
  '18': 'Örebro län',
  '19': 'Västmanlands län',
  '20': 'Dalarnas län',
  '21': 'Gävleborgs län',
  '22': 'Västernorrlands län',
  '23': 'Jämtlands län',
  '24': 'Västerbottens län',
  '25': 'Norrbottens län',
};

const CODE_OF = new Map(Object.entries(COUNTY_CODES).map(([code, name]) => [fold(name), code]));

/** The länskod of a county named as the hub names it; null for a name it does not know for certain. */
export function countyCode(county: string | null): string | null {
  return county === null ? null : (CODE_OF.get(fold(county)) ?? null);
}

/** Rows whose county is one of `counties`, each a länskod ("12") or a name in any case ("skåne län"). */
export function countyIn<T>(column: string, counties: readonly string[] | null | undefined): FilterQuery<T> | null {
  if (counties == null) return null;
  const names = counties.map((county) => fold(COUNTY_CODES[county.trim()] ?? county.trim()));
  return { [foldedColumn(column)]: { $in: names } } as FilterQuery<T>;
}
