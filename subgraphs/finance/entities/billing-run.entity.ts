import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DataSource } from '../../shared/domain/source';
import { Timestamped } from '../../shared/graphql/timestamps';

@Entity({ tableName: 'billing_run' })
@Index({ properties: ['year'] })
@ObjectType('BillingRun', {
  description: 'A committed billing run: who computed the fees and charges of a year from the models in force, when, from what, and what it wrote.',
})
export class BillingRun extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the run.' })
  id: string = randomUUID();

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'The year billed.' })
  year!: number;

  @Property({ type: 'datetime' })
  @Field(() => GraphQLDateTime, { description: 'When the run was committed.' })
  at: Opt<Date> = new Date();

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: "Subject of the token of who ran it; null for the seed's demonstration run." })
  ranBy: string | null = null;

  /** The model versions, agreements and counts the run computed from, as JSON. */
  @Property({ type: 'jsonb' })
  inputs!: Record<string, unknown>;

  @Field(() => String, { description: 'The model versions, agreements and counts the run computed from, as JSON.' })
  get inputsJson(): Opt<string> {
    return JSON.stringify(this.inputs);
  }

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'How many fees, charges and adjustments it wrote (0 when nothing had changed).' })
  written!: number;

  @Enum({ items: () => DataSource, type: 'text' })
  @Field(() => DataSource, { description: "Whether this record comes from Sambruk's documents, is demonstration data or was entered." })
  source: Opt<DataSource> = DataSource.ENTERED;
}
