import { type Period, periodOn } from '../shared/domain/periods';

/** A member's kinds over time, as the membership subgraph answers `identities { kind from to }`; the selection asking for them. */
export type KindPeriods = Array<Period & { kind: string }>;
export const KIND_PERIODS_SELECTION = 'identities { kind from to }';

/** The member's kind at the end of `year` (a county council until 2018, a region from 2019); `today` when it has no recorded history. */
export const kindInYear = <T>(identities: KindPeriods, year: number, today: T): string | T => periodOn(identities, `${year}-12-31`)?.kind ?? today;
