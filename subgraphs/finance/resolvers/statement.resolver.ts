import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../shared/graphql/context';
import { FinancialStatement, StatementKind, StatementStatus } from '../entities/financial-statement.entity';
import { StatementLine } from '../entities/statement-line.entity';
import { linesByStatement, statedByStatement } from '../loaders';
import { statementTotals, type StatementTotals } from '../totals';
import { StatementTotal } from '../types/statement-total.type';

const newestFirst = { orderBy: { issuedOn: 'desc nulls last', createdAt: 'desc' } } as const;

async function totalsOf(statement: FinancialStatement, ctx: RequestContext): Promise<StatementTotals> {
  const [lines, stated] = await Promise.all([linesByStatement(ctx).load(statement.id), statedByStatement(ctx).load(statement.id)]);
  return statementTotals(lines, stated);
}

@Resolver(() => FinancialStatement)
export class StatementResolver {
  @Query(() => FinancialStatement, { nullable: true, description: 'The budget for a year: its adopted version if there is one, otherwise the newest; null when there is none.' })
  async budget(@Arg('year', () => Int, { description: 'The financial year.' }) year: number, @Ctx() { em }: RequestContext): Promise<FinancialStatement | null> {
    const versions = await em.find(FinancialStatement, { kind: StatementKind.BUDGET, year }, newestFirst);
    return versions.find((version) => version.status === StatementStatus.ADOPTED) ?? versions[0] ?? null;
  }

  @Query(() => [FinancialStatement], { description: 'Every budget version, by year, newest version first.' })
  budgets(@Ctx() { em }: RequestContext): Promise<FinancialStatement[]> {
    return em.find(FinancialStatement, { kind: StatementKind.BUDGET }, { orderBy: { year: 'asc', ...newestFirst.orderBy } });
  }

  @Query(() => FinancialStatement, { nullable: true, description: 'The annual accounts (årsredovisning) for a year; null when there are none.' })
  annualAccounts(@Arg('year', () => Int, { description: 'The financial year.' }) year: number, @Ctx() { em }: RequestContext): Promise<FinancialStatement | null> {
    return em.findOne(FinancialStatement, { kind: StatementKind.ANNUAL_ACCOUNTS, year }, newestFirst);
  }

  @FieldResolver(() => [StatementLine], { description: 'The lines, in the order of the document.' })
  lines(@Root() statement: FinancialStatement, @Ctx() ctx: RequestContext): Promise<StatementLine[]> {
    return linesByStatement(ctx).load(statement.id);
  }

  @FieldResolver(() => StatementTotal, { description: 'Total income: the sum of the income lines.' })
  async totalIncome(@Root() statement: FinancialStatement, @Ctx() ctx: RequestContext): Promise<StatementTotal> {
    return (await totalsOf(statement, ctx)).income;
  }

  @FieldResolver(() => StatementTotal, { description: 'Total costs: the sum of the cost lines, as a positive amount.' })
  async totalCosts(@Root() statement: FinancialStatement, @Ctx() ctx: RequestContext): Promise<StatementTotal> {
    return (await totalsOf(statement, ctx)).costs;
  }

  @FieldResolver(() => StatementTotal, { description: 'The result (resultat): total income minus total costs.' })
  async result(@Root() statement: FinancialStatement, @Ctx() ctx: RequestContext): Promise<StatementTotal> {
    return (await totalsOf(statement, ctx)).result;
  }

  @FieldResolver(() => [StatementTotal], { description: 'Subtotals per section, e.g. "External costs", in the order of the document.' })
  async sectionTotals(@Root() statement: FinancialStatement, @Ctx() ctx: RequestContext): Promise<StatementTotal[]> {
    return (await totalsOf(statement, ctx)).sections;
  }
}
