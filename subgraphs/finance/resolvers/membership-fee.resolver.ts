import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { parseAmount } from '../../shared/domain/money';
import { Access, Restricted } from '../../shared/graphql/auth';
import type { RequestContext } from '../../shared/graphql/context';
import { MembershipFee } from '../entities/membership-fee.entity';
import { checkMemberDuringYear, checkNoFee, checkYear } from '../rules';
import { MembershipFeeInput } from './membership-fee.args';

@Resolver(() => MembershipFee)
export class MembershipFeeResolver {
  @Restricted(Access.ADMIN)
  @Mutation(() => MembershipFee, { description: "Records a member's membership fee for a year (one per member and year) (admins)." })
  async recordMembershipFee(
    @Arg('input', () => MembershipFeeInput, { description: 'The fee to record.' }) input: MembershipFeeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<MembershipFee> {
    checkYear(input.year, ctx.today, 'input.year');
    const amountOre = parseAmount(input.amount, 'input.amount');
    await checkMemberDuringYear(ctx, input.memberId, input.year, 'input.memberId');
    await checkNoFee(ctx.em, input.memberId, input.year, 'input.year');
    const fee = ctx.em.create(MembershipFee, { memberId: input.memberId, year: input.year, band: input.band ?? null, amountOre });
    await ctx.em.flush();
    return fee;
  }
}
