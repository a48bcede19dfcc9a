import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property, type Rel, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DataSource } from '../../shared/domain/source';
import type { ConstraintMeanings } from '../../shared/graphql/errors';
import { DateScalar } from '../../shared/graphql/scalars';
import { Timestamped } from '../../shared/graphql/timestamps';
import { Council } from './council.entity';

@Entity({ tableName: 'council_meeting' })
@Unique({ properties: ['council', 'heldOn'] })
@ObjectType('CouncilMeeting', { description: 'A meeting of a governance council.' })
export class CouncilMeeting extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the meeting.' })
  id: string = randomUUID();

  @ManyToOne(() => Council)
  council!: Rel<Council>;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'Day the council met.' })
  heldOn!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'A short note, e.g. what was decided.' })
  note: string | null = null;

  @Enum({ items: () => DataSource, type: 'text' })
  @Field(() => DataSource, { description: "Whether this record comes from Sambruk's documents, is demonstration data or was entered." })
  source: Opt<DataSource> = DataSource.ENTERED;
}

export const COUNCIL_MEETING_CONSTRAINTS: ConstraintMeanings = {
  council_meeting_council_id_held_on_unique: { field: 'input.heldOn', message: 'the council already has a meeting on this day (recorded at the same moment)' },
};
