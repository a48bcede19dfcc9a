import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Access, Restricted } from '../../shared/graphql/auth';
import type { RequestContext } from '../../shared/graphql/context';
import { Project } from '../entities/project.stub';
import { ProjectFunding } from '../entities/project-funding.entity';
import { fundingByProject } from '../loaders';

@Resolver(() => Project)
export class ProjectFinanceResolver {
  @Restricted(Access.ANALYST)
  @FieldResolver(() => [ProjectFunding], {
    nullable: true,
    description: 'Grants and member contributions the project received, by year. For analysts and admins.',
  })
  funding(@Root() project: Project, @Ctx() ctx: RequestContext): Promise<ProjectFunding[]> {
    return fundingByProject(ctx).load(project.id);
  }
}
