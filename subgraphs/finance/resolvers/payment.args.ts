import { IsOptional, Length } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../shared/graphql/pagination';
import { FundingKind } from '../entities/project-funding.entity';
import { ServiceCharge } from '../entities/service-charge.entity';

const AMOUNT = 'Amount in SEK as an exact decimal with at most two decimals, zero or more, e.g. "12500.00".';

@InputType({ description: 'A membership fee to record.' })
export class MembershipFeeInput {
  @Field(() => ID, { description: 'The member that pays; it must have been a member during the year.' })
  memberId!: string;

  @Field(() => Int, { description: 'The year the fee is for.' })
  year!: number;

  @Field(() => String, { description: AMOUNT })
  amount!: string;

  @Field(() => String, { nullable: true, description: 'The fee model\'s population band the amount was set by.' })
  @IsOptional()
  @Length(1, 200)
  band?: string | null;
}

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

@InputType({ description: 'A cost a collaboration service had in a year.' })
export class ServiceCostInput {
  @Field(() => ID, { description: 'The service that had the cost.' })
  serviceId!: string;

  @Field(() => Int, { description: 'The year the cost falls in.' })
  year!: number;

  @Field(() => String, { description: 'Kind of cost, e.g. "IT services".' })
  @Length(2, 200)
  category!: string;

  @Field(() => String, { description: AMOUNT })
  amount!: string;

  @Field(() => String, { nullable: true, description: 'Details, such as the supplier.' })
  @IsOptional()
  @Length(1, 500)
  note?: string | null;
}

@InputType({ description: 'Money given to a project: a grant (give `grantor`) or a member\'s contribution (give `memberId`).' })
export class ProjectFundingInput {
  @Field(() => ID, { description: 'The project funded.' })
  projectId!: string;

  @Field(() => Int, { description: 'The year the money was given for.' })
  year!: number;

  @Field(() => FundingKind, { description: 'Grant or member contribution.' })
  kind!: FundingKind;

  @Field(() => String, { nullable: true, description: 'For a grant: who gave it, e.g. "VINNOVA".' })
  @IsOptional()
  @Length(2, 200)
  grantor?: string | null;

  @Field(() => ID, { nullable: true, description: 'For a member contribution: the contributing member.' })
  memberId?: string | null;

  @Field(() => String, { description: AMOUNT })
  amount!: string;

  @Field(() => String, { nullable: true, description: 'What the money was for.' })
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
