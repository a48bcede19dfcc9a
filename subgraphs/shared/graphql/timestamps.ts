import { type Opt, Property } from '@mikro-orm/core';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';

/**
 * When a record was created and last changed, for every entity: extend it (`class Member extends
 * Timestamped`). Rows that existed before the columns did take the time the columns were added.
 */
@ObjectType()
export abstract class Timestamped {
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  @Field(() => GraphQLDateTime, { description: 'When this record was created.' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  @Field(() => GraphQLDateTime, { description: 'When this record was last changed (its creation time until then).' })
  updatedAt: Opt<Date> = new Date();
}
