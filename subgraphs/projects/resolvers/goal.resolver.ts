import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { activeOn, dayInYear } from '../../shared/domain/periods';
import type { RequestContext } from '../../shared/graphql/context';
import { fetchAllNodes, fetchEntities, fetchMemberIdsOn } from '../../shared/graphql/peers';
import { DateScalar } from '../../shared/graphql/scalars';
import { Event, EventFormat, EventKind } from '../entities/event.entity';
import { Goal, GoalMetric } from '../entities/goal.entity';
import { memberRef } from '../entities/member.stub';
import { Network } from '../entities/network.entity';
import { NetworkParticipation } from '../entities/network-participation.entity';
import { Project } from '../entities/project.entity';
import { ProjectParticipation } from '../entities/project-participation.entity';
import { GoalProgress } from '../types/goal-progress.type';

type Counted = Partial<Pick<GoalProgress, 'members' | 'projects' | 'networks' | 'seminars' | 'services'>> & { value: number };

const EMPTY = { members: [], projects: [], networks: [], seminars: [], services: [] };

const meets = (goal: Goal, value: number) =>
  goal.metric === GoalMetric.MEMBERS_IN_NO_COLLABORATION ? value <= goal.target : value >= goal.target && (goal.targetMax === null || value <= goal.targetMax);

/** Members on the day that take part in no project, network or collaboration service that day. */
async function membersInNoCollaboration(ctx: RequestContext, day: string): Promise<Counted> {
  const ids = await fetchMemberIdsOn(ctx, day);
  const [projects, networks, services] = await Promise.all([
    ctx.em.find(ProjectParticipation, { $and: [{ memberId: { $in: ids } }, activeOn<ProjectParticipation>(day)] }),
    ctx.em.find(NetworkParticipation, { $and: [{ memberId: { $in: ids } }, activeOn<NetworkParticipation>(day)] }),
    fetchEntities(ctx, 'services', 'Member', ids, `subscriptions(activeOn: "${day}") { id }`),
  ]);
  const taking = new Set([...projects, ...networks].map((participation) => participation.memberId));
  for (const [id, member] of services) if ((member.subscriptions as unknown[]).length) taking.add(id);
  const none = ids.filter((id) => !taking.has(id)).sort();
  return { value: none.length, members: none.map(memberRef) };
}

async function networksWithMembers(ctx: RequestContext, day: string, threshold: number): Promise<Counted> {
  const [networks, participations] = await Promise.all([
    ctx.em.find(Network, {}, { orderBy: { name: 'asc' } }),
    ctx.em.find(NetworkParticipation, activeOn<NetworkParticipation>(day)),
  ]);
  const tallies = networks
    .map((network) => ({ network, members: participations.filter((participation) => participation.network.id === network.id).length }))
    .sort((a, b) => b.members - a.members);
  return { value: tallies.filter((tally) => tally.members >= threshold).length, networks: tallies };
}

/** Services started in the year up to the day, asked of the services subgraph. */
async function newServices(ctx: RequestContext, year: number, day: string): Promise<Counted> {
  const services = await fetchAllNodes(ctx, 'services', 'services', 'startedOn');
  const started = services.filter((service) => String(service.startedOn).startsWith(`${year}-`) && String(service.startedOn) <= day);
  return { value: started.length, services: started.map((service) => ({ id: service.id })) };
}

async function count(goal: Goal, ctx: RequestContext, day: string): Promise<Counted> {
  const year = Number(day.slice(0, 4));
  switch (goal.metric) {
    case GoalMetric.MEMBERS: {
      const ids = await fetchMemberIdsOn(ctx, day);
      return { value: ids.length, members: ids.sort().map(memberRef) };
    }
    case GoalMetric.MEMBERS_IN_NO_COLLABORATION:
      return membersInNoCollaboration(ctx, day);
    case GoalMetric.NEW_PROJECTS: {
      const projects = await ctx.em.find(Project, { startedOn: { ...dayInYear(year), $lte: day } }, { orderBy: { startedOn: 'asc' } });
      return { value: projects.length, projects };
    }
    case GoalMetric.NETWORKS_WITH_MEMBERS:
      return networksWithMembers(ctx, day, goal.threshold ?? 1);
    case GoalMetric.DIGITAL_SEMINARS: {
      const seminars = await ctx.em.find(
        Event,
        { kind: EventKind.SEMINAR, format: EventFormat.DIGITAL, heldOn: { ...dayInYear(year), $lte: day } },
        { orderBy: { heldOn: 'asc' } },
      );
      return { value: seminars.length, seminars };
    }
    case GoalMetric.NEW_SERVICES:
      return newServices(ctx, year, day);
  }
}

@Resolver(() => Goal)
export class GoalResolver {
  @Query(() => [Goal], { description: "The goals of Sambruk's business plan, by year." })
  goals(@Ctx() { em }: RequestContext): Promise<Goal[]> {
    return em.find(Goal, {}, { orderBy: { year: 'asc', metric: 'asc' } });
  }

  @FieldResolver(() => GoalProgress, { description: "The goal's progress computed live from the graph on a day, with the items counted." })
  async progress(
    @Root() goal: Goal,
    @Arg('on', () => DateScalar, {
      nullable: true,
      description: 'The day to measure on (a yearly count covers its year up to that day); the last day of the goal year when left out.',
    })
    on: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<GoalProgress> {
    const day = on ?? `${goal.year}-12-31`;
    const counted = await count(goal, ctx, day);
    return { ...EMPTY, ...counted, on: day, met: meets(goal, counted.value) };
  }
}
