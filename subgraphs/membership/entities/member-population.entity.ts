import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DataSource } from '../../shared/domain/source';
import type { ConstraintMeanings } from '../../shared/graphql/errors';
import { DateScalar } from '../../shared/graphql/scalars';
import { Timestamped } from '../../shared/graphql/timestamps';

@Check({ expression: 'population >= 0' })
@Entity({ tableName: 'member_population' })
@Unique({ properties: ['memberId', 'on'] })
@ObjectType('MemberPopulation', { description: "A member's number of inhabitants as of a day, kept so that what was computed from it can be computed again." })
export class MemberPopulation extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the figure.' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  memberId!: string;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'The day the figure is for, e.g. "2022-11-01".' })
  on!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Number of inhabitants on that day.' })
  population!: number;

  @Enum({ items: () => DataSource, type: 'text' })
  @Field(() => DataSource, { description: "Whether this record comes from Sambruk's documents or is demonstration data." })
  source: Opt<DataSource> = DataSource.ENTERED;
}

export const MEMBER_POPULATION_CONSTRAINTS: ConstraintMeanings = {
  member_population_member_id_on_unique: {
    field: 'on',
    message: 'a population for this member and day was recorded at the same moment; there is one figure per member and day',
  },
};
