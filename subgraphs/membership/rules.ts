import type { EntityManager } from '@mikro-orm/postgresql';
import { organisationNumberProblem } from '../shared/domain/organisation-number';
import { checkPeriod } from '../shared/domain/periods';
import { BadUserInputError, ConflictError } from '../shared/graphql/errors';
import { Member, type MemberKind } from './entities/member.entity';
import { MemberIdentity } from './entities/member-identity.entity';

/** Business rules for members, checked before anything is written. */
export async function checkOrganisationNumber(em: EntityManager, value: string, field: string, exceptId?: string): Promise<void> {
  const problem = organisationNumberProblem(value);
  if (problem) throw new BadUserInputError(field, problem);
  const holder = await em.findOne(Member, { organisationNumber: value });
  if (holder && holder.id !== exceptId) throw new ConflictError(field, `organisation number ${value} already belongs to ${holder.name}`);
}

export function checkMembershipDates(joinedOn: string, leftOn: string | null, field: string): void {
  checkPeriod({ from: joinedOn, to: leftOn }, field, { from: 'joinedOn', to: 'leftOn', toMeans: 'the first day no longer a member' });
}

/** The member's identities, oldest first. */
export const identitiesOf = (em: EntityManager, memberId: string): Promise<MemberIdentity[]> =>
  em.find(MemberIdentity, { memberId }, { orderBy: { from: 'asc' } });

/** Gives the member's latest identity the member's name and kind (a correction, not a change over time). */
export async function correctLatestIdentity(em: EntityManager, member: Member): Promise<void> {
  const latest = (await identitiesOf(em, member.id)).at(-1);
  if (latest) em.assign(latest, { name: member.name, kind: member.kind });
}

/** BAD_USER_INPUT unless a rename starts after the current identity did and changes the name or the kind. */
export function checkRename(current: MemberIdentity | undefined, next: { name: string; kind: MemberKind }, on: string): void {
  if (!current) return;
  if (on <= current.from)
    throw new BadUserInputError(
      'on',
      `${on} is not after ${current.from}, the day "${current.name}" took effect; a rename starts after it (to correct the current name, use updateMember)`,
    );
  if (next.name === current.name && next.kind === current.kind)
    throw new BadUserInputError('name', `"${current.name}" (${current.kind}) is already its name and kind since ${current.from}; give a new name or kind`);
}
