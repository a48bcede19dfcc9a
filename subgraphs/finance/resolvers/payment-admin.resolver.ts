import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Access, Restricted } from '../../shared/graphql/auth';
import type { RequestContext } from '../../shared/graphql/context';
import { BadUserInputError } from '../../shared/graphql/errors';
import { parseAmount } from '../../shared/domain/money';
import { MembershipFee } from '../entities/membership-fee.entity';
import { FundingKind, ProjectFunding } from '../entities/project-funding.entity';
import { ServiceCharge } from '../entities/service-charge.entity';
import { ServiceCost } from '../entities/service-cost.entity';
import { checkMemberDuringYear, checkNoCharge, checkNoFee, checkYear, requireProject, requireService, requireSubscriptionDuring } from '../rules';
import { MembershipFeeInput, ProjectFundingInput, ServiceChargeInput, ServiceCostInput } from './payment.args';

/** Who gave the money: a grant names its grantor, a contribution its member, never both. */
async function checkFunder(ctx: RequestContext, input: ProjectFundingInput): Promise<void> {
  if (input.kind === FundingKind.GRANT) {
    if (!input.grantor) throw new BadUserInputError('input.grantor', 'a grant needs its grantor, e.g. "VINNOVA"');
    if (input.memberId) throw new BadUserInputError('input.memberId', 'a grant comes from a grantor, not a member: leave memberId out or record a MEMBER_CONTRIBUTION');
    return;
  }
  if (!input.memberId) throw new BadUserInputError('input.memberId', 'a member contribution needs the contributing member');
  if (input.grantor) throw new BadUserInputError('input.grantor', 'a member contribution has no grantor: leave grantor out or record a GRANT');
  await checkMemberDuringYear(ctx, input.memberId, input.year, 'input.memberId');
}

@Resolver()
export class PaymentAdminResolver {
  @Restricted(Access.ADMIN)
  @Mutation(() => MembershipFee, { description: 'Records a member\'s membership fee for a year (one per member and year) (admins).' })
  async recordMembershipFee(@Arg('input', () => MembershipFeeInput) input: MembershipFeeInput, @Ctx() ctx: RequestContext): Promise<MembershipFee> {
    checkYear(input.year, 'input.year');
    const amountOre = parseAmount(input.amount, 'input.amount');
    await checkMemberDuringYear(ctx, input.memberId, input.year, 'input.memberId');
    await checkNoFee(ctx.em, input.memberId, input.year, 'input.year');
    const fee = ctx.em.create(MembershipFee, { memberId: input.memberId, year: input.year, band: input.band ?? null, amountOre });
    await ctx.em.flush();
    return fee;
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => ServiceCharge, { description: 'Records a service charge (utdebitering): what a member is charged for its subscription to a service for a year, its share of the service\'s costs (admins).' })
  async recordServiceCharge(@Arg('input', () => ServiceChargeInput) input: ServiceChargeInput, @Ctx() ctx: RequestContext): Promise<ServiceCharge> {
    checkYear(input.year, 'input.year');
    const amountOre = parseAmount(input.amount, 'input.amount');
    const subscription = await requireSubscriptionDuring(ctx, input.subscriptionId, input.year, 'input.subscriptionId');
    await checkNoCharge(ctx.em, subscription, input.year, 'input.year');
    const { id: subscriptionId, memberId, serviceId } = subscription;
    const charge = ctx.em.create(ServiceCharge, { subscriptionId, memberId, serviceId, year: input.year, amountOre, note: input.note ?? null });
    await ctx.em.flush();
    return charge;
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => ServiceCost, { description: 'Records a cost a collaboration service had in a year (admins).' })
  async recordServiceCost(@Arg('input', () => ServiceCostInput) input: ServiceCostInput, @Ctx() ctx: RequestContext): Promise<ServiceCost> {
    checkYear(input.year, 'input.year');
    const amountOre = parseAmount(input.amount, 'input.amount');
    await requireService(ctx, input.serviceId, 'input.serviceId');
    const cost = ctx.em.create(ServiceCost, { serviceId: input.serviceId, year: input.year, category: input.category, amountOre, note: input.note ?? null });
    await ctx.em.flush();
    return cost;
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => ProjectFunding, { description: 'Records a grant or a member\'s contribution to a project (admins).' })
  async recordProjectFunding(@Arg('input', () => ProjectFundingInput) input: ProjectFundingInput, @Ctx() ctx: RequestContext): Promise<ProjectFunding> {
    checkYear(input.year, 'input.year');
    const amountOre = parseAmount(input.amount, 'input.amount');
    await checkFunder(ctx, input);
    await requireProject(ctx, input.projectId, 'input.projectId');
    const funding = ctx.em.create(ProjectFunding, {
      projectId: input.projectId, year: input.year, kind: input.kind, grantor: input.grantor ?? null, memberId: input.memberId ?? null, amountOre, note: input.note ?? null,
    });
    await ctx.em.flush();
    return funding;
  }
}
