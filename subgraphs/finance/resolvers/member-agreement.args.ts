import { IsOptional, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AMOUNT } from '../../shared/domain/money';
import { DateScalar } from '../../shared/graphql/scalars';

@InputType({ description: "A member's own terms for its membership fee or one service: give a discount or a fixed amount, not both." })
export class MemberAgreementInput {
  @Field(() => ID, { description: 'The member agreed with.' })
  memberId!: string;

  @Field(() => ID, { nullable: true, description: 'The service (every variant); null for the membership fee.' })
  serviceId?: string | null;

  @Field(() => DateScalar, { description: 'First day in force.' })
  from!: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day no longer in force, after `from`; null until further notice.' })
  to?: string | null;

  @Field(() => Int, { nullable: true, description: 'A discount on what the model gives, in whole percent (0–100).' })
  @IsOptional()
  @Min(0)
  @Max(100)
  discountPercent?: number | null;

  @Field(() => String, { nullable: true, description: `A fixed amount per year in place of the model (pro rata by days). ${AMOUNT}` })
  fixed?: string | null;

  @Field(() => String, { nullable: true, description: 'What was agreed, e.g. the decision.' })
  @IsOptional()
  @Length(1, 500)
  note?: string | null;
}
