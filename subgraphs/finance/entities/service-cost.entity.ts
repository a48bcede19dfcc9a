import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Money, money, oreType } from '../../shared/domain/money';
import { DataSource } from '../../shared/domain/source';
import { Timestamped } from '../../shared/graphql/timestamps';
import { Service } from './service.stub';

@Check({ expression: 'amount_ore >= 0' })
@Entity({ tableName: 'service_cost' })
@Index({ properties: ['serviceId', 'year'] })
@ObjectType('ServiceCost', {
  description: "Something a collaboration service cost the association in a year, such as its management partner's fees or hosting.",
})
export class ServiceCost extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the cost.' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  serviceId!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'The calendar year the cost falls in.' })
  year!: number;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Kind of cost, e.g. "Consultant fees, project costs" or "IT services".' })
  category!: string;

  @Property({ type: oreType() })
  amountOre!: bigint;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Details, such as the supplier.' })
  note: string | null = null;

  @Enum({ items: () => DataSource, type: 'text' })
  @Field(() => DataSource, { description: "Whether this record comes from Sambruk's documents, is demonstration data or was entered." })
  source: Opt<DataSource> = DataSource.ENTERED;

  @Field(() => Service, { description: 'The service that had the cost.' })
  get service(): Opt<Service> {
    return { id: this.serviceId };
  }

  @Field(() => Money, { description: 'The amount.' })
  get amount(): Opt<Money> {
    return money(this.amountOre);
  }
}
