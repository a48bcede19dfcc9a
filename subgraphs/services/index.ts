import 'reflect-metadata';
import { runSubgraphProcess } from '../shared/graphql/server';
import type { SubgraphDefinition } from '../shared/graphql/subgraph';
import { Council } from './entities/council.entity';
import { COUNCIL_MEETING_CONSTRAINTS, CouncilMeeting } from './entities/council-meeting.entity';
import { COUNCIL_SEAT_CONSTRAINTS, CouncilSeat } from './entities/council-seat.entity';
import { Integration } from './entities/integration.entity';
import { ManagementPartner } from './entities/management-partner.entity';
import { SERVICE_CONSTRAINTS, Service } from './entities/service.entity';
import { SERVICE_SUBSCRIPTION_CONSTRAINTS, ServiceSubscription } from './entities/service-subscription.entity';
import { migrations } from './migrations';
import { resolveMemberReference } from './references/member.reference';
import { resolveServiceReference } from './references/service.reference';
import { resolveServiceSubscriptionReference } from './references/service-subscription.reference';
import { CouncilResolver } from './resolvers/council.resolver';
import { CouncilMeetingResolver } from './resolvers/council-meeting.resolver';
import { CouncilSeatResolver } from './resolvers/council-seat.resolver';
import { CouncilSeatCountsResolver, SubscriptionCountsResolver } from './resolvers/counts.resolver';
import { IntegrationResolver } from './resolvers/integration.resolver';
import { ManagementPartnerResolver } from './resolvers/management-partner.resolver';
import { MemberResolver } from './resolvers/member.resolver';
import { ServiceResolver } from './resolvers/service.resolver';
import { ServiceSubscriptionResolver } from './resolvers/service-subscription.resolver';
import { seedServices } from './seed';

/** Services and councils: the collaboration services, who uses them, and the councils that govern them. */
export const services: SubgraphDefinition = {
  name: 'services',
  entities: [Service, ManagementPartner, Council, CouncilSeat, CouncilMeeting, ServiceSubscription, Integration],
  migrations,
  resolvers: [
    ServiceResolver,
    ManagementPartnerResolver,
    ServiceSubscriptionResolver,
    CouncilResolver,
    CouncilSeatResolver,
    CouncilMeetingResolver,
    IntegrationResolver,
    MemberResolver,
    SubscriptionCountsResolver,
    CouncilSeatCountsResolver,
  ],
  constraints: { ...SERVICE_CONSTRAINTS, ...SERVICE_SUBSCRIPTION_CONSTRAINTS, ...COUNCIL_SEAT_CONSTRAINTS, ...COUNCIL_MEETING_CONSTRAINTS },
  references: { Service: resolveServiceReference, ServiceSubscription: resolveServiceSubscriptionReference, Member: resolveMemberReference },
  seed: seedServices,
};

if (require.main === module) void runSubgraphProcess(services);
