import 'reflect-metadata';
import { runSubgraphProcess } from '../shared/graphql/server';
import type { SubgraphDefinition } from '../shared/graphql/subgraph';
import { Campaign } from './entities/campaign.entity';
import { Event } from './entities/event.entity';
import { Goal } from './entities/goal.entity';
import { NETWORK_CONSTRAINTS, Network } from './entities/network.entity';
import { NETWORK_PARTICIPATION_CONSTRAINTS, NetworkParticipation } from './entities/network-participation.entity';
import { NETWORK_PARTNER_ROLE_CONSTRAINTS, NetworkPartnerRole } from './entities/network-partner-role.entity';
import { PARTNER_CONSTRAINTS, Partner } from './entities/partner.entity';
import { PROJECT_CONSTRAINTS, Project } from './entities/project.entity';
import { PROJECT_PARTICIPATION_CONSTRAINTS, ProjectParticipation } from './entities/project-participation.entity';
import { PROJECT_PARTNER_ROLE_CONSTRAINTS, ProjectPartnerRole } from './entities/project-partner-role.entity';
import { ProjectPhaseChange } from './entities/project-phase-change.entity';
import { migrations } from './migrations';
import { resolveMemberReference } from './references/member.reference';
import { resolveNetworkReference } from './references/network.reference';
import { resolvePartnerReference } from './references/partner.reference';
import { resolveProjectReference } from './references/project.reference';
import { ParticipationCountsResolver } from './resolvers/counts.resolver';
import { EventResolver } from './resolvers/event.resolver';
import { GoalResolver } from './resolvers/goal.resolver';
import { MemberResolver } from './resolvers/member.resolver';
import { NetworkResolver } from './resolvers/network.resolver';
import { NetworkParticipationResolver } from './resolvers/network-participation.resolver';
import { PartnerResolver } from './resolvers/partner.resolver';
import { NetworkPartnerRoleResolver, ProjectPartnerRoleResolver } from './resolvers/partner-role.resolver';
import { ProjectResolver } from './resolvers/project.resolver';
import { ProjectParticipationResolver } from './resolvers/project-participation.resolver';

import { seedProjectsAndNetworks } from './seed';

/** Projects and networks: co-funded projects and their lifecycle, competence networks, campaigns, partners and their roles, events, and the business plan's goals with their progress. */
export const projects: SubgraphDefinition = {
  name: 'projects',
  entities: [
    Project,
    ProjectPhaseChange,
    ProjectParticipation,
    Network,
    NetworkParticipation,
    Campaign,
    Partner,
    ProjectPartnerRole,
    NetworkPartnerRole,
    Event,
    Goal,
  ],
  migrations,
  resolvers: [
    ProjectResolver,
    ProjectParticipationResolver,
    NetworkResolver,
    NetworkParticipationResolver,
    EventResolver,
    PartnerResolver,
    ProjectPartnerRoleResolver,
    NetworkPartnerRoleResolver,
    MemberResolver,
    ParticipationCountsResolver,
    GoalResolver,
  ],
  constraints: {
    ...PROJECT_CONSTRAINTS,
    ...PROJECT_PARTICIPATION_CONSTRAINTS,
    ...NETWORK_CONSTRAINTS,
    ...NETWORK_PARTICIPATION_CONSTRAINTS,
    ...PARTNER_CONSTRAINTS,
    ...PROJECT_PARTNER_ROLE_CONSTRAINTS,
    ...NETWORK_PARTNER_ROLE_CONSTRAINTS,
  },
  references: { Member: resolveMemberReference, Project: resolveProjectReference, Network: resolveNetworkReference, Partner: resolvePartnerReference },
  seed: seedProjectsAndNetworks,
};

if (require.main === module) void runSubgraphProcess(projects);
