import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AMOUNT } from '../../shared/domain/money';

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
