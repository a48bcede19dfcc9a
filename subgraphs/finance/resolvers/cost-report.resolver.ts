import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Access, Restricted } from '../../shared/graphql/auth';
import type { RequestContext } from '../../shared/graphql/context';
import { costReport } from '../report';
import { CostGroupBy, CostReport } from '../types/cost-report.type';

@Resolver(() => CostReport)
export class CostReportResolver {
  @Restricted(Access.ANALYST)
  @Query(() => CostReport, {
    nullable: true,
    description: 'What members paid Sambruk in a year (fees, service charges, project contributions), one row per group. For analysts and admins.',
  })
  costReport(
    @Arg('year', () => Int, { description: 'The calendar year.' }) year: number,
    @Arg('groupBy', () => CostGroupBy, { description: 'How to group the rows.' }) groupBy: CostGroupBy,
    @Ctx() ctx: RequestContext,
  ): Promise<CostReport> {
    return costReport(ctx, year, groupBy);
  }
}
