import { randomUUID } from 'node:crypto';
import { Collection, Entity, Enum, OneToMany, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DataSource } from '../../shared/domain/source';
import { Timestamped } from '../../shared/graphql/timestamps';
import { AccountsTableLine } from './accounts-table-line.entity';
import { AccountsTableTotal } from './accounts-table-total.entity';

export enum AccountsTableKind {
  BALANCE_SHEET = 'BALANCE_SHEET',
  NOTE = 'NOTE',
  APPROPRIATION = 'APPROPRIATION',
}

registerEnumType(AccountsTableKind, {
  name: 'AccountsTableKind',
  description: 'What a table of the annual accounts is, beside the income statement.',
  valuesConfig: {
    BALANCE_SHEET: { description: 'The balance sheet (balansräkning) at the end of the year.' },
    NOTE: { description: 'A numbered note (not) to the accounts.' },
    APPROPRIATION: { description: "The board's proposed treatment of the accumulated result (förslag till behandling av medel)." },
  },
});

@Entity({ tableName: 'accounts_table' })
@Unique({ properties: ['kind', 'number', 'year'] })
@ObjectType('AccountsTable', {
  description:
    'A table of the annual accounts for one year (balance sheet, note or proposed appropriation): its lines and their totals computed beside the stated ones.',
})
export class AccountsTable extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the table.' })
  id: string = randomUUID();

  @Enum({ items: () => AccountsTableKind, type: 'text' })
  @Field(() => AccountsTableKind, { description: 'Balance sheet, note or appropriation.' })
  kind!: AccountsTableKind;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Note number, e.g. 4; null for the balance sheet and the appropriation.' })
  number: number | null = null;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Title in English, e.g. "Equity".' })
  title!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Title in the report, e.g. "Eget kapital".' })
  originalTitle!: string;

  @Property({ type: 'integer', index: true })
  @Field(() => Int, { description: 'The financial year the column is for (a balance sheet: as of 31 December of that year).' })
  year!: number;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'The document the figures come from.' })
  document!: string;

  @Enum({ items: () => DataSource, type: 'text' })
  @Field(() => DataSource, { description: "Whether this record comes from Sambruk's documents or was entered." })
  source: Opt<DataSource> = DataSource.SEED;

  @OneToMany(
    () => AccountsTableLine,
    (line) => line.table,
  )
  lines = new Collection<AccountsTableLine>(this);

  @OneToMany(
    () => AccountsTableTotal,
    (total) => total.table,
  )
  statedTotals = new Collection<AccountsTableTotal>(this);
}
