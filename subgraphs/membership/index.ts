import 'reflect-metadata';
import { runSubgraphProcess } from '../shared/graphql/server';
import type { SubgraphDefinition } from '../shared/graphql/subgraph';
import { Association } from './entities/association.entity';
import { BoardAssignment } from './entities/board-assignment.entity';
import { BoardTerm } from './entities/board-term.entity';
import { MEMBER_CONSTRAINTS, Member } from './entities/member.entity';
import { MEMBER_IDENTITY_CONSTRAINTS, MemberIdentity } from './entities/member-identity.entity';
import { MEMBER_POPULATION_CONSTRAINTS, MemberPopulation } from './entities/member-population.entity';
import { Office } from './entities/office.entity';
import { Representative } from './entities/representative.entity';
import { migrations } from './migrations';
import { resolveMemberReference } from './references/member.reference';
import { AssociationResolver } from './resolvers/association.resolver';
import { BoardAssignmentResolver, BoardTermResolver } from './resolvers/board-assignment.resolver';
import { MemberResolver } from './resolvers/member.resolver';
import { MemberCountsResolver } from './resolvers/member-counts.resolver';
import { MemberIdentityProvenanceResolver, MemberIdentityResolver } from './resolvers/member-identity.resolver';
import { MemberPopulationResolver } from './resolvers/member-population.resolver';
import { RepresentativeResolver } from './resolvers/representative.resolver';
import { ViewerResolver } from './resolvers/viewer.resolver';
import { seedMembership } from './seed';

/** Membership: Sambruk itself, who is a member and since when, under which names and kinds, their representatives, the board and the offices. */
export const membership: SubgraphDefinition = {
  name: 'membership',
  entities: [Member, Representative, BoardAssignment, BoardTerm, Association, Office, MemberPopulation, MemberIdentity],
  migrations,
  resolvers: [
    MemberResolver,
    MemberIdentityResolver,
    MemberIdentityProvenanceResolver,
    MemberPopulationResolver,
    RepresentativeResolver,
    BoardAssignmentResolver,
    MemberCountsResolver,
    ViewerResolver,
    BoardTermResolver,
    AssociationResolver,
  ],
  constraints: { ...MEMBER_CONSTRAINTS, ...MEMBER_IDENTITY_CONSTRAINTS, ...MEMBER_POPULATION_CONSTRAINTS },
  references: { Member: resolveMemberReference },
  seed: seedMembership,
};

if (require.main === module) void runSubgraphProcess(membership);
