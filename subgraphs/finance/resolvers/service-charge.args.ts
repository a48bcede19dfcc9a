import { IsOptional, IsUUID, Length, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AMOUNT } from '../../shared/domain/money';
import { AmountRange, IdsField, IntRange, NOT_AN_ID, NodeFilter } from '../../shared/graphql/filters';
import { ConnectionType, ListArgs, OrderInput } from '../../shared/graphql/pagination';
import { ServiceCharge } from '../entities/service-charge.entity';

@InputType({ description: 'A service charge (utdebitering) to record: one per subscription and year.' })
export class ServiceChargeInput {
  @Field(() => ID, { description: 'The subscription charged for (its member and service are the ones charged); checked with the services subgraph.' })
  subscriptionId!: string;

  @Field(() => Int, { description: 'The year charged for; the subscription must cover some day of it.' })
  year!: number;

  @Field(() => String, { description: AMOUNT })
  amount!: string;

  @Field(() => String, { nullable: true, description: 'What the charge covers.' })
  @IsOptional()
  @Length(1, 500)
  note?: string | null;
}

@ObjectType('ServiceChargeConnection', { description: 'A page of service charges.' })
export class ServiceChargeConnection extends ConnectionType(ServiceCharge, 'The charges on this page, by year, then largest first.') {}

export enum ChargeOrderField {
  YEAR = 'year',
  AMOUNT = 'amountOre',
  MEMBER_ID = 'memberId',
  SERVICE_ID = 'serviceId',
}

registerEnumType(ChargeOrderField, {
  name: 'ChargeOrderField',
  description: 'What service charges can be sorted by.',
  valuesConfig: {
    YEAR: { description: 'The year charged for.' },
    AMOUNT: { description: 'The amount charged.' },
    MEMBER_ID: { description: "The member's id (groups a member's charges together)." },
    SERVICE_ID: { description: "The service's id (groups a service's charges together)." },
  },
});

@InputType('ChargeOrder', { description: 'One sort key for service charges.' })
export class ChargeOrder extends OrderInput(ChargeOrderField, 'ChargeOrderField') {}

@InputType('ChargeFilter', { description: 'Which service charges to list; every condition given must hold.' })
export class ChargeFilter extends NodeFilter {
  @IdsField('Only charges to these members (a member user sees only its own in any case).')
  memberIdIn?: string[] | null;

  @IdsField('Only charges for these services.')
  serviceIdIn?: string[] | null;

  @IdsField('Only charges for these subscriptions.')
  subscriptionIdIn?: string[] | null;

  @Field(() => IntRange, { nullable: true, description: 'Only charges for years in this range.' })
  @IsOptional()
  @ValidateNested()
  year?: IntRange | null;

  @Field(() => AmountRange, { nullable: true, description: 'Only charges of amounts in this range (kronor).' })
  amount?: AmountRange | null;
}

@ArgsType()
export class ChargesArgs extends ListArgs(ChargeOrder, 'By year, then largest first') {
  @Field(() => ChargeFilter, { nullable: true, description: 'Conditions on the charges to list.' })
  @IsOptional()
  @ValidateNested()
  filter?: ChargeFilter | null;

  @Field(() => Int, { nullable: true, description: 'Only charges for this year (as filter.year with gte and lte this year).' })
  year?: number | null;

  @Field(() => ID, { nullable: true, description: 'Only charges to this member (as filter.memberIdIn with one id).' })
  @IsOptional()
  @IsUUID('all', { message: NOT_AN_ID })
  memberId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only charges for this service (as filter.serviceIdIn with one id).' })
  @IsOptional()
  @IsUUID('all', { message: NOT_AN_ID })
  serviceId?: string | null;
}
