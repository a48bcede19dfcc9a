import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { defineLoader, entitiesById, groupedLoader, uuids } from '../shared/graphql/loaders';
import { Campaign } from './entities/campaign.entity';
import { Network } from './entities/network.entity';
import { NetworkParticipation } from './entities/network-participation.entity';
import type { Participation } from './entities/participation';
import { Project } from './entities/project.entity';
import { ProjectParticipation, ProjectRole } from './entities/project-participation.entity';
import { ProjectPhaseChange } from './entities/project-phase-change.entity';
import { Seminar } from './entities/seminar.entity';

/** Lead first, then participants, then co-funders. */
const ROLE_ORDER = Object.values(ProjectRole);

export const projectsById = defineLoader('projectsById', (em) => entitiesById(em, Project));

export const networksById = defineLoader('networksById', (em) => entitiesById(em, Network));

export const seminarsById = defineLoader('seminarsById', (em) => entitiesById(em, Seminar));

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

export const seminarsByNetwork = defineLoader('seminarsByNetwork', (em) =>
  groupedLoader<string, Seminar>(
    (ids) => em.find(Seminar, { network: { $in: ids as string[] } }, { orderBy: { heldOn: 'asc', id: 'asc' } }),
    (seminar) => seminar.network!.id,
  ),
);

export const seminarsByOrganiser = defineLoader('seminarsByOrganiser', (em) =>
  groupedLoader<string, Seminar>(
    (ids) => em.find(Seminar, { organiserId: { $in: uuids(ids) } }, { orderBy: { heldOn: 'asc', id: 'asc' } }),
    (seminar) => seminar.organiserId,
  ),
);
