import { BadUserInputError } from '../graphql/errors';
import type { MemberFacts } from '../graphql/peers';
import type { Period } from './periods';

/** Taking part is for members: BAD_USER_INPUT unless the member is one for the whole period. */
export function checkMemberDuring(member: MemberFacts, period: Period, fields: { from: string; to: string }): void {
  if (period.from < member.joinedOn) throw new BadUserInputError(fields.from, `${member.name} was not yet a member on ${period.from} (member from ${member.joinedOn})`);
  if (member.leftOn !== null && (period.to === null || period.to > member.leftOn)) {
    throw new BadUserInputError(fields.to, `${member.name} left Sambruk on ${member.leftOn}; end on that day or earlier`);
  }
}

/** BAD_USER_INPUT unless the member is a member on the day. */
export function checkMemberOn(member: MemberFacts, day: string, field: string): void {
  if (day < member.joinedOn || (member.leftOn !== null && day >= member.leftOn)) {
    throw new BadUserInputError(field, `${member.name} was not a member on ${day} (member from ${member.joinedOn}${member.leftOn ? ` until ${member.leftOn}` : ''})`);
  }
}
