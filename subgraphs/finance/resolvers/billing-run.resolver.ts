import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import { Access, Restricted } from '../../shared/graphql/auth';
import type { RequestContext } from '../../shared/graphql/context';
import { runBilling } from '../billing';
import { checkYear } from '../rules';
import { BillingRunResult } from '../types/billing-run-result.type';

@Resolver(() => BillingRunResult)
export class BillingRunResolver {
  @Restricted(Access.ADMIN)
  @Mutation(() => BillingRunResult, {
    description:
      "Computes every member's fee and every service charge of a year from the models in force, pro rata by days, and compares them with what is " +
      'recorded. A dry run writes nothing; otherwise what differs is written in one transaction with the run recorded: new lines, and adjustments ' +
      'for changed ones (never a rewrite); an unchanged year writes nothing. Fees and charges entered by hand are left alone (admins).',
  })
  billingRun(
    @Arg('year', () => Int, { description: 'The year to bill.' }) year: number,
    @Arg('dryRun', () => Boolean, { description: 'True to compute and compare only, writing nothing.' }) dryRun: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<BillingRunResult> {
    checkYear(year, ctx.today, 'year');
    return runBilling(ctx, year, dryRun);
  }
}
