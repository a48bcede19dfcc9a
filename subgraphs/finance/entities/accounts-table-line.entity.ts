import { randomUUID } from 'node:crypto';
import { ArrayType, Entity, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Money, money, oreType } from '../../shared/domain/money';
import { Timestamped } from '../../shared/graphql/timestamps';
import { AccountsTable } from './accounts-table.entity';

@Entity({ tableName: 'accounts_table_line' })
@ObjectType('AccountsTableLine', { description: 'One line of a balance sheet, note or appropriation.' })
export class AccountsTableLine extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the line.' })
  id: string = randomUUID();

  @ManyToOne(() => AccountsTable, { deleteRule: 'cascade', index: true })
  table!: Rel<AccountsTable>;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Place of the line in the table, from 1.' })
  position!: number;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'What the line is, in English, e.g. "Cash and bank".' })
  label!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'The line\'s wording in the report, e.g. "Kassa och bank".' })
  originalLabel!: string;

  @Property({ type: ArrayType, columnType: 'text[]' })
  @Field(() => [String], { description: 'The totals the line counts towards, innermost first; empty for a line shown for information only ("of which").' })
  groups: string[] = [];

  @Property({ type: oreType(), nullable: true })
  amountOre: bigint | null = null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'A number of people, for a headcount line; otherwise null.' })
  people: number | null = null;

  @Field(() => Money, {
    nullable: true,
    description: 'The amount, signed (a loss or a debt carried as negative where the report does); null for an empty cell or a headcount.',
  })
  get amount(): Opt<Money> | null {
    return this.amountOre === null ? null : money(this.amountOre);
  }
}
