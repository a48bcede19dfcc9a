import type { EntityManager } from '@mikro-orm/postgresql';
import { organisationNumberProblem } from '../shared/domain/organisation-number';
import { checkPeriod } from '../shared/domain/periods';
import { BadUserInputError, ConflictError } from '../shared/graphql/errors';
import { Member } from './entities/member.entity';

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
