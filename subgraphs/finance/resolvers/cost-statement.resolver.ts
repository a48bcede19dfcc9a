import { Arg, ID, Int, Resolver, Root, Subscription } from 'type-graphql';
import { Access, requireAccess } from '../../shared/graphql/auth';
import type { RequestContext } from '../../shared/graphql/context';
import { ChannelLost, ChannelLostError, livePages, startOf } from '../../shared/graphql/live';
import { LoaderCache } from '../../shared/graphql/loaders';
import { checkYear } from '../rules';
import { loadedCostStatement } from '../series';
import { CostStatement } from '../types/cost-statement.type';

/** The finance records a member's cost statement is made of, or that make them (billing runs from price models). */
const COST_TYPES = ['MembershipFee', 'ServiceCharge', 'ProjectFunding', 'BillingRun', 'PriceModel'];

interface CostStatementArgs {
  memberId: string;
  year: number;
  after?: string | null;
}

/** What tells two statements apart: every part with its amount, and the total. */
const fingerprintOf = async (statement: CostStatement) => {
  const [total, fee, charges, contributions] = await Promise.all([
    statement.total,
    statement.membershipFee,
    statement.serviceCharges,
    statement.projectContributions,
  ]);
  return JSON.stringify([total.amount, fee?.id, ...[...charges, ...contributions].map((part) => `${part.id}:${part.amountOre}`)]);
};

/**
 * The member's statement for the year after each page of the finance feed that holds a change to
 * its records or to no single member's (billing runs, price models, grants), whenever it differs
 * from the last one sent (without `after`, from the one at the start): read afresh (own unit of work and
 * loaders), as the query would answer it.
 */
async function* costStatementChanges(ctx: RequestContext, { memberId, year, after }: CostStatementArgs): AsyncGenerator<CostStatement | ChannelLost> {
  const statementNow = () => loadedCostStatement({ ...ctx, em: ctx.em.fork(), loaders: new LoaderCache() }, memberId, year);
  const start = startOf('finance', after);
  let sent = start === null ? await fingerprintOf(statementNow()) : undefined;
  for await (const page of livePages(ctx.em, 'finance', { after: start, types: COST_TYPES })) {
    if (page instanceof ChannelLost) {
      yield page;
      return;
    }
    if (!page.some((event) => event.memberId === memberId || event.memberId === null)) continue;
    const statement = statementNow();
    const fingerprint = await fingerprintOf(statement);
    if (fingerprint === sent) continue;
    sent = fingerprint;
    yield statement;
  }
}

@Resolver(() => CostStatement)
export class CostStatementResolver {
  @Subscription(() => CostStatement, {
    nullable: true,
    description:
      "A member's cost statement for a year each time a committed change alters it (a fee, charge or contribution recorded, a billing run); with `after` " +
      "(a cursor of financeChanges), first the statement after the changes since then. Analysts, admins and the member's own users.",
    subscribe: ({ args, context }) => {
      const ctx = context as RequestContext;
      requireAccess(ctx, [Access.ANALYST, Access.OWN_MEMBER], args.memberId, 'costStatementChanged');
      checkYear(args.year, ctx.today, 'year');
      return costStatementChanges(ctx, args as CostStatementArgs);
    },
  })
  costStatementChanged(
    @Arg('memberId', () => ID, { description: 'The member whose statement to follow.' }) _memberId: string,
    @Arg('year', () => Int, { description: 'The calendar year of the statement.' }) _year: number,
    @Arg('after', () => String, { nullable: true, description: 'A change feed cursor of financeChanges: replay the changes after it first.' })
    _after: string | null,
    @Root() statement: CostStatement | ChannelLost,
  ): CostStatement {
    if (statement instanceof ChannelLost) throw new ChannelLostError(statement.after);
    return statement;
  }
}
