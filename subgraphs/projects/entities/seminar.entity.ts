import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DataSource } from '../../shared/domain/source';
import { DateScalar } from '../../shared/graphql/scalars';
import { Timestamped } from '../../shared/graphql/timestamps';
import { Network } from './network.entity';

export enum SeminarFormat {
  DIGITAL = 'DIGITAL',
  ON_SITE = 'ON_SITE',
}

registerEnumType(SeminarFormat, {
  name: 'SeminarFormat',
  description: 'How a seminar is held.',
  valuesConfig: {
    DIGITAL: { description: 'Online (digitalt seminarium, webbinarium).' },
    ON_SITE: { description: 'In a room, with the attendees present.' },
  },
});

@Entity({ tableName: 'seminar' })
@ObjectType('Seminar', { description: 'A seminar (seminarium) Sambruk hosts or takes part in, organised by a member, possibly for a network.' })
export class Seminar extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the seminar.' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Property({ type: 'date', index: true })
  @Field(() => DateScalar, { description: 'Day the seminar is held.' })
  heldOn!: string;

  @Enum({ items: () => SeminarFormat, type: 'text' })
  @Field(() => SeminarFormat, { description: 'Digital or on site.' })
  format!: SeminarFormat;

  @ManyToOne(() => Network, { nullable: true, index: true, deleteRule: 'set null' })
  network: Rel<Network> | null = null;

  /** The organising member, owned by the membership subgraph: only its id is kept here. */
  @Property({ type: 'uuid', index: true })
  organiserId!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Number of attendees (people), registered or counted.' })
  attendees!: number;

  @Enum({ items: () => DataSource, type: 'text' })
  @Field(() => DataSource, { description: "Whether this record comes from Sambruk's documents or is demonstration data." })
  source: Opt<DataSource> = DataSource.ENTERED;
}
