import type { EntityManager } from '@mikro-orm/postgresql';
import { PartnerRoleKind } from '../shared/domain/partner-roles';
import { DataSource } from '../shared/domain/source';
import { recordFieldSources } from '../shared/graphql/provenance';
import type { Progress } from '../shared/platform/progress';
import { worldEvents } from '../shared/seed-world/events';
import { worldGoals } from '../shared/seed-world/goals';
import { worldPartnerRoles, worldPartners } from '../shared/seed-world/partners';
import { worldCampaigns, worldNetworks, worldProjects } from '../shared/seed-world/projects';
import { Campaign } from './entities/campaign.entity';
import { Event, EventFormat, EventKind, OrganiserKind, SambrukRole } from './entities/event.entity';
import { Goal, GoalMetric } from './entities/goal.entity';
import { Network, NetworkStatus } from './entities/network.entity';
import { NetworkParticipation } from './entities/network-participation.entity';
import { NetworkPartnerRole } from './entities/network-partner-role.entity';
import { Partner, PartnerKind } from './entities/partner.entity';
import { Project, ProjectPhase } from './entities/project.entity';
import { ProjectParticipation, ProjectRole } from './entities/project-participation.entity';
import { ProjectPartnerRole } from './entities/project-partner-role.entity';
import { ProjectPhaseChange } from './entities/project-phase-change.entity';

function seedProjects(em: EntityManager): void {
  for (const world of worldProjects()) {
    const { id, name, description, startedOn } = world;
    const project = em.create(Project, { id, name, description, startedOn, phase: world.phase as ProjectPhase, source: world.source as DataSource });
    recordFieldSources(em, id, world.provenance);
    for (const { phase, on } of world.phases) em.create(ProjectPhaseChange, { project, phase: phase as ProjectPhase, on });
    for (const { id, memberId, role, from, to, source } of world.participants) {
      em.create(ProjectParticipation, { id, project, memberId, role: role as ProjectRole, from, to, source: source as DataSource });
    }
  }
}

function seedNetworks(em: EntityManager): void {
  const byKey = new Map<string, Network>();
  for (const world of worldNetworks()) {
    const { id, name, topic, description, startedOn, reportedParticipants } = world;
    const network = em.create(Network, {
      id,
      name,
      topic,
      description,
      startedOn,
      reportedParticipants,
      status: world.status as NetworkStatus,
      source: world.source as DataSource,
    });
    byKey.set(world.key, network);
    recordFieldSources(em, id, world.provenance);
    for (const { id, memberId, from, to, source } of world.participants) {
      em.create(NetworkParticipation, { id, network, memberId, from, to, source: source as DataSource });
    }
  }
  for (const { id, networkKey, name, startedOn, endedOn, organisers, peopleReached, reachedAtLeast, source } of worldCampaigns()) {
    em.create(Campaign, {
      id,
      network: byKey.get(networkKey)!,
      name,
      startedOn,
      endedOn,
      organisers,
      peopleReached,
      reachedAtLeast,
      source: source as DataSource,
    });
  }
}

function seedEvents(em: EntityManager): void {
  for (const world of worldEvents()) {
    const { id, title, heldOn, place, organiserMemberId, organiserName, attendees, organiserPartnerId, networkId } = world;
    em.create(Event, {
      id,
      title,
      heldOn,
      place,
      organiserMemberId,
      organiserName,
      attendees,
      kind: world.kind as EventKind,
      format: world.format as EventFormat,
      organiserKind: world.organiserKind as OrganiserKind,
      organiserPartner: organiserPartnerId ? em.getReference(Partner, organiserPartnerId) : null,
      network: networkId ? em.getReference(Network, networkId) : null,
      sambrukRole: world.sambrukRole as SambrukRole,
      source: world.source as DataSource,
    });
    recordFieldSources(em, id, world.provenance);
  }
}

/** The partners the documents name that are missing (by id, or by name for partners a migration made from free text). */
async function seedMissingPartners(em: EntityManager): Promise<void> {
  const present = await em.find(Partner, {}, { fields: ['id', 'name'] });
  const known = new Set(present.flatMap((partner) => [partner.id, partner.name]));
  for (const { id, name, kind, description, memberId, provenance } of worldPartners()) {
    if (known.has(id) || known.has(name)) continue;
    em.create(Partner, { id, name, kind: kind as PartnerKind, description, memberId, source: DataSource.SEED });
    recordFieldSources(em, id, provenance);
  }
}

/** The roles the documents give partners on projects and networks. */
function seedPartnerRoles(em: EntityManager): void {
  for (const { id, partnerId, target, targetId, role, from, to, provenance } of worldPartnerRoles()) {
    const fields = { id, partner: em.getReference(Partner, partnerId), role: role as PartnerRoleKind, from, to, source: DataSource.SEED };
    if (target === 'project') em.create(ProjectPartnerRole, { ...fields, project: em.getReference(Project, targetId) });
    else em.create(NetworkPartnerRole, { ...fields, network: em.getReference(Network, targetId) });
    recordFieldSources(em, id, provenance);
  }
}

/** The business plan's goals, when not yet there. */
async function seedGoals(em: EntityManager): Promise<void> {
  if ((await em.count(Goal)) > 0) return;
  for (const { metric, ...goal } of worldGoals()) em.create(Goal, { ...goal, metric: metric as GoalMetric, source: DataSource.SEED });
  await em.flush();
}

/**
 * Projects, networks with their campaigns, partners with their roles, and events, when the projects schema is empty; the goals
 * and the partners the documents name when missing (the services subgraph's partner roles refer to them).
 */
export async function seedProjectsAndNetworks(em: EntityManager, progress: Progress): Promise<void> {
  await seedGoals(em);
  await seedMissingPartners(em);
  await em.flush();
  if ((await em.count(Project)) > 0) return;
  const step = progress.step('projects, networks, partners and events', 3);
  seedProjects(em);
  seedNetworks(em);
  step.tick();
  seedPartnerRoles(em);
  step.tick();
  seedEvents(em);
  await em.flush();
  step.done();
}
