import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DataSource } from '../../shared/domain/source';
import { DateScalar } from '../../shared/graphql/scalars';
import { Timestamped } from '../../shared/graphql/timestamps';
import { Network } from './network.entity';

@Entity({ tableName: 'campaign' })
@ObjectType('Campaign', { description: 'A campaign week a network runs, such as ALL DIGITAL Week or eMedborgarveckan (kampanjvecka).' })
export class Campaign extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the campaign.' })
  id: string = randomUUID();

  @ManyToOne(() => Network, { index: true, deleteRule: 'cascade' })
  network!: Rel<Network>;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Name with year, e.g. "Get Online Week 2017".' })
  name!: string;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'First day of the campaign.' })
  startedOn!: string;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'Day the campaign ended: the first day it no longer ran (the day after its last day).' })
  endedOn!: string;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Organisations that arranged activities; null when not reported.' })
  organisers: number | null = null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'People reached, as reported; null when not reported.' })
  peopleReached: number | null = null;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'True when `peopleReached` is a lower bound (reported as "more than").' })
  reachedAtLeast: Opt<boolean> = false;

  @Enum({ items: () => DataSource, type: 'text' })
  @Field(() => DataSource, { description: "Whether this record comes from Sambruk's documents or is demonstration data." })
  source: Opt<DataSource> = DataSource.ENTERED;
}
