import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AMOUNT } from '../../shared/domain/money';
import { FundingKind } from '../entities/project-funding.entity';

@InputType({ description: "Money given to a project: a grant (give `grantor`) or a member's contribution (give `memberId`)." })
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
