import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { parseAmount } from '../../shared/domain/money';
import { Access, Restricted, type Viewer } from '../../shared/graphql/auth';
import type { RequestContext } from '../../shared/graphql/context';
import { BadUserInputError } from '../../shared/graphql/errors';
import { isUuid } from '../../shared/graphql/lookup';
import { findPage, SortDirection } from '../../shared/graphql/pagination';
import { ServiceCharge } from '../entities/service-charge.entity';
import { checkNoCharge, checkYear, requireSubscriptionDuring } from '../rules';
import { ChargesArgs, ServiceChargeConnection, ServiceChargeInput } from './service-charge.args';

/** A member user sees only its own member's charges: asking for another member's finds none. */
function memberScope(memberId: string | null | undefined, viewer: Viewer): { memberId?: string | { $in: string[] } } {
  if (viewer.role !== 'member') return memberId != null ? { memberId } : {};
  return { memberId: memberId != null && memberId !== viewer.memberId ? { $in: [] } : viewer.memberId! };
}

function chargesFilter(args: ChargesArgs, viewer: Viewer): FilterQuery<ServiceCharge> {
  for (const field of ['memberId', 'serviceId'] as const) {
    const id = args[field];
    if (id != null && !isUuid(id)) throw new BadUserInputError(field, `"${id}" is not an id`);
  }
  return {
    ...(args.year != null && { year: args.year }),
    ...memberScope(args.memberId, viewer),
    ...(args.serviceId != null && { serviceId: args.serviceId }),
  };
}

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
    return findPage(em, ServiceCharge, () => chargesFilter(args, viewer), args, {
      name: 'charges',
      defaultOrder: [
        { field: 'year', direction: SortDirection.ASC },
        { field: 'amountOre', direction: SortDirection.DESC },
      ],
    });
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => ServiceCharge, {
    description:
      "Records a service charge (utdebitering): what a member is charged for its subscription to a service for a year, its share of the service's " +
      'costs (admins).',
  })
  async recordServiceCharge(@Arg('input', () => ServiceChargeInput) input: ServiceChargeInput, @Ctx() ctx: RequestContext): Promise<ServiceCharge> {
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
