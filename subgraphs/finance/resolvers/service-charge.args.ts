import { IsOptional, Length } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AMOUNT } from '../../shared/domain/money';
import { ConnectionType, PageArgs } from '../../shared/graphql/pagination';
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

@ArgsType()
export class ChargesArgs extends PageArgs {
  @Field(() => Int, { nullable: true, description: 'Only charges for this year.' })
  year?: number | null;

  @Field(() => ID, { nullable: true, description: 'Only charges to this member.' })
  memberId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only charges for this service.' })
  serviceId?: string | null;
}
