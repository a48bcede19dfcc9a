import { defineLoader, entitiesById, groupedLoader, uuids } from '../shared/graphql/loaders';
import { BoardAssignment } from './entities/board-assignment.entity';
import { BoardTerm } from './entities/board-term.entity';
import { Member } from './entities/member.entity';
import { MemberIdentity } from './entities/member-identity.entity';
import { MemberPopulation } from './entities/member-population.entity';
import { Representative } from './entities/representative.entity';

export const membersById = defineLoader('membersById', (em) => entitiesById(em, Member));

export const boardTermsById = defineLoader('boardTermsById', (em) => entitiesById(em, BoardTerm));

export const representativesByMember = defineLoader('representativesByMember', (em) =>
  groupedLoader<string, Representative>(
    (ids) => em.find(Representative, { member: { $in: ids as string[] } }, { orderBy: { name: 'asc' } }),
    (representative) => representative.member.id,
  ),
);

export const boardAssignmentsByMember = defineLoader('boardAssignmentsByMember', (em) =>
  groupedLoader<string, BoardAssignment>(
    (ids) => em.find(BoardAssignment, { member: { $in: ids as string[] } }, { orderBy: { from: 'desc', role: 'asc' } }),
    (assignment) => assignment.member.id,
  ),
);

export const boardAssignmentsByTerm = defineLoader('boardAssignmentsByTerm', (em) =>
  groupedLoader<string, BoardAssignment>(
    (ids) => em.find(BoardAssignment, { term: { $in: ids as string[] } }, { orderBy: { person: 'asc' } }),
    (assignment) => assignment.term!.id,
  ),
);

/** Each member's recorded populations, oldest first. */
export const populationsByMember = defineLoader('populationsByMember', (em) =>
  groupedLoader<string, MemberPopulation>(
    (ids) => em.find(MemberPopulation, { memberId: { $in: uuids(ids) } }, { orderBy: { on: 'asc' } }),
    (record) => record.memberId,
  ),
);

/** Each member's identities (names and kinds over time), oldest first. */
export const identitiesByMember = defineLoader('identitiesByMember', (em) =>
  groupedLoader<string, MemberIdentity>(
    (ids) => em.find(MemberIdentity, { memberId: { $in: uuids(ids) } }, { orderBy: { from: 'asc' } }),
    (identity) => identity.memberId,
  ),
);
