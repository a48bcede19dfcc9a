import { config } from '../platform/config';
import { stableId } from './random';

/**
 * How large the seeded world is. Scale 1 is the hub's own data; scale N adds N − 1 DEMO copies of
 * every member, each taking part in what its original takes part in over the same days, so every
 * count grows N-fold while the scale-1 data stays exactly as it is.
 */
export const seedScale = (): number => config().SEED_SCALE;

/** The copy numbers a scale adds: 1 … scale − 1. */
export const copyNumbers = (scale: number): number[] => Array.from({ length: scale - 1 }, (_, index) => index + 1);

/** Key and id of a member's DEMO copy. */
export const copyKey = (memberKey: string, copy: number): string => `${memberKey}-demo${copy}`;
export const copyId = (memberKey: string, copy: number): string => stableId(`member:${copyKey(memberKey, copy)}`);

interface MemberRecord {
  id: string;
  memberKey: string;
  memberId: string;
  source: 'SEED' | 'DEMO';
}

/** The records, then each record once more for every copy of its member: its own id, the copy as member, DEMO. */
export function withMemberCopies<T extends MemberRecord>(records: T[], scale: number, adjust: (copy: T) => T = (copy) => copy): T[] {
  const copies = copyNumbers(scale).flatMap((copy) =>
    records.map((record) =>
      adjust({
        ...record,
        id: stableId(`copy:${copy}:${record.id}`),
        memberKey: copyKey(record.memberKey, copy),
        memberId: copyId(record.memberKey, copy),
        source: 'DEMO',
      }),
    ),
  );
  return [...records, ...copies];
}
