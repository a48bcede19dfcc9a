import type { RequestContext } from '../graphql/context';
import { BadUserInputError } from '../graphql/errors';
import { requireMember } from '../graphql/peers';

/** A half-open period of days: `to` is the first day not covered; null while it goes on. */
export interface Period {
  from: string;
  to: string | null;
}

export const overlaps = (a: Period, b: Period): boolean => (b.to === null || a.from < b.to) && (a.to === null || b.from < a.to);

/** What other subgraphs need to know about a member to check a write: its name and membership days. */
export interface MemberFacts {
  id: string;
  name: string;
  joinedOn: string;
  leftOn: string | null;
}

/** The member's name and membership days, asked of the membership subgraph; NOT_FOUND naming `field` when it has no such member. */
export async function requireMemberFacts(ctx: RequestContext, memberId: string, field: string): Promise<MemberFacts> {
  const { id, name, joinedOn, leftOn } = await requireMember(ctx, memberId, field, 'name joinedOn leftOn');
  return { id, name: String(name), joinedOn: String(joinedOn), leftOn: (leftOn as string | null) ?? null };
}

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
