import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Access, Restricted } from '../../shared/graphql/auth';
import type { RequestContext } from '../../shared/graphql/context';
import { Member } from '../entities/member.stub';
import { Service } from '../entities/service.stub';
import { checkFinanceYears, costStatementsOf, economiesOf } from '../series';
import { YearlyCostStatement, YearlyServiceEconomy } from '../types/yearly.type';

const fromYear = { description: 'The first calendar year of the series.' };
const toYear = { description: 'The last calendar year of the series (included); at most 30 years after fromYear.' };

@Resolver(() => Member)
export class MemberSeriesResolver {
  @Restricted(Access.ANALYST, Access.OWN_MEMBER)
  @FieldResolver(() => [YearlyCostStatement], {
    nullable: true,
    description:
      "The member's cost statement for each year from fromYear to toYear, oldest first; a year without data says why instead of answering zero. " +
      "For analysts, admins and the member's own users.",
  })
  costStatements(
    @Root() member: Member,
    @Arg('fromYear', () => Int, fromYear) from: number,
    @Arg('toYear', () => Int, toYear) to: number,
    @Ctx() ctx: RequestContext,
  ): Promise<YearlyCostStatement[]> {
    return costStatementsOf(ctx, member.id, checkFinanceYears(from, to, ctx.today));
  }
}

@Resolver(() => Service)
export class ServiceSeriesResolver {
  @Restricted(Access.ANALYST)
  @FieldResolver(() => [YearlyServiceEconomy], {
    nullable: true,
    description:
      "The service's economy for each year from fromYear to toYear, oldest first; a year without finance records says so instead of answering zero. " +
      'For analysts and admins.',
  })
  economies(
    @Root() service: Service,
    @Arg('fromYear', () => Int, fromYear) from: number,
    @Arg('toYear', () => Int, toYear) to: number,
    @Ctx() ctx: RequestContext,
  ): Promise<YearlyServiceEconomy[]> {
    return economiesOf(ctx, service.id, checkFinanceYears(from, to, ctx.today));
  }
}
