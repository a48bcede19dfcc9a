import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Access, Restricted } from '../../shared/auth';
import type { RequestContext } from '../../shared/context';
import { ServiceCharge } from '../entities/service-charge.entity';
import { chargeByMemberService, memberServiceKey } from '../loaders';
import { Subscription } from '../entities/subscription.stub';

@Resolver(() => Subscription)
export class SubscriptionFinanceResolver {
  @Restricted(Access.ANALYST, Access.OWN_MEMBER)
  @FieldResolver(() => ServiceCharge, { nullable: true, description: 'What the member was charged for this service in a year; null when nothing is charged. For analysts, admins and the member\'s own users.' })
  @Directive('@requires(fields: "member { id } service { id }")')
  cost(@Root() subscription: Subscription, @Arg('year', () => Int, { description: 'The calendar year.' }) year: number, @Ctx() ctx: RequestContext): Promise<ServiceCharge | null> {
    return chargeByMemberService(ctx, year).load(memberServiceKey(subscription.member.id, subscription.service.id));
  }
}
