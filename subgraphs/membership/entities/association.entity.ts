import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Timestamped } from '../../shared/graphql/timestamps';

@Entity({ tableName: 'association' })
@ObjectType('Association', { description: 'Sambruk itself: the non-profit association (ideell förening) of municipalities, for municipalities.' })
export class Association extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the association.' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Registered name, e.g. "Ideella föreningen Sambruk med firma Sambruk i Sverige".' })
  name!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'The name in daily use, "Sambruk".' })
  shortName!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Swedish organisation number, NNNNNN-NNNN.' })
  organisationNumber!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'The municipality where the association has its seat (säte) and central office.' })
  seat!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Year Sambruk started as a network.' })
  networkSince!: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Year the network became an association (founding of the association).' })
  associationSince!: number;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'The vision, in the words of the business plan 2023 (Swedish).' })
  vision!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'The mission, in the words of the business plan 2023 (Swedish).' })
  mission!: string;
}
