import 'reflect-metadata';
import { runSubgraphProcess } from '../shared/graphql/server';
import type { SubgraphDefinition } from '../shared/graphql/subgraph';
import { BoardAssignment } from './entities/board-assignment.entity';
import { MEMBER_CONSTRAINTS, Member } from './entities/member.entity';
import { Representative } from './entities/representative.entity';
import { migrations } from './migrations';
import { resolveMemberReference } from './references/member.reference';
import { BoardAssignmentResolver } from './resolvers/board-assignment.resolver';
import { MemberResolver } from './resolvers/member.resolver';
import { MemberCountsResolver } from './resolvers/member-counts.resolver';
import { RepresentativeResolver } from './resolvers/representative.resolver';
import { ViewerResolver } from './resolvers/viewer.resolver';
import { seedMembership } from './seed';

/** Membership: who is a member of Sambruk and since when, their representatives and the board. */
export const membership: SubgraphDefinition = {
  name: 'membership',
  entities: [Member, Representative, BoardAssignment],
  migrations,
  resolvers: [MemberResolver, RepresentativeResolver, BoardAssignmentResolver, MemberCountsResolver, ViewerResolver],
  constraints: MEMBER_CONSTRAINTS,
  references: { Member: resolveMemberReference },
  seed: seedMembership,
};

if (require.main === module) void runSubgraphProcess(membership);
