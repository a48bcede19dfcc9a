import { activeOn, dayInYear } from '../shared/domain/periods';
import { defineLoader, defineParameterizedLoader, entitiesById, groupedLoader, keyedLoader, uuids } from '../shared/graphql/loaders';
import { Council } from './entities/council.entity';
import { CouncilMeeting } from './entities/council-meeting.entity';
import { CouncilSeat } from './entities/council-seat.entity';
import { Integration } from './entities/integration.entity';
import { Service } from './entities/service.entity';
import { ServicePartnerRole } from './entities/service-partner-role.entity';
import { ServiceSubscription } from './entities/service-subscription.entity';

export const servicesById = defineLoader('servicesById', (em) => entitiesById(em, Service));

export const subscriptionsById = defineLoader('subscriptionsById', (em) => entitiesById(em, ServiceSubscription));

export const councilsById = defineLoader('councilsById', (em) => entitiesById(em, Council));

export const councilsByService = defineLoader('councilsByService', (em) =>
  keyedLoader<string, Council>(
    (ids) => em.find(Council, { service: { $in: ids as string[] } }),
    (council) => council.service.id,
  ),
);

/** Partner roles by their service, oldest first (unknown starts first). */
export const partnerRolesByService = defineLoader('partnerRolesByService', (em) =>
  groupedLoader<string, ServicePartnerRole>(
    (ids) => em.find(ServicePartnerRole, { service: { $in: ids as string[] } }, { orderBy: { from: 'asc', role: 'asc', id: 'asc' } }),
    (role) => role.service.id,
  ),
);

/** A partner's roles on services, by the partner's id. */
export const serviceRolesByPartner = defineLoader('serviceRolesByPartner', (em) =>
  groupedLoader<string, ServicePartnerRole>(
    (ids) => em.find(ServicePartnerRole, { partnerId: { $in: uuids(ids) } }, { orderBy: { from: 'asc', id: 'asc' } }),
    (role) => role.partnerId,
  ),
);

export const integrationsByService = defineLoader('integrationsByService', (em) =>
  groupedLoader<string, Integration>(
    (ids) => em.find(Integration, { service: { $in: ids as string[] } }, { orderBy: { method: 'asc', system: 'asc', id: 'asc' } }),
    (integration) => integration.service.id,
  ),
);

/** A member's subscriptions covering a day (all of them for null), newest first. */
export const subscriptionsByMember = defineParameterizedLoader('subscriptionsByMember', (em, day: string | null) =>
  groupedLoader<string, ServiceSubscription>(
    (ids) =>
      em.find(ServiceSubscription, { $and: [{ memberId: { $in: uuids(ids) } }, activeOn<ServiceSubscription>(day)] }, { orderBy: { from: 'desc', id: 'asc' } }),
    (subscription) => subscription.memberId,
  ),
);

/** A service's subscriptions covering a day (all of them for null), oldest first. */
export const subscriptionsByService = defineParameterizedLoader('subscriptionsByService', (em, day: string | null) =>
  groupedLoader<string, ServiceSubscription>(
    (ids) =>
      em.find(
        ServiceSubscription,
        { $and: [{ service: { $in: ids as string[] } }, activeOn<ServiceSubscription>(day)] },
        { orderBy: { from: 'asc', id: 'asc' } },
      ),
    (subscription) => subscription.service.id,
  ),
);

/** A member's council seats held on a day (all of them for null), newest first. */
export const seatsByMember = defineParameterizedLoader('seatsByMember', (em, day: string | null) =>
  groupedLoader<string, CouncilSeat>(
    (ids) => em.find(CouncilSeat, { $and: [{ memberId: { $in: uuids(ids) } }, activeOn<CouncilSeat>(day)] }, { orderBy: { from: 'desc', id: 'asc' } }),
    (seat) => seat.memberId,
  ),
);

/** A council's seats held on a day (all of them for null): chair first, then by first day. */
export const seatsByCouncil = defineParameterizedLoader('seatsByCouncil', (em, day: string | null) =>
  groupedLoader<string, CouncilSeat>(
    (ids) =>
      em.find(CouncilSeat, { $and: [{ council: { $in: ids as string[] } }, activeOn<CouncilSeat>(day)] }, { orderBy: { role: 'asc', from: 'asc', id: 'asc' } }),
    (seat) => seat.council.id,
  ),
);

/** A council's meetings in a year (all of them for null), oldest first. */
export const meetingsByCouncil = defineParameterizedLoader('meetingsByCouncil', (em, year: number | null) =>
  groupedLoader<string, CouncilMeeting>(
    (ids) =>
      em.find(CouncilMeeting, { council: { $in: ids as string[] }, ...(year === null ? {} : { heldOn: dayInYear(year) }) }, { orderBy: { heldOn: 'asc' } }),
    (meeting) => meeting.council.id,
  ),
);
