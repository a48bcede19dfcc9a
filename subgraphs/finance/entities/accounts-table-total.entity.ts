import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { oreType } from '../../shared/domain/money';
import { Timestamped } from '../../shared/graphql/timestamps';
import { AccountsTable } from './accounts-table.entity';

/** A total as the report prints it for a group of a table's lines; the API shows it beside the total computed from the lines. */
@Entity({ tableName: 'accounts_table_total' })
export class AccountsTableTotal extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => AccountsTable, { deleteRule: 'cascade', index: true })
  table!: Rel<AccountsTable>;

  @Property({ type: 'text' })
  group!: string;

  @Property({ type: oreType() })
  amountOre!: bigint;
}
