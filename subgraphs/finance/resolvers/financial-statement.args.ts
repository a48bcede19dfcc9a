import { IsOptional, Length, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../shared/graphql/scalars';
import { StatementStatus } from '../entities/financial-statement.entity';
import { LineKind } from '../entities/statement-line.entity';

@InputType({ description: 'A budget line.' })
export class BudgetLineInput {
  @Field(() => String, { description: 'What the line is, e.g. "IT services"; unique within the budget.' })
  @Length(2, 200)
  category!: string;

  @Field(() => LineKind, { description: 'Income or cost.' })
  kind!: LineKind;

  @Field(() => String, { nullable: true, description: 'The subtotal the line counts towards, e.g. "External costs".' })
  @IsOptional()
  @Length(2, 200)
  section?: string | null;

  @Field(() => String, { description: 'Amount in SEK as an exact decimal, zero or more (costs too), e.g. "460000.00".' })
  amount!: string;
}

@InputType({ description: 'A new budget version for a year.' })
export class BudgetInput {
  @Field(() => Int, { description: 'The financial year budgeted.' })
  year!: number;

  @Field(() => String, { description: 'Which version this is, e.g. "Adopted 2023-02-15"; unique within the year.' })
  @Length(2, 200)
  version!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Date of the version.' })
  issuedOn?: string | null;

  @Field(() => StatementStatus, { description: 'Preliminary or adopted.' })
  status!: StatementStatus;

  @Field(() => [BudgetLineInput], { description: "The budget's lines, in order." })
  @ValidateNested({ each: true })
  lines!: BudgetLineInput[];
}
