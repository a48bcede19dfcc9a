import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Access, Restricted, requireAccess } from '../../shared/graphql/auth';
import type { RequestContext } from '../../shared/graphql/context';
import { ServiceCharge } from '../entities/service-charge.entity';
import { ServiceSubscription } from '../entities/service-subscription.stub';
import { chargeBySubscription } from '../loaders';

@Resolver(() => ServiceSubscription)
export class ServiceSubscriptionFinanceResolver {
  /** Member users pass the door; whose charge it is, finance knows only from the charge it loaded. */
  @Restricted(Access.ANALYST, Access.MEMBER)
  @FieldResolver(() => ServiceCharge, {
    nullable: true,
    description:
      'What the member is charged for this subscription in a year (a member that switched variant that year has its charge split between the two ' +
      "subscriptions by days); null when nothing is charged. For analysts, admins and the member's own users.",
  })
  async cost(
    @Root() subscription: ServiceSubscription,
    @Arg('year', () => Int, { description: 'The calendar year.' }) year: number,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceCharge | null> {
    const charge = await chargeBySubscription(ctx, year).load(subscription.id);
    if (charge) requireAccess(ctx, [Access.ANALYST, Access.OWN_MEMBER], charge.memberId, "ServiceSubscription.cost of another member's subscription");
    return charge;
  }
}
