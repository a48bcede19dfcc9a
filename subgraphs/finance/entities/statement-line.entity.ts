import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { money, Money, oreType } from '../../shared/money';
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
@ObjectType('StatementLine', { description: 'One line of a budget or of the annual accounts.' })
export class StatementLine {
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
