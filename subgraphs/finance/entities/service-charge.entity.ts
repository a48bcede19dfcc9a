import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Money, money, oreType } from '../../shared/domain/money';
import { DataSource } from '../../shared/domain/source';
import type { ConstraintMeanings } from '../../shared/graphql/errors';
import { Billed } from './billed';
import { Member, memberRef } from './member.stub';
import { Service } from './service.stub';
import { ServiceSubscription } from './service-subscription.stub';

@Check({ expression: 'amount_ore >= 0 or sequence > 0' })
@Entity({ tableName: 'service_charge' })
@Unique({ properties: ['subscriptionId', 'year', 'sequence'] })
@Index({ properties: ['memberId', 'year'] })
@Index({ properties: ['serviceId', 'year'] })
@ObjectType('ServiceCharge', {
  description:
    "What a member is charged for its subscription to a collaboration service for a year: its share of the service's costs, invoiced by Sambruk — " +
    'service charge (utdebitering).',
})
export class ServiceCharge extends Billed {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the charge.' })
  id: string = randomUUID();

  /** A ServiceSubscription owned by the services subgraph; null for charges recorded before charges named their subscription. */
  @Property({ type: 'uuid', nullable: true })
  subscriptionId: string | null = null;

  /** The subscription's member, kept for the member's views and the reports. */
  @Property({ type: 'uuid' })
  memberId!: string;

  /** The subscription's service, kept for the service's economy and the reports. */
  @Property({ type: 'uuid' })
  serviceId!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'The calendar year charged for.' })
  year!: number;

  @Property({ type: oreType() })
  amountOre!: bigint;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What the charge covers or how it was computed.' })
  note: string | null = null;

  @Enum({ items: () => DataSource, type: 'text' })
  @Field(() => DataSource, { description: "Whether this record comes from Sambruk's documents, is demonstration data or was entered." })
  source: Opt<DataSource> = DataSource.ENTERED;

  @Field(() => ServiceSubscription, {
    nullable: true,
    description: 'The subscription charged for; null for a charge recorded before charges named their subscription.',
  })
  get subscription(): Opt<ServiceSubscription> | null {
    return this.subscriptionId === null ? null : { id: this.subscriptionId };
  }

  @Field(() => Member, { description: 'The member charged.' })
  get member(): Opt<Member> {
    return memberRef(this.memberId);
  }

  @Field(() => Service, { description: 'The service the member is charged for.' })
  get service(): Opt<Service> {
    return { id: this.serviceId };
  }

  @Field(() => Money, { description: 'The amount charged for the year.' })
  get amount(): Opt<Money> {
    return money(this.amountOre);
  }
}

/** The database's side of `checkNoCharge`, for a charge recorded at the same moment. */
export const SERVICE_CHARGE_CONSTRAINTS: ConstraintMeanings = {
  service_charge_subscription_id_year_sequence_unique: {
    field: 'input.year',
    message: 'a charge for this subscription and year was recorded at the same moment; there is one charge per subscription and year',
  },
};
