import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../shared/graphql/context';
import { DateScalar } from '../../shared/graphql/scalars';
import { swedishOrder } from '../../shared/platform/collation';
import { CouncilSeat } from '../entities/council-seat.entity';
import { Member } from '../entities/member.stub';
import { Service } from '../entities/service.entity';
import { ServiceSubscription } from '../entities/service-subscription.entity';
import { seatsByMember, servicesById, subscriptionsByMember } from '../loaders';

const dayArg = (what: string) => ({ nullable: true, description: `Only ${what} on this day; all of them, past, present and future, when left out.` });

/** The member's side of services and councils; every field loads through a request-scoped batch loader. */
@Resolver(() => Member)
export class MemberResolver {
  @FieldResolver(() => [ServiceSubscription], { description: "The member's subscriptions to collaboration services, newest first." })
  subscriptions(
    @Root() member: Member,
    @Arg('activeOn', () => DateScalar, dayArg('subscriptions in use')) activeOn: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceSubscription[]> {
    return subscriptionsByMember(ctx, activeOn ?? null).load(member.id);
  }

  @FieldResolver(() => [Service], { description: 'The collaboration services the member uses, by name.' })
  async services(
    @Root() member: Member,
    @Arg('activeOn', () => DateScalar, dayArg('services in use')) activeOn: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Service[]> {
    const subscriptions = await subscriptionsByMember(ctx, activeOn ?? null).load(member.id);
    const ids = [...new Set(subscriptions.map((subscription) => subscription.service.id))];
    const services = await Promise.all(ids.map((id) => servicesById(ctx).load(id)));
    return services.filter((service): service is Service => service !== null).sort((a, b) => swedishOrder(a.name, b.name));
  }

  @FieldResolver(() => [CouncilSeat], { description: 'Seats on governance councils held for the member, newest first.' })
  councilSeats(
    @Root() member: Member,
    @Arg('activeOn', () => DateScalar, dayArg('seats held')) activeOn: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CouncilSeat[]> {
    return seatsByMember(ctx, activeOn ?? null).load(member.id);
  }
}
