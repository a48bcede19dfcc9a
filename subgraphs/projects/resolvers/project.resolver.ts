import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { checkPeriod, dayInYear } from '../../shared/domain/periods';
import { textSearch } from '../../shared/domain/search';
import { DataSource } from '../../shared/domain/source';
import { Access, Restricted } from '../../shared/graphql/auth';
import { definedChanges } from '../../shared/graphql/changes';
import type { RequestContext } from '../../shared/graphql/context';
import { allOf, oneOf } from '../../shared/graphql/filters';
import { findOrFail, locked } from '../../shared/graphql/lookup';
import { findPage, SortDirection } from '../../shared/graphql/pagination';
import { FieldProvenance, provenanceOf } from '../../shared/graphql/provenance';
import { DateScalar } from '../../shared/graphql/scalars';
import { Project, ProjectPhase } from '../entities/project.entity';
import { ProjectParticipation } from '../entities/project-participation.entity';
import { ProjectPartnerRole } from '../entities/project-partner-role.entity';
import { ProjectPhaseChange } from '../entities/project-phase-change.entity';
import { participationsByProject, partnerRolesByProject, phaseChangesByProject, projectsById } from '../loaders';
import { checkNotBefore, checkNotFuture, checkPhaseMove, checkUniqueName, isFinal, NEXT_PHASES } from '../rules';
import { collaborationConditions } from './collaboration.args';
import { PARTNER_NAMES, partnerNames } from './partner-role';
import { CreateProjectInput, ProjectConnection, ProjectOrderField, ProjectsArgs, UpdateProjectInput } from './project.args';

function projectsFilter(args: ProjectsArgs): FilterQuery<Project> {
  const filter = args.filter ?? {};
  return allOf<Project>(
    ...collaborationConditions(args, filter, ['name']),
    oneOf('phase', filter.phaseIn),
    args.phase && { phase: args.phase },
    args.startedIn && { startedOn: dayInYear(args.startedIn) },
    textSearch(['name'], args.search),
  );
}

const PROJECTS = { name: 'projects', defaultOrder: [{ field: ProjectOrderField.NAME, direction: SortDirection.ASC }] };

const STARTING_PHASES = [ProjectPhase.PRE_STUDY, ProjectPhase.ACTIVE];

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => Project, { nullable: true, description: 'One project by id; null when there is none.' })
  project(@Arg('id', () => ID, { description: "The project's id." }) id: string, @Ctx() ctx: RequestContext): Promise<Project | null> {
    return projectsById(ctx).load(id);
  }

  @Query(() => ProjectConnection, { description: 'Projects, filtered and paged, ordered by name.' })
  projects(@Args() args: ProjectsArgs, @Ctx() ctx: RequestContext): Promise<ProjectConnection> {
    return findPage(ctx.em, Project, () => projectsFilter(args), args, PROJECTS);
  }

  @FieldResolver(() => [FieldProvenance], {
    description: 'For a project the documents name (source SEED): which of its fields they give only roughly (ESTIMATED) or not at all (DEMO).',
  })
  provenance(@Root() project: Project, @Ctx() ctx: RequestContext): Promise<FieldProvenance[]> {
    return provenanceOf(ctx).load(project.id);
  }

  @FieldResolver(() => [ProjectPhaseChange], { description: 'Every phase the project has been in, oldest first, with the day it entered it.' })
  phases(@Root() project: Project, @Ctx() ctx: RequestContext): Promise<ProjectPhaseChange[]> {
    return phaseChangesByProject(ctx).load(project.id);
  }

  @FieldResolver(() => [ProjectPhase], { description: 'The phases the project may move to next (empty once COMPLETED or CANCELLED).' })
  nextPhases(@Root() project: Project): ProjectPhase[] {
    return NEXT_PHASES[project.phase];
  }

  @FieldResolver(() => [ProjectParticipation], { description: 'The members that take or took part, by role, then by start.' })
  participants(@Root() project: Project, @Ctx() ctx: RequestContext): Promise<ProjectParticipation[]> {
    return participationsByProject(ctx).load(project.id);
  }

  @FieldResolver(() => [ProjectPartnerRole], { description: 'The roles partners hold or held on the project, by partner name.' })
  partnerRoles(@Root() project: Project, @Ctx() ctx: RequestContext): Promise<ProjectPartnerRole[]> {
    return partnerRolesByProject(ctx).load(project.id);
  }

  @FieldResolver(() => [String], PARTNER_NAMES)
  async partners(@Root() project: Project, @Ctx() ctx: RequestContext): Promise<string[]> {
    return partnerNames(await partnerRolesByProject(ctx).load(project.id));
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => Project, { description: 'Records a new project idea (admins).' })
  async createProject(
    @Arg('input', () => CreateProjectInput, { description: 'The new project.' }) input: CreateProjectInput,
    @Ctx() { em, today }: RequestContext,
  ): Promise<Project> {
    await checkUniqueName(em, Project, input.name, 'input.name');
    const project = em.create(Project, {
      name: input.name,
      description: input.description,
      phase: ProjectPhase.IDEA,
      source: DataSource.ENTERED,
    });
    em.create(ProjectPhaseChange, { project, phase: ProjectPhase.IDEA, on: input.proposedOn ?? today });
    await em.flush();
    return project;
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => Project, { description: "Changes a project's name or description (admins)." })
  async updateProject(
    @Arg('id', () => ID, { description: "The project's id." }) id: string,
    @Arg('input', () => UpdateProjectInput, { description: 'The changes.' }) input: UpdateProjectInput,
    @Ctx() { em }: RequestContext,
  ): Promise<Project> {
    const project = await findOrFail(em, Project, id, 'id', 'project');
    if (input.name != null) await checkUniqueName(em, Project, input.name, 'input.name', project.id);
    em.assign(project, definedChanges(input));
    await em.flush();
    return project;
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => Project, {
    description:
      'Moves a project to its next phase on a day, following the lifecycle (see ProjectPhase). Completing or cancelling it ends the participations ' +
      'still open on that day (admins).',
  })
  async moveProjectPhase(
    @Arg('id', () => ID, { description: "The project's id." }) id: string,
    @Arg('phase', () => ProjectPhase, { description: "The phase to enter; one of the project's `nextPhases`." }) phase: ProjectPhase,
    @Arg('on', () => DateScalar, {
      nullable: true,
      description: 'Day the project enters the phase; today when left out. Not in the future, not before the last change.',
    })
    on: string | null,
    @Ctx() { em, today }: RequestContext,
  ): Promise<Project> {
    const project = await findOrFail(em, Project, id, 'id', 'project', 'update');
    checkPhaseMove(project, phase, 'phase');
    const day = on ?? today;
    const [last] = await em.find(ProjectPhaseChange, { project }, { orderBy: { on: 'desc' }, limit: 1 });
    checkNotBefore(day, last.on, 'on', `the project entered ${last.phase}`);
    checkNotFuture(day, today, 'on');
    const ending = isFinal(phase) ? await em.find(ProjectParticipation, { project, to: null }, locked('update')) : [];
    for (const participation of ending) checkPeriod({ from: participation.from, to: day }, 'on');
    em.create(ProjectPhaseChange, { project, phase, on: day });
    project.phase = phase;
    if (STARTING_PHASES.includes(phase)) project.startedOn ??= day;
    for (const participation of ending) participation.to = day;
    await em.flush();
    return project;
  }
}
