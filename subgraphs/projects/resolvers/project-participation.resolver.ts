import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Period } from '../../shared/domain/periods';
import { Access, Restricted } from '../../shared/graphql/auth';
import type { RequestContext } from '../../shared/graphql/context';
import { BadUserInputError } from '../../shared/graphql/errors';
import { findOrFail } from '../../shared/graphql/lookup';
import { DateScalar } from '../../shared/graphql/scalars';
import { Member, memberRef } from '../entities/member.stub';
import { Project } from '../entities/project.entity';
import { ProjectParticipation } from '../entities/project-participation.entity';
import { ProjectPhaseChange } from '../entities/project-phase-change.entity';
import { projectsById } from '../loaders';
import { checkNotBefore, isFinal } from '../rules';
import { addParticipation, endParticipation } from './participation';
import { AddProjectParticipantInput } from './project-participation.args';

/** A participation must lie within the project's life: from its idea on, and up to its end once it has ended. */
async function checkWithinProject(ctx: RequestContext, project: Project, period: Period): Promise<void> {
  const changes = await ctx.em.find(ProjectPhaseChange, { project }, { orderBy: { on: 'asc' } });
  checkNotBefore(period.from, changes[0].on, 'input.from', `"${project.name}" was raised as an idea`);
  if (!isFinal(project.phase)) return;
  const end = changes[changes.length - 1].on;
  if (period.to === null || period.to > end)
    throw new BadUserInputError('input.to', `"${project.name}" is ${project.phase} since ${end}; give an end on or before that day`);
}

@Resolver(() => ProjectParticipation)
export class ProjectParticipationResolver {
  @FieldResolver(() => Project, { description: 'The project.' })
  async project(@Root() participation: ProjectParticipation, @Ctx() ctx: RequestContext): Promise<Project> {
    return (await projectsById(ctx).load(participation.project.id))!;
  }

  @FieldResolver(() => Member, { description: 'The participating member.' })
  member(@Root() participation: ProjectParticipation): Member {
    return memberRef(participation.memberId);
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => ProjectParticipation, { description: 'Records that a member takes part in a project, in a role, from a day (admins).' })
  async addProjectParticipant(
    @Arg('input', () => AddProjectParticipantInput, { description: 'The participation.' }) input: AddProjectParticipantInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ProjectParticipation> {
    const project = await findOrFail(ctx.em, Project, input.projectId, 'input.projectId', 'project', 'share');
    return addParticipation(ctx, ProjectParticipation, project, 'project', input, (period) => checkWithinProject(ctx, project, period), { role: input.role });
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => ProjectParticipation, { description: "Ends a member's participation in a project: it no longer takes part from `on` (admins)." })
  endProjectParticipation(
    @Arg('id', () => ID, { description: 'The participation.' }) id: string,
    @Arg('on', () => DateScalar, { description: "First day the member no longer takes part; after the participation's first day." }) on: string,
    @Ctx() { em }: RequestContext,
  ): Promise<ProjectParticipation> {
    return endParticipation(em, ProjectParticipation, id, on);
  }
}
