import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Access, Restricted } from '../../shared/graphql/auth';
import type { RequestContext } from '../../shared/graphql/context';
import { financeReport } from '../report';
import { checkFinanceYears } from '../series';
import { FinanceReport } from '../types/finance-report.type';
import { FinanceReportInput } from './finance-report.args';

@Resolver(() => FinanceReport)
export class FinanceReportResolver {
  @Restricted(Access.ANALYST)
  @Query(() => FinanceReport, {
    nullable: true,
    description:
      'What members paid Sambruk (fees, service charges, project contributions, total, per resident, member count) over a range of years, ' +
      'grouped by up to three dimensions across subgraphs (e.g. service and county) and filtered. For analysts and admins.',
  })
  financeReport(
    @Arg('input', () => FinanceReportInput, { description: 'Years, dimensions, filter and order.' }) input: FinanceReportInput,
    @Ctx() ctx: RequestContext,
  ): Promise<FinanceReport> {
    const range = checkFinanceYears(input.fromYear, input.toYear, ctx.today, 'input.');
    return financeReport(ctx, { range, dimensions: input.dimensions, filter: input.filter, orderBy: input.orderBy });
  }
}
