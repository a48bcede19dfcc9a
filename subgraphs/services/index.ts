import 'reflect-metadata';
import { runSubgraphProcess } from '../shared/server';
import type { SubgraphDefinition } from '../shared/subgraph';
import { CouncilMeeting } from './entities/council-meeting.entity';
import { CouncilSeat } from './entities/council-seat.entity';
import { Council } from './entities/council.entity';
import { Integration } from './entities/integration.entity';
import { ManagementPartner } from './entities/management-partner.entity';
import { Service } from './entities/service.entity';
import { Subscription } from './entities/subscription.entity';
import { migrations } from './migrations';
import { resolveMemberReference } from './references/member.reference';
import { resolveServiceReference } from './references/service.reference';
import { resolveSubscriptionReference } from './references/subscription.reference';
import { CouncilSeatResolver } from './resolvers/council-seat.resolver';
import { CouncilResolver } from './resolvers/council.resolver';
import { IntegrationResolver } from './resolvers/integration.resolver';
import { ManagementPartnerResolver } from './resolvers/management-partner.resolver';
import { MemberResolver } from './resolvers/member.resolver';
import { ServiceAdminResolver } from './resolvers/service-admin.resolver';
import { ServiceResolver } from './resolvers/service.resolver';
import { SubscriptionResolver } from './resolvers/subscription.resolver';
import { seedServices } from './seed';

/** Services and councils: the collaboration services, who uses them, and the councils that govern them. */
export const services: SubgraphDefinition = {
  name: 'services',
  entities: [Service, ManagementPartner, Council, CouncilSeat, CouncilMeeting, Subscription, Integration],
  migrations,
  resolvers: [ServiceResolver, ServiceAdminResolver, ManagementPartnerResolver, SubscriptionResolver, CouncilResolver, CouncilSeatResolver, IntegrationResolver, MemberResolver],
  references: { Service: resolveServiceReference, ServiceSubscription: resolveSubscriptionReference, Member: resolveMemberReference },
  seed: seedServices,
};

if (require.main === module) void runSubgraphProcess(services);
