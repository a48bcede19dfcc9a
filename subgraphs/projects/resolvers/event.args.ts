import { IsOptional, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateRange, IdsField, IntRange, NodeFilter } from '../../shared/graphql/filters';
import { ConnectionType, ListArgs, OrderInput } from '../../shared/graphql/pagination';
import { DateScalar } from '../../shared/graphql/scalars';
import { Event, EventFormat, EventKind, OrganiserKind, SambrukRole } from '../entities/event.entity';

@ObjectType('EventConnection', { description: 'A page of events.' })
export class EventConnection extends ConnectionType(Event, 'The events on this page, oldest first.') {}

export enum EventOrderField {
  HELD_ON = 'heldOn',
  TITLE = 'title',
  ATTENDEES = 'attendees',
}

registerEnumType(EventOrderField, {
  name: 'EventOrderField',
  description: 'What events can be sorted by.',
  valuesConfig: {
    HELD_ON: { description: 'Day the event is held.' },
    TITLE: { description: 'Title, in Swedish order.' },
    ATTENDEES: { description: 'How many took part (unknown counts last).' },
  },
});

@InputType('EventOrder', { description: 'One sort key for events.' })
export class EventOrder extends OrderInput(EventOrderField, 'EventOrderField') {}

@InputType('EventFilter', { description: 'Which events to list; every condition given must hold.' })
export class EventFilter extends NodeFilter {
  @Field(() => [EventKind], { nullable: true, description: 'Only events of these kinds.' })
  kindIn?: EventKind[] | null;

  @Field(() => [EventFormat], { nullable: true, description: 'Only events in these formats.' })
  formatIn?: EventFormat[] | null;

  @Field(() => [OrganiserKind], { nullable: true, description: 'Only events organised by these kinds of organiser.' })
  organiserKindIn?: OrganiserKind[] | null;

  @IdsField('Only events held for these networks.')
  networkIdIn?: string[] | null;

  @IdsField('Only events these members organised.')
  organiserMemberIdIn?: string[] | null;

  @IdsField('Only events these partners organised.')
  organiserPartnerIdIn?: string[] | null;

  @Field(() => DateRange, { nullable: true, description: 'Only events held within these days.' })
  heldOn?: DateRange | null;

  @Field(() => IntRange, { nullable: true, description: 'Only events with this many attendees (events with an unknown count never match).' })
  @IsOptional()
  @ValidateNested()
  attendees?: IntRange | null;

  @Field(() => String, { nullable: true, description: 'Text in the title (case- and accent-insensitive).' })
  @IsOptional()
  @Length(1, 100)
  search?: string | null;
}

@ArgsType()
export class EventsArgs extends ListArgs(EventOrder, 'Oldest first (by heldOn)') {
  @Field(() => EventFilter, { nullable: true, description: 'Conditions on the events to list.' })
  @IsOptional()
  @ValidateNested()
  filter?: EventFilter | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only events held on this day or later.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only events held on this day or earlier.' })
  to?: string | null;

  @Field(() => EventFormat, { nullable: true, description: 'Only events in this format.' })
  format?: EventFormat | null;

  @Field(() => ID, { nullable: true, description: 'Only events held for this network.' })
  @IsOptional()
  @IsUUID('all', { message: 'networkId must be a network id (a UUID)' })
  networkId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events this member organised.' })
  @IsOptional()
  @IsUUID('all', { message: 'organiserMemberId must be a member id (a UUID)' })
  organiserMemberId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events this partner organised.' })
  @IsOptional()
  @IsUUID('all', { message: 'organiserPartnerId must be a partner id (a UUID)' })
  organiserPartnerId?: string | null;
}

@ArgsType()
export class AllEventsArgs extends EventsArgs {
  @Field(() => EventKind, { nullable: true, description: 'Only events of this kind.' })
  kind?: EventKind | null;
}

@InputType({ description: 'Who organised an event: Sambruk itself, a member, a partner or another organisation.' })
export class EventOrganiserInput {
  @Field(() => OrganiserKind, { description: 'The kind of organiser; decides which of the other fields is given.' })
  kind!: OrganiserKind;

  @Field(() => ID, { nullable: true, description: 'The organising member, for kind MEMBER only; it must be a member of Sambruk on the day.' })
  @IsOptional()
  @IsUUID('all', { message: 'memberId must be a member id (a UUID)' })
  memberId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organising partner, for kind PARTNER only.' })
  @IsOptional()
  @IsUUID('all', { message: 'partnerId must be a partner id (a UUID)' })
  partnerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the organiser, for kind OTHER only (may be left out when not known).' })
  @IsOptional()
  @Length(2, 200)
  name?: string | null;
}

const MAX_ATTENDEES = 100_000;

@InputType({ description: 'A new event.' })
export class CreateEventInput {
  @Field(() => String, { description: 'Title or theme.' })
  @Length(2, 300)
  title!: string;

  @Field(() => EventKind, { description: 'What kind of gathering it is.' })
  kind!: EventKind;

  @Field(() => DateScalar, { description: 'Day the event is held (its first day).' })
  heldOn!: string;

  @Field(() => EventFormat, { description: 'Digital or on site.' })
  format!: EventFormat;

  @Field(() => String, { nullable: true, description: 'Where it is held; null when digital or not known.' })
  @IsOptional()
  @Length(2, 200)
  place?: string | null;

  @Field(() => EventOrganiserInput, { description: 'Who organised it.' })
  @ValidateNested()
  organiser!: EventOrganiserInput;

  @Field(() => SambrukRole, { description: 'What Sambruk did at the event.' })
  sambrukRole!: SambrukRole;

  @Field(() => ID, { nullable: true, description: 'The network it is held for, if any; the network must have started by then.' })
  @IsOptional()
  @IsUUID('all', { message: 'networkId must be a network id (a UUID)' })
  networkId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of attendees (people); null when not known.' })
  @IsOptional()
  @Min(0)
  @Max(MAX_ATTENDEES)
  attendees?: number | null;
}

@InputType({ description: 'Changes to an event; fields left out stay as they are.' })
export class UpdateEventInput {
  @Field(() => String, { nullable: true, description: 'Title or theme.' })
  @IsOptional()
  @Length(2, 300)
  title?: string;

  @Field(() => EventKind, { nullable: true, description: 'What kind of gathering it is.' })
  kind?: EventKind;

  @Field(() => DateScalar, { nullable: true, description: 'Day the event is held (its first day).' })
  heldOn?: string;

  @Field(() => EventFormat, { nullable: true, description: 'Digital or on site.' })
  format?: EventFormat;

  @Field(() => String, { nullable: true, description: 'Where it is held; null to clear it.' })
  @IsOptional()
  @Length(2, 200)
  place?: string | null;

  @Field(() => EventOrganiserInput, { nullable: true, description: 'Who organised it (replaces the organiser as a whole).' })
  @IsOptional()
  @ValidateNested()
  organiser?: EventOrganiserInput;

  @Field(() => SambrukRole, { nullable: true, description: 'What Sambruk did at the event.' })
  sambrukRole?: SambrukRole;

  @Field(() => ID, { nullable: true, description: 'The network it is held for; null to detach it from its network.' })
  @IsOptional()
  @IsUUID('all', { message: 'networkId must be a network id (a UUID)' })
  networkId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of attendees (people); null when not known.' })
  @IsOptional()
  @Min(0)
  @Max(MAX_ATTENDEES)
  attendees?: number | null;
}
