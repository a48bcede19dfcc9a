import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { periodExclusion } from '../../shared/domain/periods';
import { DataSource } from '../../shared/domain/source';
import type { ConstraintMeanings } from '../../shared/graphql/errors';
import { DateScalar } from '../../shared/graphql/scalars';
import { Timestamped } from '../../shared/graphql/timestamps';
import { Service } from './service.entity';

@Entity({ tableName: 'subscription' })
@Index({ name: 'subscription_no_overlap', expression: periodExclusion('"services"."subscription"', 'subscription_no_overlap', ['service_id', 'member_id']) })
@ObjectType('ServiceSubscription', {
  description: "A member's use of a collaboration service over a period; its costs are charged to the members that use it.",
})
@Directive('@key(fields: "id")')
export class ServiceSubscription extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the subscription.' })
  id: string = randomUUID();

  @ManyToOne(() => Service, { index: true })
  service!: Rel<Service>;

  /** A Member owned by the membership subgraph. */
  @Property({ type: 'uuid', index: true })
  memberId!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The variant used, e.g. "Classic" or "XL" for Multifråga; null for a service with one form.' })
  variant: string | null = null;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'First day of use.' })
  from!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Day the use ended (not used from this day); null while in use.' })
  to: string | null = null;

  @Enum({ items: () => DataSource, type: 'text' })
  @Field(() => DataSource, { description: "Whether this record comes from Sambruk's documents, is demonstration data or was entered." })
  source: Opt<DataSource> = DataSource.ENTERED;
}

/** The database's side of `checkNoOverlappingSubscription`, for a subscription recorded at the same moment. */
export const SERVICE_SUBSCRIPTION_CONSTRAINTS: ConstraintMeanings = {
  subscription_no_overlap: {
    field: 'input.from',
    message:
      'the member already uses this service on some of these days (a subscription recorded at the same moment, perhaps of another variant); a member ' +
      'uses one variant at a time: end that subscription first (endSubscription) or choose other days',
  },
};
