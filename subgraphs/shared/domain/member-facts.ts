import { BadUserInputError } from '../graphql/errors';
import type { MemberFacts } from '../graphql/peers';
import { coversDay, overlaps, type Period, yearPeriod } from './periods';

/** A member's membership as a period: from the day it joined to the first day it no longer was one. */
export const membershipOf = (member: Pick<MemberFacts, 'joinedOn' | 'leftOn'>): Period => ({ from: member.joinedOn, to: member.leftOn });

const describeMembership = (member: MemberFacts) => `member from ${member.joinedOn}${member.leftOn ? ` until ${member.leftOn}` : ''}`;

/** Taking part is for members: BAD_USER_INPUT unless the member is one for the whole period. */
export function checkMemberDuring(member: MemberFacts, period: Period, fields: { from: string; to: string }): void {
  if (period.from < member.joinedOn)
    throw new BadUserInputError(fields.from, `${member.name} was not yet a member on ${period.from} (member from ${member.joinedOn})`);
  if (member.leftOn !== null && (period.to === null || period.to > member.leftOn)) {
    throw new BadUserInputError(fields.to, `${member.name} left Sambruk on ${member.leftOn}; end on that day or earlier`);
  }
}

/** BAD_USER_INPUT unless the member is a member on the day. */
export function checkMemberOn(member: MemberFacts, day: string, field: string): void {
  if (!coversDay(membershipOf(member), day)) throw new BadUserInputError(field, `${member.name} was not a member on ${day} (${describeMembership(member)})`);
}

/** BAD_USER_INPUT unless the member was a member on some day of the year. */
export function checkMemberInYear(member: MemberFacts, year: number, field: string): void {
  if (!overlaps(membershipOf(member), yearPeriod(year)))
    throw new BadUserInputError(field, `${member.name} was not a member during ${year} (${describeMembership(member)})`);
}
