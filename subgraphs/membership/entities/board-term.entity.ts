import { randomUUID } from 'node:crypto';
import { Entity, Enum, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DataSource } from '../../shared/domain/source';
import { DateScalar } from '../../shared/graphql/scalars';
import { Timestamped } from '../../shared/graphql/timestamps';

@Entity({ tableName: 'board_term' })
@ObjectType('BoardTerm', {
  description: 'A board (styrelse) elected by an annual meeting, in office until the next one: its seats and what the documents report of it.',
})
export class BoardTerm extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the term.' })
  id: string = randomUUID();

  @Property({ type: 'date', unique: true })
  @Field(() => DateScalar, { description: 'Day of the annual meeting that elected the board: the first day of the term.' })
  electedOn!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Who elected the board and how.' })
  electedAt!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'First day the board was no longer in office; null when the documents do not give it.' })
  endedOn: string | null = null;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Until when the board serves, in words (e.g. "the next annual meeting").' })
  servesUntil!: string;

  @Property({ type: 'date' })
  @Field(() => DateScalar, {
    description: 'Last day the documents show this board in office (e.g. the day it approved the accounts); without `endedOn`, later days are not covered.',
  })
  lastRecordedOn!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'The financial year whose annual report lists this board.' })
  reportYear!: number;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: 'Minuted board meetings (protokollförda sammanträden) in that financial year, as the report gives them (the year, not only this term).',
  })
  minutedMeetings: number | null = null;

  @Enum({ items: () => DataSource, type: 'text' })
  @Field(() => DataSource, { description: "Whether this record comes from Sambruk's documents or was entered." })
  source: Opt<DataSource> = DataSource.SEED;
}
