import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { money, Money, oreType } from '../../shared/money';
import { DataSource } from '../../shared/source';
import { Member, memberRef } from '../entities/member.stub';
import { Service } from '../entities/service.stub';

@Check({ expression: 'amount_ore >= 0' })
@Entity({ tableName: 'service_charge' })
@Unique({ properties: ['memberId', 'serviceId', 'year'] })
@Index({ properties: ['serviceId', 'year'] })
@ObjectType('ServiceCharge', { description: 'A member\'s share of a collaboration service\'s costs for a year, invoiced by Sambruk — service charge (utdebitering).' })
export class ServiceCharge {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the charge.' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  memberId!: string;

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
  @Field(() => DataSource, { description: 'Whether this record comes from Sambruk\'s documents, is demonstration data or was entered.' })
  source: Opt<DataSource> = DataSource.ENTERED;

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
