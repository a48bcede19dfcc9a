import type { EntityManager } from '@mikro-orm/postgresql';
import type { PartnerRoleKind } from '../shared/domain/partner-roles';
import { DataSource } from '../shared/domain/source';
import { recordFieldSources } from '../shared/graphql/provenance';
import type { Progress } from '../shared/platform/progress';
import { worldServicePartnerRoles } from '../shared/seed-world/partners';
import {
  SERVICE_VARIANTS,
  worldCouncilMeetings,
  worldCouncilSeats,
  worldCouncils,
  worldIntegrations,
  worldServices,
  worldSubscriptions,
} from '../shared/seed-world/services';
import { Council } from './entities/council.entity';
import { CouncilMeeting } from './entities/council-meeting.entity';
import { CouncilRole, CouncilSeat } from './entities/council-seat.entity';
import { Integration, IntegrationMethod } from './entities/integration.entity';
import { Service, ServiceArea, ServiceStatus } from './entities/service.entity';
import { ServicePartnerRole } from './entities/service-partner-role.entity';
import { ServiceSubscription } from './entities/service-subscription.entity';

const source = (value: 'SEED' | 'DEMO') => value as DataSource;

/** Services by key, with the roles partners hold on them. */
function createCatalogue(em: EntityManager): Map<string, Service> {
  const services = new Map(
    worldServices().map(({ key, area, status, ...service }) => {
      const variants = [...(SERVICE_VARIANTS[key] ?? [])];
      return [
        key,
        em.create(Service, {
          ...service,
          slug: key,
          area: area as ServiceArea,
          status: status as ServiceStatus,
          variants,
          source: source(service.source),
        }),
      ];
    }),
  );
  for (const { id, serviceKey, partnerId, role, from, to, provenance } of worldServicePartnerRoles()) {
    em.create(ServicePartnerRole, { id, service: services.get(serviceKey)!, partnerId, role: role as PartnerRoleKind, from, to, source: DataSource.SEED });
    recordFieldSources(em, id, provenance);
  }
  return services;
}

function createCouncils(em: EntityManager, services: Map<string, Service>): void {
  const councils = new Map(worldCouncils().map((council) => [council.id, em.create(Council, { id: council.id, service: services.get(council.serviceKey)! })]));
  for (const { id, councilId, memberId, person, role, from, to, source: origin } of worldCouncilSeats()) {
    em.create(CouncilSeat, { id, council: councils.get(councilId)!, memberId, person, role: role as CouncilRole, from, to, source: source(origin) });
  }
  for (const { id, councilId, heldOn, note, source: origin } of worldCouncilMeetings()) {
    em.create(CouncilMeeting, { id, council: councils.get(councilId)!, heldOn, note, source: source(origin) });
  }
}

/** Services with their partners' roles, councils (seats, meetings), subscriptions and integrations, when the services schema is empty. */
export async function seedServices(em: EntityManager, progress: Progress): Promise<void> {
  if ((await em.count(Service)) > 0) return;
  const subscriptions = worldSubscriptions();
  const step = progress.step('services and subscriptions', subscriptions.length);
  const services = createCatalogue(em);
  createCouncils(em, services);
  for (const { id, serviceKey, memberId, variant, from, to, source: origin } of subscriptions) {
    em.create(ServiceSubscription, { id, service: services.get(serviceKey)!, memberId, variant, from, to, source: source(origin) });
    step.tick();
  }
  for (const { id, serviceKey, method, system, memberId, description, source: origin } of worldIntegrations()) {
    em.create(Integration, {
      id,
      service: services.get(serviceKey)!,
      method: method as IntegrationMethod,
      system,
      memberId,
      description,
      source: source(origin),
    });
  }
  await em.flush();
  step.done();
}
