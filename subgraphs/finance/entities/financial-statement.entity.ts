import { randomUUID } from 'node:crypto';
import { Collection, Entity, Enum, OneToMany, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DataSource } from '../../shared/domain/source';
import type { ConstraintMeanings } from '../../shared/graphql/errors';
import { DateScalar } from '../../shared/graphql/scalars';
import { Timestamped } from '../../shared/graphql/timestamps';
import { StatedTotal } from './stated-total.entity';
import { StatementLine } from './statement-line.entity';

export enum StatementKind {
  BUDGET = 'BUDGET',
  ANNUAL_ACCOUNTS = 'ANNUAL_ACCOUNTS',
}

registerEnumType(StatementKind, {
  name: 'StatementKind',
  description: 'What a financial statement is.',
  valuesConfig: {
    BUDGET: { description: 'A budget: the plan for a year.' },
    ANNUAL_ACCOUNTS: { description: 'Annual accounts (årsredovisning): what the year turned out to be.' },
  },
});

export enum StatementStatus {
  PRELIMINARY = 'PRELIMINARY',
  ADOPTED = 'ADOPTED',
}

registerEnumType(StatementStatus, {
  name: 'StatementStatus',
  description: 'How final a financial statement is.',
  valuesConfig: {
    PRELIMINARY: { description: 'A draft that may still change (preliminärt).' },
    ADOPTED: { description: 'Adopted by the board or the annual meeting (fastställt).' },
  },
});

@Entity({ tableName: 'financial_statement' })
@Unique({ properties: ['kind', 'year', 'version'] })
@ObjectType('FinancialStatement', {
  description: 'A budget or the annual accounts for a year: its lines, the totals computed from them, and beside each the figure the source document states.',
})
export class FinancialStatement extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the statement.' })
  id: string = randomUUID();

  @Enum({ items: () => StatementKind, type: 'text' })
  @Field(() => StatementKind, { description: 'Budget or annual accounts.' })
  kind!: StatementKind;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'The financial year (calendar year).' })
  year!: number;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Which version this is, e.g. "Preliminary 2022-12-13".' })
  version!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Date of the version, when the document gives one.' })
  issuedOn: string | null = null;

  @Enum({ items: () => StatementStatus, type: 'text' })
  @Field(() => StatementStatus, { description: 'Preliminary or adopted.' })
  status!: StatementStatus;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The document the figures come from, e.g. "Verksamhetsplan 2023 (business plan 2023)".' })
  document: string | null = null;

  @Enum({ items: () => DataSource, type: 'text' })
  @Field(() => DataSource, { description: "Whether this record comes from Sambruk's documents, is demonstration data or was entered." })
  source: Opt<DataSource> = DataSource.ENTERED;

  @OneToMany(
    () => StatementLine,
    (line) => line.statement,
  )
  lines = new Collection<StatementLine>(this);

  @OneToMany(
    () => StatedTotal,
    (total) => total.statement,
  )
  statedTotals = new Collection<StatedTotal>(this);
}

/** The database's side of `checkNewBudget`, for a version recorded at the same moment. */
export const FINANCIAL_STATEMENT_CONSTRAINTS: ConstraintMeanings = {
  financial_statement_kind_year_version_unique: {
    field: 'input.version',
    message: 'a budget version of this name was recorded for the year at the same moment; choose another version name',
  },
};
