import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Access, Restricted } from '../../shared/graphql/auth';
import type { RequestContext } from '../../shared/graphql/context';
import { benchmarksOf } from '../benchmarks';
import { Member } from '../entities/member.stub';
import { MembershipFee } from '../entities/membership-fee.entity';
import { ServiceCharge } from '../entities/service-charge.entity';
import { chargesByMember, feesByMember } from '../loaders';
import { loadedCostStatement } from '../series';
import { CostStatement } from '../types/cost-statement.type';
import { ServiceBenchmark } from '../types/service-benchmark.type';

const yearArg = { description: 'The calendar year.' };

@Resolver(() => Member)
export class MemberFinanceResolver {
  @Restricted(Access.ANALYST, Access.OWN_MEMBER)
  @FieldResolver(() => MembershipFee, {
    nullable: true,
    description:
      "The member's membership fee (medlemsavgift) for a year, without later adjustments (see `costStatement`); null when none is recorded. For analysts, " +
      "admins and the member's own users.",
  })
  async membershipFee(@Root() member: Member, @Arg('year', () => Int, yearArg) year: number, @Ctx() ctx: RequestContext): Promise<MembershipFee | null> {
    return (await feesByMember(ctx, year).load(member.id))[0] ?? null;
  }

  @Restricted(Access.ANALYST, Access.OWN_MEMBER)
  @FieldResolver(() => [ServiceCharge], {
    nullable: true,
    description:
      "What the member was charged for collaboration services in a year (utdebitering), largest first. For analysts, admins and the member's own users.",
  })
  serviceCharges(@Root() member: Member, @Arg('year', () => Int, yearArg) year: number, @Ctx() ctx: RequestContext): Promise<ServiceCharge[]> {
    return chargesByMember(ctx, year).load(member.id);
  }

  @Restricted(Access.ANALYST, Access.OWN_MEMBER)
  @FieldResolver(() => CostStatement, {
    nullable: true,
    description:
      'Everything the member paid Sambruk in a year: fee, service charges and project contributions, with their total. For analysts, admins and the ' +
      "member's own users.",
  })
  costStatement(@Root() member: Member, @Arg('year', () => Int, yearArg) year: number, @Ctx() ctx: RequestContext): CostStatement {
    return loadedCostStatement(ctx, member.id, year);
  }

  @Restricted(Access.ANALYST, Access.OWN_MEMBER)
  @FieldResolver(() => [ServiceBenchmark], {
    nullable: true,
    description:
      'How the member compares (jämförelse): per service it was charged for in the year, its cost per resident beside the distribution among members of ' +
      "similar size and among all subscribers, without names. For the member's own users, analysts and admins (who may also see the peers' names).",
  })
  benchmarks(@Root() member: Member, @Arg('year', () => Int, yearArg) year: number, @Ctx() ctx: RequestContext): Promise<ServiceBenchmark[]> {
    return benchmarksOf(ctx, member.id, year);
  }
}
