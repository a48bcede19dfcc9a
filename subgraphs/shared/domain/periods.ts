/** A half-open period of days: `to` is the first day not covered; null while it goes on. */
export interface Period {
  from: string;
  to: string | null;
}

export const overlaps = (a: Period, b: Period): boolean => (b.to === null || a.from < b.to) && (a.to === null || b.from < a.to);

/** The calendar year as a period. */
export const yearPeriod = (year: number): Period => ({ from: `${year}-01-01`, to: `${year + 1}-01-01` });

/**
 * An exclusion constraint (as SQL) over rows with a half-open `from`–`to` period of days: no two
 * rows with equal `keys` (among those matching `where`) may share a day.
 */
export function periodExclusion(table: string, name: string, keys: string[], where?: string): string {
  const equal = keys.map((key) => `"${key}" with =`).join(', ');
  return `alter table ${table} add constraint "${name}" exclude using gist (${equal}, daterange("from", "to") with &&)${where ? ` where (${where})` : ''};`;
}
