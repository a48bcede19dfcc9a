import 'reflect-metadata';
import { runSubgraphProcess } from '../shared/graphql/server';
import type { SubgraphDefinition } from '../shared/graphql/subgraph';
import { Campaign } from './entities/campaign.entity';
import { Goal } from './entities/goal.entity';
import { NETWORK_CONSTRAINTS, Network } from './entities/network.entity';
import { NETWORK_PARTICIPATION_CONSTRAINTS, NetworkParticipation } from './entities/network-participation.entity';
import { PROJECT_CONSTRAINTS, Project } from './entities/project.entity';
import { PROJECT_PARTICIPATION_CONSTRAINTS, ProjectParticipation } from './entities/project-participation.entity';
import { ProjectPhaseChange } from './entities/project-phase-change.entity';
import { Seminar } from './entities/seminar.entity';
import { migrations } from './migrations';
import { resolveMemberReference } from './references/member.reference';
import { resolveNetworkReference } from './references/network.reference';
import { resolveProjectReference } from './references/project.reference';
import { ParticipationCountsResolver } from './resolvers/counts.resolver';
import { GoalResolver } from './resolvers/goal.resolver';
import { MemberResolver } from './resolvers/member.resolver';
import { NetworkResolver } from './resolvers/network.resolver';
import { NetworkParticipationResolver } from './resolvers/network-participation.resolver';
import { ProjectResolver } from './resolvers/project.resolver';
import { ProjectParticipationResolver } from './resolvers/project-participation.resolver';
import { SeminarResolver } from './resolvers/seminar.resolver';
import { seedProjectsAndNetworks } from './seed';

/** Projects and networks: co-funded projects and their lifecycle, competence networks, campaigns and seminars, and the business plan's goals with their progress. */
export const projects: SubgraphDefinition = {
  name: 'projects',
  entities: [Project, ProjectPhaseChange, ProjectParticipation, Network, NetworkParticipation, Campaign, Seminar, Goal],
  migrations,
  resolvers: [
    ProjectResolver,
    ProjectParticipationResolver,
    NetworkResolver,
    NetworkParticipationResolver,
    SeminarResolver,
    MemberResolver,
    ParticipationCountsResolver,
    GoalResolver,
  ],
  constraints: { ...PROJECT_CONSTRAINTS, ...PROJECT_PARTICIPATION_CONSTRAINTS, ...NETWORK_CONSTRAINTS, ...NETWORK_PARTICIPATION_CONSTRAINTS },
  references: { Member: resolveMemberReference, Project: resolveProjectReference, Network: resolveNetworkReference },
  seed: seedProjectsAndNetworks,
};

if (require.main === module) void runSubgraphProcess(projects);
