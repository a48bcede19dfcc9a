import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { checkMemberDuring } from '../../shared/domain/member-facts';
import { activeOn, checkPeriod } from '../../shared/domain/periods';
import { DataSource } from '../../shared/domain/source';
import { Access, Restricted } from '../../shared/graphql/auth';
import type { ChangeEvent } from '../../shared/graphql/change-feed';
import type { RequestContext } from '../../shared/graphql/context';
import { ConflictError } from '../../shared/graphql/errors';
import { allOf, oneOf, within } from '../../shared/graphql/filters';
import { type ChannelLost, eventOf, followMember, type MemberChangesArgs } from '../../shared/graphql/live';
import { findOrFail } from '../../shared/graphql/lookup';
import { findPage, SortDirection } from '../../shared/graphql/pagination';
import { requireMemberFacts } from '../../shared/graphql/peers';
import { DateScalar } from '../../shared/graphql/scalars';
import { takeTurns } from '../../shared/graphql/transaction';
import { Member, memberRef } from '../entities/member.stub';
import { Service } from '../entities/service.entity';
import { ServiceSubscription } from '../entities/service-subscription.entity';
import { servicesById } from '../loaders';
import { checkNoOverlappingSubscription, checkSeatsStillCovered, checkVariant, checkWithinService } from '../rules';
import { SubscribeMemberInput, SubscriptionConnection, SubscriptionOrderField, SubscriptionsArgs } from './service-subscription.args';

function subscriptionsFilter(args: SubscriptionsArgs): FilterQuery<ServiceSubscription> {
  const filter = args.filter ?? {};
  return allOf<ServiceSubscription>(
    oneOf('id', filter.idIn),
    oneOf('service', filter.serviceIdIn),
    args.serviceId && { service: args.serviceId },
    oneOf('memberId', filter.memberIdIn),
    args.memberId && { memberId: args.memberId },
    oneOf('variant', filter.variantIn),
    within('from', filter.from, 'filter.from'),
    within('to', filter.to, 'filter.to'),
    filter.activeOn && activeOn(filter.activeOn),
    args.activeOn && activeOn(args.activeOn),
  );
}

const SUBSCRIPTIONS = { name: 'subscriptions', defaultOrder: [{ field: SubscriptionOrderField.FROM, direction: SortDirection.ASC }] };

@Resolver(() => ServiceSubscription)
export class ServiceSubscriptionResolver {
  @Subscription(() => ServiceSubscription, {
    nullable: true,
    description:
      "A member's service subscription each time one is recorded or changed (null once it no longer exists); with `after` (a cursor of servicesChanges), first the changes since then. Analysts, admins and the member's own users.",
    subscribe: ({ args, context }) =>
      followMember(context as RequestContext, 'services', args as MemberChangesArgs, ['ServiceSubscription'], 'serviceSubscriptionsChanged'),
  })
  serviceSubscriptionsChanged(
    @Arg('memberId', () => ID, { description: 'The member whose subscriptions to follow.' }) _memberId: string,
    @Arg('after', () => String, { nullable: true, description: 'A change feed cursor: replay the changes after it first.' }) _after: string | null,
    @Root() event: ChangeEvent | ChannelLost,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceSubscription | null> {
    return ctx.em.fork().findOne(ServiceSubscription, { id: eventOf(event).entityId });
  }

  @Query(() => SubscriptionConnection, { description: 'Subscriptions, filtered and paged, oldest first.' })
  subscriptions(@Args() args: SubscriptionsArgs, @Ctx() ctx: RequestContext): Promise<SubscriptionConnection> {
    return findPage(ctx.em, ServiceSubscription, () => subscriptionsFilter(args), args, SUBSCRIPTIONS);
  }

  @FieldResolver(() => Service, { description: 'The service used.' })
  async service(@Root() subscription: ServiceSubscription, @Ctx() ctx: RequestContext): Promise<Service> {
    return (await servicesById(ctx).load(subscription.service.id))!;
  }

  @FieldResolver(() => Member, { description: 'The member that uses the service.' })
  member(@Root() subscription: ServiceSubscription): Member {
    return memberRef(subscription.memberId);
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => ServiceSubscription, { description: 'Records that a member uses a service over a period (admins).' })
  async subscribeMember(
    @Arg('input', () => SubscribeMemberInput, { description: 'Who uses which service, from when.' }) input: SubscribeMemberInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceSubscription> {
    const period = { from: input.from, to: input.to ?? null };
    const variant = input.variant ?? null;
    checkPeriod(period, 'input.to');
    const service = await findOrFail(ctx.em, Service, input.serviceId, 'input.serviceId', 'service', 'share');
    checkVariant(service, variant, 'input.variant');
    checkWithinService(service, period, 'input.from');
    const member = await requireMemberFacts(ctx, input.memberId, 'input.memberId');
    checkMemberDuring(member, period, { from: 'input.from', to: 'input.to' });
    await takeTurns(ctx.em, 'subscription', service.id, member.id);
    await checkNoOverlappingSubscription(ctx.em, service, member.id, period);
    const subscription = ctx.em.create(ServiceSubscription, { service, memberId: member.id, variant, ...period, source: DataSource.ENTERED });
    await ctx.em.flush();
    return subscription;
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => ServiceSubscription, { description: 'Ends a subscription: the member no longer uses the service from `on` (admins).' })
  async endSubscription(
    @Arg('id', () => ID, { description: 'The subscription to end.' }) id: string,
    @Arg('on', () => DateScalar, { description: "First day the service is no longer used; after the subscription's first day." }) on: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceSubscription> {
    const subscription = await findOrFail(ctx.em, ServiceSubscription, id, 'id', 'subscription', 'update');
    if (subscription.to !== null) throw new ConflictError('id', `the subscription already ended on ${subscription.to}`);
    checkPeriod({ from: subscription.from, to: on }, 'on');
    await checkSeatsStillCovered(ctx.em, subscription, on);
    subscription.to = on;
    await ctx.em.flush();
    return subscription;
  }
}
