import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { checkMemberOn } from '../../shared/domain/member-facts';
import { textSearch } from '../../shared/domain/search';
import { DataSource } from '../../shared/domain/source';
import { Access, Restricted } from '../../shared/graphql/auth';
import { definedChanges } from '../../shared/graphql/changes';
import type { RequestContext } from '../../shared/graphql/context';
import { BadUserInputError } from '../../shared/graphql/errors';
import { allOf, oneOf, within } from '../../shared/graphql/filters';
import { findOrFail } from '../../shared/graphql/lookup';
import { findPage, SortDirection } from '../../shared/graphql/pagination';
import { requireMemberFacts } from '../../shared/graphql/peers';
import { FieldProvenance, provenanceOf } from '../../shared/graphql/provenance';
import { Event, EventKind, OrganiserKind } from '../entities/event.entity';
import { Member, memberRef } from '../entities/member.stub';
import { Network } from '../entities/network.entity';
import { Partner } from '../entities/partner.entity';
import { eventsById, networksById, partnersById } from '../loaders';
import { checkNotBefore } from '../rules';
import { AllEventsArgs, CreateEventInput, EventConnection, EventOrderField, type EventOrganiserInput, EventsArgs, UpdateEventInput } from './event.args';

function eventsFilter(args: AllEventsArgs): FilterQuery<Event> {
  if (args.from && args.to && args.to < args.from) throw new BadUserInputError('to', `${args.to} is before from (${args.from})`);
  const filter = args.filter ?? {};
  return allOf<Event>(
    oneOf('id', filter.idIn),
    args.kind && { kind: args.kind },
    oneOf('kind', filter.kindIn),
    within('heldOn', { gte: args.from, lte: args.to }, 'heldOn'),
    within('heldOn', filter.heldOn, 'filter.heldOn'),
    oneOf('format', filter.formatIn),
    args.format && { format: args.format },
    oneOf('organiserKind', filter.organiserKindIn),
    oneOf('network', filter.networkIdIn),
    args.networkId && { network: args.networkId },
    oneOf('organiserMemberId', filter.organiserMemberIdIn),
    args.organiserMemberId && { organiserMemberId: args.organiserMemberId },
    oneOf('organiserPartner', filter.organiserPartnerIdIn),
    args.organiserPartnerId && { organiserPartner: args.organiserPartnerId },
    within('attendees', filter.attendees, 'filter.attendees'),
    textSearch(['title'], filter.search),
  );
}

const EVENTS = { name: 'events', defaultOrder: [{ field: EventOrderField.HELD_ON, direction: SortDirection.ASC }] };

/** The organiser's columns, after checking that the input gives exactly what its kind needs and that it exists (a member: on the day). */
async function organiserOf(ctx: RequestContext, organiser: EventOrganiserInput, heldOn: string): Promise<Partial<Event>> {
  const { kind, memberId, partnerId, name } = organiser;
  const given = { memberId: memberId ?? null, partnerId: partnerId ?? null, name: name ?? null };
  const allowed = { memberId: kind === OrganiserKind.MEMBER, partnerId: kind === OrganiserKind.PARTNER, name: kind === OrganiserKind.OTHER };
  for (const field of ['memberId', 'partnerId', 'name'] as const) {
    if (given[field] !== null && !allowed[field])
      throw new BadUserInputError(`input.organiser.${field}`, `an organiser of kind ${kind} has no ${field}; leave it out`);
  }
  if (kind === OrganiserKind.MEMBER && !given.memberId) throw new BadUserInputError('input.organiser.memberId', 'an organiser of kind MEMBER needs memberId');
  if (kind === OrganiserKind.PARTNER && !given.partnerId)
    throw new BadUserInputError('input.organiser.partnerId', 'an organiser of kind PARTNER needs partnerId');
  if (given.memberId) checkMemberOn(await requireMemberFacts(ctx, given.memberId, 'input.organiser.memberId'), heldOn, 'input.organiser.memberId');
  const partner = given.partnerId ? await findOrFail(ctx.em, Partner, given.partnerId, 'input.organiser.partnerId', 'partner') : null;
  return { organiserKind: kind, organiserMemberId: given.memberId, organiserPartner: partner, organiserName: given.name };
}

/** The network (if any) must exist and have started by the day of the event. */
async function networkOf(ctx: RequestContext, networkId: string | null, heldOn: string): Promise<Network | null> {
  const network = networkId ? await findOrFail(ctx.em, Network, networkId, 'input.networkId', 'network') : null;
  if (network) checkNotBefore(heldOn, network.startedOn, 'input.heldOn', `"${network.name}" started`);
  return network;
}

@Resolver(() => Event)
export class EventResolver {
  @Query(() => Event, { nullable: true, description: 'One event by id; null when there is none.' })
  event(@Arg('id', () => ID, { description: "The event's id." }) id: string, @Ctx() ctx: RequestContext): Promise<Event | null> {
    return eventsById(ctx).load(id);
  }

  @Query(() => EventConnection, { description: 'Events (conferences, seminars, workshops), whoever organised them, filtered and paged, oldest first.' })
  events(@Args() args: AllEventsArgs, @Ctx() ctx: RequestContext): Promise<EventConnection> {
    return findPage(ctx.em, Event, () => eventsFilter(args), args, EVENTS);
  }

  @Query(() => EventConnection, { description: 'The events of kind SEMINAR (as events with kind: SEMINAR), filtered and paged, oldest first.' })
  seminars(@Args() args: EventsArgs, @Ctx() ctx: RequestContext): Promise<EventConnection> {
    return findPage(ctx.em, Event, () => eventsFilter({ ...args, kind: EventKind.SEMINAR }), args, EVENTS);
  }

  @FieldResolver(() => Network, { nullable: true, description: 'The network the event is held for or with; null when none.' })
  network(@Root() event: Event, @Ctx() ctx: RequestContext): Promise<Network | null> {
    return event.network ? networksById(ctx).load(event.network.id) : Promise.resolve(null);
  }

  @FieldResolver(() => Member, { nullable: true, description: 'The member that organised the event (organiserKind MEMBER); null otherwise.' })
  organiserMember(@Root() event: Event): Member | null {
    return event.organiserMemberId ? memberRef(event.organiserMemberId) : null;
  }

  @FieldResolver(() => Partner, { nullable: true, description: 'The partner that organised the event (organiserKind PARTNER); null otherwise.' })
  organiserPartner(@Root() event: Event, @Ctx() ctx: RequestContext): Promise<Partner | null> {
    return event.organiserPartner ? partnersById(ctx).load(event.organiserPartner.id) : Promise.resolve(null);
  }

  @FieldResolver(() => [FieldProvenance], {
    description: 'For an event the documents name (source SEED): where its fields come from (their words, or ESTIMATED where they only bound it).',
  })
  provenance(@Root() event: Event, @Ctx() ctx: RequestContext): Promise<FieldProvenance[]> {
    return provenanceOf(ctx).load(event.id);
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => Event, { description: 'Records an event (admins).' })
  async createEvent(
    @Arg('input', () => CreateEventInput, { description: 'The new event.' }) input: CreateEventInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Event> {
    const network = await networkOf(ctx, input.networkId ?? null, input.heldOn);
    const organiser = await organiserOf(ctx, input.organiser, input.heldOn);
    const { title, kind, heldOn, format, sambrukRole } = input;
    const event = ctx.em.create(Event, {
      title,
      kind,
      heldOn,
      format,
      sambrukRole,
      place: input.place ?? null,
      attendees: input.attendees ?? null,
      ...organiser,
      network,
      source: DataSource.ENTERED,
    } as Event);
    await ctx.em.flush();
    return event;
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => Event, { description: "Changes an event's details (admins)." })
  async updateEvent(
    @Arg('id', () => ID, { description: "The event's id." }) id: string,
    @Arg('input', () => UpdateEventInput, { description: 'The changes.' }) input: UpdateEventInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Event> {
    const event = await findOrFail(ctx.em, Event, id, 'id', 'event', 'update');
    const { networkId, organiser, ...changes } = definedChanges(input, ['networkId', 'place', 'attendees']);
    const heldOn = changes.heldOn ?? event.heldOn;
    const network = await networkOf(ctx, networkId === undefined ? (event.network?.id ?? null) : networkId, heldOn);
    const current: EventOrganiserInput = {
      kind: event.organiserKind,
      memberId: event.organiserMemberId,
      partnerId: event.organiserPartner?.id ?? null,
      name: event.organiserName,
    };
    ctx.em.assign(event, { ...changes, ...(await organiserOf(ctx, organiser ?? current, heldOn)), network });
    await ctx.em.flush();
    return event;
  }
}
