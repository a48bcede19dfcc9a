import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property, type Rel, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money, money, oreType } from '../../shared/domain/money';
import type { ConstraintMeanings } from '../../shared/graphql/errors';
import { Timestamped } from '../../shared/graphql/timestamps';
import { FinancialStatement } from './financial-statement.entity';

export enum LineKind {
  INCOME = 'INCOME',
  COST = 'COST',
}

registerEnumType(LineKind, {
  name: 'LineKind',
  description: 'Whether a line brings money in or takes it out.',
  valuesConfig: {
    INCOME: { description: 'Income (intäkt).' },
    COST: { description: 'Cost (kostnad).' },
  },
});

@Check({ expression: 'amount_ore >= 0' })
@Entity({ tableName: 'statement_line' })
@Unique({ properties: ['statement', 'category'] })
@Unique({ properties: ['statement', 'position'] })
@ObjectType('StatementLine', { description: 'One line of a budget or of the annual accounts.' })
export class StatementLine extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the line.' })
  id: string = randomUUID();

  @ManyToOne(() => FinancialStatement, { deleteRule: 'cascade' })
  statement!: Rel<FinancialStatement>;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Place of the line in the statement, from 1.' })
  position!: number;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'What the line is, in English, e.g. "Membership fees".' })
  category!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The line\'s wording in the source document, e.g. "Medlemsavgifter".' })
  originalLabel: string | null = null;

  @Enum({ items: () => LineKind, type: 'text' })
  @Field(() => LineKind, { description: 'Income or cost.' })
  kind!: LineKind;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The subtotal the line counts towards, e.g. "External costs"; null when none.' })
  section: string | null = null;

  @Property({ type: oreType() })
  amountOre!: bigint;

  @Field(() => Money, { description: 'The amount, zero or more; `kind` says whether it is income or cost.' })
  get amount(): Opt<Money> {
    return money(this.amountOre);
  }
}

/** The database's side of `checkNewLine` and of numbering lines, for a line added at the same moment. */
export const STATEMENT_LINE_CONSTRAINTS: ConstraintMeanings = {
  statement_line_statement_id_category_unique: {
    field: 'input.category',
    message: 'the budget got a line of this category at the same moment; choose another category',
  },
  statement_line_statement_id_position_unique: { field: 'budgetId', message: 'another line was added to this budget at the same moment; add the line again' },
};
