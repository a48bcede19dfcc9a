import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { checkHistoryYears } from '../../shared/domain/years';
import type { RequestContext } from '../../shared/graphql/context';
import { countPerYear, foldCounts } from '../../shared/graphql/counts';
import { YearRangeArgs } from '../../shared/graphql/year-args';
import { NetworkParticipation } from '../entities/network-participation.entity';
import { ProjectParticipation } from '../entities/project-participation.entity';
import { networksById, projectsById } from '../loaders';
import { NetworkParticipationCountRow, ProjectParticipationCountRow } from '../types/counts.type';

/** Participations per year and project or network: one SQL statement and one batched load of the projects or networks. */
async function participationCounts(
  ctx: RequestContext,
  args: YearRangeArgs,
  entity: typeof ProjectParticipation | typeof NetworkParticipation,
  property: 'project' | 'network',
) {
  const range = checkHistoryYears(args.fromYear, args.toYear, ctx.today);
  const rows = await countPerYear(
    ctx.em,
    { entity: entity as typeof ProjectParticipation, from: 'from', to: 'to', groupBy: [property as 'project', 'memberId'] },
    range,
  );
  return foldCounts(
    rows,
    (row) => ({ collaborationId: (row as unknown as Record<string, string>)[property] }),
    (row) => row.memberId!,
  );
}

@Resolver()
export class ParticipationCountsResolver {
  @Query(() => [ProjectParticipationCountRow], { description: 'How many members took part in each project in each year (active, joined, left, at year end).' })
  async projectParticipationCounts(@Args() args: YearRangeArgs, @Ctx() ctx: RequestContext): Promise<ProjectParticipationCountRow[]> {
    const rows = await participationCounts(ctx, args, ProjectParticipation, 'project');
    const projects = await projectsById(ctx).loadMany(rows.map((row) => row.collaborationId));
    return rows.map((row, index) => Object.assign(new ProjectParticipationCountRow(), row, { project: projects[index] }));
  }

  @Query(() => [NetworkParticipationCountRow], {
    description: 'How many members took part in each competence network in each year (active, joined, left, at year end).',
  })
  async networkParticipationCounts(@Args() args: YearRangeArgs, @Ctx() ctx: RequestContext): Promise<NetworkParticipationCountRow[]> {
    const rows = await participationCounts(ctx, args, NetworkParticipation, 'network');
    const networks = await networksById(ctx).loadMany(rows.map((row) => row.collaborationId));
    return rows.map((row, index) => Object.assign(new NetworkParticipationCountRow(), row, { network: networks[index] }));
  }
}
