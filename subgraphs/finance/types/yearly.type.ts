import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CostStatement } from './cost-statement.type';
import { ServiceEconomy } from './service-economy.type';

export enum MissingFinanceReason {
  NOT_RECORDED = 'NOT_RECORDED',
  NOT_A_MEMBER = 'NOT_A_MEMBER',
}

registerEnumType(MissingFinanceReason, {
  name: 'MissingFinanceReason',
  description: 'Why a year of a series has no figures (null), as opposed to figures that are zero because nothing was paid or charged.',
  valuesConfig: {
    NOT_RECORDED: {
      description:
        'Finance holds no records for the year: for a member no membership fee of anyone, for a service no charge or cost of any service. ' +
        'The figures are unknown, not zero.',
    },
    NOT_A_MEMBER: {
      description: 'The organisation was not a member on any day of the year (asked of the membership subgraph), and nothing is recorded for it.',
    },
  },
});

@ObjectType('YearlyCostStatement', { description: "One year of a member's cost statements: the statement, or why there is none." })
export class YearlyCostStatement {
  @Field(() => Int, { description: 'The calendar year.' })
  year!: number;

  @Field(() => CostStatement, {
    nullable: true,
    description:
      'What the member paid in the year (zero when it was a member of a recorded year and paid nothing); null when there is no data, see `missingReason`.',
  })
  statement!: CostStatement | null;

  @Field(() => MissingFinanceReason, { nullable: true, description: 'Why `statement` is null; null when there is a statement.' })
  missingReason!: MissingFinanceReason | null;
}

@ObjectType('YearlyServiceEconomy', { description: "One year of a service's economy: the economy, or why there is none." })
export class YearlyServiceEconomy {
  @Field(() => Int, { description: 'The calendar year.' })
  year!: number;

  @Field(() => ServiceEconomy, {
    nullable: true,
    description: 'The economy of the year (zero when the year is recorded but the service had no charges or costs); null when there is no data.',
  })
  economy!: ServiceEconomy | null;

  @Field(() => MissingFinanceReason, { nullable: true, description: 'Why `economy` is null; null when there is one.' })
  missingReason!: MissingFinanceReason | null;
}
