import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { MEMBERSHIP_FEE_SUBJECT, serviceSubject } from '../../shared/domain/billing';
import { parseAmount } from '../../shared/domain/money';
import { checkPeriod, describePeriod } from '../../shared/domain/periods';
import { Access, Restricted } from '../../shared/graphql/auth';
import type { RequestContext } from '../../shared/graphql/context';
import { BadUserInputError } from '../../shared/graphql/errors';
import { requireMember } from '../../shared/graphql/peers';
import { MemberAgreement } from '../entities/member-agreement.entity';
import { requireService } from '../rules';
import { MemberAgreementInput } from './member-agreement.args';

/** BAD_USER_INPUT naming `input.from` when another agreement of the member for the same fee or service shares a day with this one. */
async function checkNoOverlap(ctx: RequestContext, agreement: Pick<MemberAgreement, 'memberId' | 'subject' | 'from' | 'to'>): Promise<void> {
  const { memberId, subject, from, to } = agreement;
  const [other] = await ctx.em.find(
    MemberAgreement,
    { memberId, subject, $or: [{ to: null }, { to: { $gt: from } }], ...(to === null ? {} : { from: { $lt: to } }) },
    { limit: 1 },
  );
  if (other)
    throw new BadUserInputError(
      'input.from',
      `the member already has an agreement for this fee or service ${describePeriod(other)}; agreements may not overlap`,
    );
}

@Resolver(() => MemberAgreement)
export class MemberAgreementResolver {
  @Restricted(Access.ADMIN)
  @Mutation(() => MemberAgreement, {
    description: "Records a member's own terms for its membership fee or a service, which billing runs apply in place of the model (admins).",
  })
  async recordMemberAgreement(
    @Arg('input', () => MemberAgreementInput, { description: 'The member, the fee or service, the period and the terms.' }) input: MemberAgreementInput,
    @Ctx() ctx: RequestContext,
  ): Promise<MemberAgreement> {
    const period = { from: input.from, to: input.to ?? null };
    checkPeriod(period, 'input.to');
    if ((input.discountPercent == null) === (input.fixed == null))
      throw new BadUserInputError('input.fixed', 'give either discountPercent or fixed, not both or neither');
    const fixedOre = input.fixed == null ? null : parseAmount(input.fixed, 'input.fixed');
    await requireMember(ctx, input.memberId, 'input.memberId');
    if (input.serviceId != null) await requireService(ctx, input.serviceId, 'input.serviceId');
    const subject = input.serviceId == null ? MEMBERSHIP_FEE_SUBJECT : serviceSubject(input.serviceId);
    const fields = { memberId: input.memberId, subject, serviceId: input.serviceId ?? null, ...period };
    await checkNoOverlap(ctx, fields);
    const agreement = ctx.em.create(MemberAgreement, { ...fields, discountPercent: input.discountPercent ?? null, fixedOre, note: input.note ?? null });
    await ctx.em.flush();
    return agreement;
  }
}
