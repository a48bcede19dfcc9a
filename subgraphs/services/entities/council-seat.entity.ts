import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../shared/scalars';
import { DataSource } from '../../shared/source';
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

@Entity({ tableName: 'council_seat' })
@ObjectType('CouncilSeat', { description: 'A person\'s seat on a governance council, held for a subscribing member over a period.' })
export class CouncilSeat {
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
  @Field(() => DataSource, { description: 'Whether this record comes from Sambruk\'s documents, is demonstration data or was entered.' })
  source: Opt<DataSource> = DataSource.ENTERED;
}
