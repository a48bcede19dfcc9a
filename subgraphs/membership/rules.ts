import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, ConflictError } from '../shared/graphql/errors';
import { organisationNumberProblem } from '../shared/domain/organisation-number';
import { Member } from './entities/member.entity';

/** Business rules for members, checked before anything is written. */
export async function checkOrganisationNumber(em: EntityManager, value: string, field: string, exceptId?: string): Promise<void> {
  const problem = organisationNumberProblem(value);
  if (problem) throw new BadUserInputError(field, problem);
  const holder = await em.findOne(Member, { organisationNumber: value });
  if (holder && holder.id !== exceptId) throw new ConflictError(field, `organisation number ${value} already belongs to ${holder.name}`);
}

export function checkMembershipDates(joinedOn: string, leftOn: string | null, field: string): void {
  if (leftOn !== null && leftOn <= joinedOn) throw new BadUserInputError(field, `leftOn (${leftOn}) must be after joinedOn (${joinedOn}): it is the first day no longer a member`);
}
