import 'reflect-metadata';
import { partnerRoleConstraints } from '../shared/domain/partner-roles';
import { runSubgraphProcess } from '../shared/graphql/server';
import type { SubgraphDefinition } from '../shared/graphql/subgraph';
import { Council } from './entities/council.entity';
import { COUNCIL_MEETING_CONSTRAINTS, CouncilMeeting } from './entities/council-meeting.entity';
import { COUNCIL_SEAT_CONSTRAINTS, CouncilSeat } from './entities/council-seat.entity';
import { Integration } from './entities/integration.entity';
import { SERVICE_CONSTRAINTS, Service } from './entities/service.entity';
import { ServicePartnerRole } from './entities/service-partner-role.entity';
import { SERVICE_SUBSCRIPTION_CONSTRAINTS, ServiceSubscription } from './entities/service-subscription.entity';
import { migrations } from './migrations';
import { resolveMemberReference } from './references/member.reference';
import { resolvePartnerReference } from './references/partner.reference';
import { resolveServiceReference } from './references/service.reference';
import { resolveServiceSubscriptionReference } from './references/service-subscription.reference';
import { CouncilResolver } from './resolvers/council.resolver';
import { CouncilMeetingResolver } from './resolvers/council-meeting.resolver';
import { CouncilSeatResolver } from './resolvers/council-seat.resolver';
import { CouncilSeatCountsResolver, SubscriptionCountsResolver } from './resolvers/counts.resolver';
import { IntegrationResolver } from './resolvers/integration.resolver';
import { MemberResolver } from './resolvers/member.resolver';
import { ServiceResolver } from './resolvers/service.resolver';
import { PartnerResolver, ServicePartnerRoleResolver } from './resolvers/service-partner-role.resolver';
import { ServiceSubscriptionResolver } from './resolvers/service-subscription.resolver';
import { seedServices } from './seed';

/** Services and councils: the collaboration services, who uses them, the councils that govern them, and the roles partners hold on them. */
export const services: SubgraphDefinition = {
  name: 'services',
  entities: [Service, ServicePartnerRole, Council, CouncilSeat, CouncilMeeting, ServiceSubscription, Integration],
  migrations,
  resolvers: [
    ServiceResolver,
    ServicePartnerRoleResolver,
    PartnerResolver,
    ServiceSubscriptionResolver,
    CouncilResolver,
    CouncilSeatResolver,
    CouncilMeetingResolver,
    IntegrationResolver,
    MemberResolver,
    SubscriptionCountsResolver,
    CouncilSeatCountsResolver,
  ],
  constraints: {
    ...SERVICE_CONSTRAINTS,
    ...partnerRoleConstraints('service'),
    ...SERVICE_SUBSCRIPTION_CONSTRAINTS,
    ...COUNCIL_SEAT_CONSTRAINTS,
    ...COUNCIL_MEETING_CONSTRAINTS,
  },
  references: {
    Service: resolveServiceReference,
    ServiceSubscription: resolveServiceSubscriptionReference,
    Member: resolveMemberReference,
    Partner: resolvePartnerReference,
  },
  seed: seedServices,
};

if (require.main === module) void runSubgraphProcess(services);
