import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DataSource } from '../../shared/domain/source';
import { DateScalar } from '../../shared/graphql/scalars';
import { Timestamped } from '../../shared/graphql/timestamps';
import { Network } from './network.entity';
import { Partner } from './partner.entity';

export enum EventKind {
  CONFERENCE = 'CONFERENCE',
  SEMINAR = 'SEMINAR',
  WORKSHOP = 'WORKSHOP',
  INSPIRATION_DAY = 'INSPIRATION_DAY',
}

registerEnumType(EventKind, {
  name: 'EventKind',
  description: 'What kind of gathering an event is.',
  valuesConfig: {
    CONFERENCE: { description: 'A conference (konferens) or a track of one.' },
    SEMINAR: { description: 'A seminar or seminar day (seminarium, seminariedag); digital ones are webinars.' },
    WORKSHOP: { description: 'A workshop where the attendees work on a question together.' },
    INSPIRATION_DAY: { description: 'An inspiration day for members and others (inspirationsdag).' },
  },
});

export enum EventFormat {
  DIGITAL = 'DIGITAL',
  ON_SITE = 'ON_SITE',
}

registerEnumType(EventFormat, {
  name: 'EventFormat',
  description: 'How an event is held.',
  valuesConfig: {
    DIGITAL: { description: 'Online (digitalt seminarium, webbinarium).' },
    ON_SITE: { description: 'In a room, with the attendees present.' },
  },
});

export enum OrganiserKind {
  ASSOCIATION = 'ASSOCIATION',
  MEMBER = 'MEMBER',
  PARTNER = 'PARTNER',
  OTHER = 'OTHER',
}

registerEnumType(OrganiserKind, {
  name: 'OrganiserKind',
  description: 'Who organised an event.',
  valuesConfig: {
    ASSOCIATION: { description: 'Sambruk itself (i egen regi).' },
    MEMBER: { description: 'A member of Sambruk (see organiserMember).' },
    PARTNER: { description: 'A partner of Sambruk (see organiserPartner).' },
    OTHER: { description: 'Another organisation (see organiserName; null when the documents do not name it).' },
  },
});

export enum SambrukRole {
  HOST = 'HOST',
  CO_ORGANISER = 'CO_ORGANISER',
  SPEAKER = 'SPEAKER',
  EXHIBITOR = 'EXHIBITOR',
}

registerEnumType(SambrukRole, {
  name: 'SambrukRole',
  description: 'What Sambruk did at an event.',
  valuesConfig: {
    HOST: { description: 'Held it (värd).' },
    CO_ORGANISER: { description: 'Organised it, or a track of it, with others.' },
    SPEAKER: { description: 'Invited to speak or present (talare).' },
    EXHIBITOR: { description: 'Ran workshops or a booth at it (utställare, monter).' },
  },
});

@Entity({ tableName: 'event' })
@Check({
  name: 'event_organiser_check',
  expression:
    `("organiser_kind" = 'MEMBER') = ("organiser_member_id" is not null) and ("organiser_kind" = 'PARTNER') = ("organiser_partner_id" is not null) ` +
    `and ("organiser_kind" = 'OTHER' or "organiser_name" is null)`,
})
@ObjectType('Event', {
  description: 'A conference, seminar or workshop Sambruk holds or takes part in, organised by Sambruk itself, by a member or by another organisation.',
})
export class Event extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the event.' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Title or theme.' })
  title!: string;

  @Enum({ items: () => EventKind, type: 'text', index: true })
  @Field(() => EventKind, { description: 'What kind of gathering it is.' })
  kind!: EventKind;

  @Property({ type: 'date', index: true })
  @Field(() => DateScalar, { description: 'Day the event is held (its first day).' })
  heldOn!: string;

  @Enum({ items: () => EventFormat, type: 'text' })
  @Field(() => EventFormat, { description: 'Digital or on site.' })
  format!: EventFormat;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Where it is held, e.g. "Offentliga Rummet 2017, Sundsvall"; null when not known or digital.' })
  place: string | null = null;

  @Enum({ items: () => OrganiserKind, type: 'text', index: true })
  @Field(() => OrganiserKind, { description: 'Who organised it: Sambruk, a member, a partner or another organisation.' })
  organiserKind!: OrganiserKind;

  /** The organising member (organiserKind MEMBER), owned by the membership subgraph: only its id is kept here. */
  @Property({ type: 'uuid', nullable: true, index: true })
  organiserMemberId: string | null = null;

  @ManyToOne(() => Partner, { nullable: true, index: true, deleteRule: 'restrict' })
  organiserPartner: Rel<Partner> | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Name of the organiser when it is another organisation (organiserKind OTHER), e.g. "Finansdepartementet"; null otherwise or when not known.',
  })
  organiserName: string | null = null;

  @Enum({ items: () => SambrukRole, type: 'text' })
  @Field(() => SambrukRole, { description: 'What Sambruk did at the event.' })
  sambrukRole!: SambrukRole;

  @ManyToOne(() => Network, { nullable: true, index: true, deleteRule: 'set null' })
  network: Rel<Network> | null = null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Number of attendees (people), registered or counted; null when not known.' })
  attendees: number | null = null;

  @Enum({ items: () => DataSource, type: 'text' })
  @Field(() => DataSource, { description: "Whether this record comes from Sambruk's documents or is demonstration data." })
  source: Opt<DataSource> = DataSource.ENTERED;
}
