import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { parseAmount } from '../../shared/domain/money';
import { Access, Restricted, type Viewer } from '../../shared/graphql/auth';
import type { RequestContext } from '../../shared/graphql/context';
import { allOf, oneOf, within } from '../../shared/graphql/filters';
import { findPage, SortDirection } from '../../shared/graphql/pagination';
import { ServiceCharge } from '../entities/service-charge.entity';
import { checkNoCharge, checkYear, requireSubscriptionDuring } from '../rules';
import { ChargeOrderField, ChargesArgs, ServiceChargeConnection, ServiceChargeInput } from './service-charge.args';

/** A member user sees only its own member's charges: asking for another member's finds none. */
const memberScope = (viewer: Viewer) => viewer.role === 'member' && { memberId: viewer.memberId! };

function chargesFilter(args: ChargesArgs, viewer: Viewer): FilterQuery<ServiceCharge> {
  const filter = args.filter ?? {};
  return allOf<ServiceCharge>(
    memberScope(viewer),
    oneOf('id', filter.idIn),
    oneOf('memberId', filter.memberIdIn),
    args.memberId && { memberId: args.memberId },
    oneOf('serviceId', filter.serviceIdIn),
    args.serviceId && { serviceId: args.serviceId },
    oneOf('subscriptionId', filter.subscriptionIdIn),
    within('year', filter.year, 'filter.year'),
    args.year != null && { year: args.year },
    within('amountOre', filter.amount, 'filter.amount', parseAmount),
  );
}

const CHARGES = {
  name: 'charges',
  defaultOrder: [
    { field: ChargeOrderField.YEAR, direction: SortDirection.ASC },
    { field: ChargeOrderField.AMOUNT, direction: SortDirection.DESC },
  ],
};

@Resolver(() => ServiceCharge)
export class ServiceChargeResolver {
  @Restricted(Access.ANALYST, Access.MEMBER)
  @Query(() => ServiceChargeConnection, {
    nullable: true,
    description:
      'Service charges (utdebitering), filtered and paged, by year, then largest first. For analysts and admins; a member user sees only its own ' +
      "member's charges.",
  })
  charges(@Args() args: ChargesArgs, @Ctx() { em, viewer }: RequestContext): Promise<ServiceChargeConnection> {
    return findPage(em, ServiceCharge, () => chargesFilter(args, viewer), args, CHARGES);
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => ServiceCharge, {
    description:
      "Records a service charge (utdebitering): what a member is charged for its subscription to a service for a year, its share of the service's " +
      'costs (admins).',
  })
  async recordServiceCharge(
    @Arg('input', () => ServiceChargeInput, { description: 'The charge to record.' }) input: ServiceChargeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceCharge> {
    checkYear(input.year, ctx.today, 'input.year');
    const amountOre = parseAmount(input.amount, 'input.amount');
    const subscription = await requireSubscriptionDuring(ctx, input.subscriptionId, input.year, 'input.subscriptionId');
    await checkNoCharge(ctx.em, subscription, input.year, 'input.year');
    const { id: subscriptionId, memberId, serviceId } = subscription;
    const charge = ctx.em.create(ServiceCharge, { subscriptionId, memberId, serviceId, year: input.year, amountOre, note: input.note ?? null });
    await ctx.em.flush();
    return charge;
  }
}
