import type { EntityManager } from '@mikro-orm/postgresql';
import { DataSource } from '../shared/domain/source';
import { recordFieldSources } from '../shared/graphql/provenance';
import type { Progress } from '../shared/platform/progress';
import { worldGoals } from '../shared/seed-world/goals';
import { worldCampaigns, worldNetworks, worldProjects, worldSeminars } from '../shared/seed-world/projects';
import { Campaign } from './entities/campaign.entity';
import { Goal, GoalMetric } from './entities/goal.entity';
import { Network, NetworkStatus } from './entities/network.entity';
import { NetworkParticipation } from './entities/network-participation.entity';
import { Project, ProjectPhase } from './entities/project.entity';
import { ProjectParticipation, ProjectRole } from './entities/project-participation.entity';
import { ProjectPhaseChange } from './entities/project-phase-change.entity';
import { Seminar, SeminarFormat } from './entities/seminar.entity';

function seedProjects(em: EntityManager): void {
  for (const world of worldProjects()) {
    const { id, name, description, startedOn, partners } = world;
    const project = em.create(Project, { id, name, description, startedOn, partners, phase: world.phase as ProjectPhase, source: world.source as DataSource });
    recordFieldSources(em, id, world.provenance);
    for (const { phase, on } of world.phases) em.create(ProjectPhaseChange, { project, phase: phase as ProjectPhase, on });
    for (const { id, memberId, role, from, to, source } of world.participants) {
      em.create(ProjectParticipation, { id, project, memberId, role: role as ProjectRole, from, to, source: source as DataSource });
    }
  }
}

function seedNetworks(em: EntityManager): Map<string, Network> {
  const byKey = new Map<string, Network>();
  for (const world of worldNetworks()) {
    const { id, name, topic, description, startedOn, partners, reportedParticipants } = world;
    const network = em.create(Network, {
      id,
      name,
      topic,
      description,
      startedOn,
      partners,
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
  return byKey;
}

function seedSeminars(em: EntityManager, networks: Map<string, Network>): void {
  for (const { id, title, heldOn, format, networkKey, organiserId, attendees, source } of worldSeminars()) {
    const network = networkKey ? networks.get(networkKey)! : null;
    em.create(Seminar, { id, title, heldOn, format: format as SeminarFormat, network, organiserId, attendees, source: source as DataSource });
  }
}

/** The business plan's goals, when not yet there. */
async function seedGoals(em: EntityManager): Promise<void> {
  if ((await em.count(Goal)) > 0) return;
  for (const { metric, ...goal } of worldGoals()) em.create(Goal, { ...goal, metric: metric as GoalMetric, source: DataSource.SEED });
  await em.flush();
}

/** Projects, networks with their campaigns, and the seminars of 2023, when the projects schema is empty; the goals when missing. */
export async function seedProjectsAndNetworks(em: EntityManager, progress: Progress): Promise<void> {
  await seedGoals(em);
  if ((await em.count(Project)) > 0) return;
  const step = progress.step('projects, networks and seminars', 3);
  seedProjects(em);
  step.tick();
  seedSeminars(em, seedNetworks(em));
  step.tick(2);
  await em.flush();
  step.done();
}
