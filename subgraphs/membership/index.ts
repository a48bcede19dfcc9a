import 'reflect-metadata';
import { runSubgraphProcess } from '../shared/graphql/server';
import type { SubgraphDefinition } from '../shared/graphql/subgraph';
import { BoardAssignment } from './entities/board-assignment.entity';
import { MEMBER_CONSTRAINTS, Member } from './entities/member.entity';
import { MEMBER_POPULATION_CONSTRAINTS, MemberPopulation } from './entities/member-population.entity';
import { Representative } from './entities/representative.entity';
import { migrations } from './migrations';
import { resolveMemberReference } from './references/member.reference';
import { BoardAssignmentResolver } from './resolvers/board-assignment.resolver';
import { MemberResolver } from './resolvers/member.resolver';
import { MemberCountsResolver } from './resolvers/member-counts.resolver';
import { MemberPopulationResolver } from './resolvers/member-population.resolver';
import { RepresentativeResolver } from './resolvers/representative.resolver';
import { seedMembership } from './seed';

/** Membership: who is a member of Sambruk and since when, their representatives and the board. */
export const membership: SubgraphDefinition = {
  name: 'membership',
  entities: [Member, Representative, BoardAssignment, MemberPopulation],
  migrations,
  resolvers: [MemberResolver, MemberPopulationResolver, RepresentativeResolver, BoardAssignmentResolver, MemberCountsResolver],
  constraints: { ...MEMBER_CONSTRAINTS, ...MEMBER_POPULATION_CONSTRAINTS },
  references: { Member: resolveMemberReference },
  seed: seedMembership,
};

if (require.main === module) void runSubgraphProcess(membership);
