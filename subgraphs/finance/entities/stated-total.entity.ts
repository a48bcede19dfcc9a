import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { oreType } from '../../shared/domain/money';
import { Timestamped } from '../../shared/graphql/timestamps';
import { FinancialStatement } from './financial-statement.entity';

export enum TotalScope {
  INCOME = 'INCOME',
  COSTS = 'COSTS',
  RESULT = 'RESULT',
  SECTION = 'SECTION',
}

registerEnumType(TotalScope, {
  name: 'TotalScope',
  description: 'Which lines a total adds up.',
  valuesConfig: {
    INCOME: { description: 'All income lines.' },
    COSTS: { description: 'All cost lines.' },
    RESULT: { description: 'Income minus costs (resultat).' },
    SECTION: { description: 'The lines of one section, a subtotal such as "External costs".' },
  },
});

/** A total as printed in a source document; the API shows it beside the total computed from the lines. */
@Entity({ tableName: 'stated_total' })
export class StatedTotal extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => FinancialStatement, { deleteRule: 'cascade', index: true })
  statement!: Rel<FinancialStatement>;

  @Enum({ items: () => TotalScope, type: 'text' })
  scope!: TotalScope;

  @Property({ type: 'text', nullable: true })
  section: string | null = null;

  /** Income, costs and sections as positive amounts; the result signed. */
  @Property({ type: oreType() })
  amountOre!: bigint;
}
