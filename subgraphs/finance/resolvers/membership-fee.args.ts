import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AMOUNT } from '../../shared/domain/money';

@InputType({ description: 'A membership fee to record.' })
export class MembershipFeeInput {
  @Field(() => ID, { description: 'The member that pays; it must have been a member during the year.' })
  memberId!: string;

  @Field(() => Int, { description: 'The year the fee is for.' })
  year!: number;

  @Field(() => String, { description: AMOUNT })
  amount!: string;

  @Field(() => String, { nullable: true, description: "The fee model's population band the amount was set by." })
  @IsOptional()
  @Length(1, 200)
  band?: string | null;
}
