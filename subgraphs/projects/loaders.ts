import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { defineLoader, entitiesById, groupedLoader, uuids } from '../shared/graphql/loaders';
import { Campaign } from './entities/campaign.entity';
import { Event } from './entities/event.entity';
import { Network } from './entities/network.entity';
import { NetworkParticipation } from './entities/network-participation.entity';
import { NetworkPartnerRole } from './entities/network-partner-role.entity';
import type { Participation } from './entities/participation';
import { Partner } from './entities/partner.entity';
import { Project } from './entities/project.entity';
import { ProjectParticipation, ProjectRole } from './entities/project-participation.entity';
import { ProjectPartnerRole } from './entities/project-partner-role.entity';
import { ProjectPhaseChange } from './entities/project-phase-change.entity';

/** Lead first, then participants, then co-funders. */
const ROLE_ORDER = Object.values(ProjectRole);

export const projectsById = defineLoader('projectsById', (em) => entitiesById(em, Project));

export const networksById = defineLoader('networksById', (em) => entitiesById(em, Network));

export const eventsById = defineLoader('eventsById', (em) => entitiesById(em, Event));

export const partnersById = defineLoader('partnersById', (em) => entitiesById(em, Partner));

export const phaseChangesByProject = defineLoader('phaseChangesByProject', (em) =>
  groupedLoader<string, ProjectPhaseChange>(
    (ids) => em.find(ProjectPhaseChange, { project: { $in: ids as string[] } }, { orderBy: { on: 'asc', id: 'asc' } }),
    (change) => change.project.id,
  ),
);

export const participationsByProject = defineLoader('participationsByProject', (em) =>
  groupedLoader<string, ProjectParticipation>(
    async (ids) => {
      const participations = await em.find(ProjectParticipation, { project: { $in: ids as string[] } }, { orderBy: { from: 'asc', id: 'asc' } });
      return participations.sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
    },
    (participation) => participation.project.id,
  ),
);

/** A member's participations of one kind, newest first. */
const participationsByMember =
  <T extends Participation>(entity: EntityClass<T>) =>
  (em: EntityManager) =>
    groupedLoader<string, T>(
      (ids) => em.find(entity, { memberId: { $in: uuids(ids) } } as never, { orderBy: { from: 'desc', id: 'asc' } as never }),
      (participation) => participation.memberId,
    );

export const projectParticipationsByMember = defineLoader('projectParticipationsByMember', participationsByMember(ProjectParticipation));

export const participationsByNetwork = defineLoader('participationsByNetwork', (em) =>
  groupedLoader<string, NetworkParticipation>(
    (ids) => em.find(NetworkParticipation, { network: { $in: ids as string[] } }, { orderBy: { from: 'asc', id: 'asc' } }),
    (participation) => participation.network.id,
  ),
);

export const networkParticipationsByMember = defineLoader('networkParticipationsByMember', participationsByMember(NetworkParticipation));

export const campaignsByNetwork = defineLoader('campaignsByNetwork', (em) =>
  groupedLoader<string, Campaign>(
    (ids) => em.find(Campaign, { network: { $in: ids as string[] } }, { orderBy: { startedOn: 'asc', id: 'asc' } }),
    (campaign) => campaign.network.id,
  ),
);

export const eventsByNetwork = defineLoader('eventsByNetwork', (em) =>
  groupedLoader<string, Event>(
    (ids) => em.find(Event, { network: { $in: ids as string[] } }, { orderBy: { heldOn: 'asc', id: 'asc' } }),
    (event) => event.network!.id,
  ),
);

export const eventsByOrganiserMember = defineLoader('eventsByOrganiserMember', (em) =>
  groupedLoader<string, Event>(
    (ids) => em.find(Event, { organiserMemberId: { $in: uuids(ids) } }, { orderBy: { heldOn: 'asc', id: 'asc' } }),
    (event) => event.organiserMemberId!,
  ),
);

export const eventsByOrganiserPartner = defineLoader('eventsByOrganiserPartner', (em) =>
  groupedLoader<string, Event>(
    (ids) => em.find(Event, { organiserPartner: { $in: uuids(ids) } }, { orderBy: { heldOn: 'asc', id: 'asc' } }),
    (event) => event.organiserPartner!.id,
  ),
);

/** Partner roles by their project or network, with their partners, ordered by partner name. */
export const partnerRolesByProject = defineLoader('partnerRolesByProject', (em) =>
  groupedLoader<string, ProjectPartnerRole>(
    (ids) =>
      em.find(
        ProjectPartnerRole,
        { project: { $in: ids as string[] } },
        { populate: ['partner'], orderBy: { partner: { name: 'asc' }, role: 'asc', id: 'asc' } },
      ),
    (role) => role.project.id,
  ),
);

export const partnerRolesByNetwork = defineLoader('partnerRolesByNetwork', (em) =>
  groupedLoader<string, NetworkPartnerRole>(
    (ids) =>
      em.find(
        NetworkPartnerRole,
        { network: { $in: ids as string[] } },
        { populate: ['partner'], orderBy: { partner: { name: 'asc' }, role: 'asc', id: 'asc' } },
      ),
    (role) => role.network.id,
  ),
);

/** A partner's roles on projects and on networks, by the partner's id. */
export const projectRolesByPartner = defineLoader('projectRolesByPartner', (em) =>
  groupedLoader<string, ProjectPartnerRole>(
    (ids) => em.find(ProjectPartnerRole, { partner: { $in: uuids(ids) } }, { orderBy: { from: 'asc', id: 'asc' } }),
    (role) => role.partner.id,
  ),
);

export const networkRolesByPartner = defineLoader('networkRolesByPartner', (em) =>
  groupedLoader<string, NetworkPartnerRole>(
    (ids) => em.find(NetworkPartnerRole, { partner: { $in: uuids(ids) } }, { orderBy: { from: 'asc', id: 'asc' } }),
    (role) => role.partner.id,
  ),
);
