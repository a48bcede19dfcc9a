import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { periodExclusion } from '../../shared/domain/periods';
import { DataSource } from '../../shared/domain/source';
import type { ConstraintMeanings } from '../../shared/graphql/errors';
import { DateScalar } from '../../shared/graphql/scalars';
import { Timestamped } from '../../shared/graphql/timestamps';
import { Council } from './council.entity';

export enum CouncilRole {
  CHAIR = 'CHAIR',
  MEMBER = 'MEMBER',
}

registerEnumType(CouncilRole, {
  name: 'CouncilRole',
  description: 'A seat on a governance council.',
  valuesConfig: {
    CHAIR: { description: 'Chairs the council (ordförande); one at a time.' },
    MEMBER: { description: 'Represents a subscribing member (ledamot).' },
  },
});

const SEAT_TABLE = '"services"."council_seat"';

@Entity({ tableName: 'council_seat' })
@Index({ name: 'council_seat_member_no_overlap', expression: periodExclusion(SEAT_TABLE, 'council_seat_member_no_overlap', ['council_id', 'member_id']) })
@Index({ name: 'council_seat_one_chair', expression: periodExclusion(SEAT_TABLE, 'council_seat_one_chair', ['council_id'], `"role" = 'CHAIR'`) })
@ObjectType('CouncilSeat', { description: "A person's seat on a governance council, held for a subscribing member over a period." })
export class CouncilSeat extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the seat.' })
  id: string = randomUUID();

  @ManyToOne(() => Council, { index: true })
  council!: Rel<Council>;

  /** A Member owned by the membership subgraph. */
  @Property({ type: 'uuid', index: true })
  memberId!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Name of the person holding the seat (personal data).' })
  person!: string;

  @Enum({ items: () => CouncilRole, type: 'text' })
  @Field(() => CouncilRole, { description: 'The seat held.' })
  role!: CouncilRole;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'First day in the seat.' })
  from!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Day the seat ended (not held from this day); null while held.' })
  to: string | null = null;

  @Enum({ items: () => DataSource, type: 'text' })
  @Field(() => DataSource, { description: "Whether this record comes from Sambruk's documents, is demonstration data or was entered." })
  source: Opt<DataSource> = DataSource.ENTERED;
}

/** The database's side of `checkSeat`, for a seat appointed at the same moment. */
export const COUNCIL_SEAT_CONSTRAINTS: ConstraintMeanings = {
  council_seat_member_no_overlap: {
    field: 'input.memberId',
    message:
      'the member already holds a seat on this council on some of these days (appointed at the same moment); end that seat first (endCouncilSeat) or ' +
      'choose other days',
  },
  council_seat_one_chair: {
    field: 'input.role',
    message: 'the council already has a chair on some of these days (appointed at the same moment); end that seat first (endCouncilSeat) or appoint a MEMBER',
  },
};
