import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { parseAmount } from '../../shared/domain/money';
import { DataSource } from '../../shared/domain/source';
import { Access, Restricted } from '../../shared/graphql/auth';
import type { RequestContext } from '../../shared/graphql/context';
import { ConflictError, NotFoundError } from '../../shared/graphql/errors';
import { isUuid, locked } from '../../shared/graphql/lookup';
import { FinancialStatement, StatementKind, StatementStatus } from '../entities/financial-statement.entity';
import { StatementLine } from '../entities/statement-line.entity';
import { linesByStatement, statedByStatement } from '../loaders';
import { checkNewBudget, checkNewLine, checkYear } from '../rules';
import { type StatementTotals, statementTotals } from '../totals';
import { StatementTotal } from '../types/statement-total.type';
import { BudgetInput, BudgetLineInput } from './financial-statement.args';

const newestFirst = { orderBy: { issuedOn: 'desc nulls last', createdAt: 'desc' } } as const;

async function totalsOf(statement: FinancialStatement, ctx: RequestContext): Promise<StatementTotals> {
  const [lines, stated] = await Promise.all([linesByStatement(ctx).load(statement.id), statedByStatement(ctx).load(statement.id)]);
  return statementTotals(lines, stated);
}

function lineOf(em: EntityManager, statement: FinancialStatement, input: BudgetLineInput, position: number, field: string): StatementLine {
  const amountOre = parseAmount(input.amount, `${field}.amount`);
  return em.create(StatementLine, {
    statement,
    position,
    category: input.category,
    originalLabel: null,
    kind: input.kind,
    section: input.section ?? null,
    amountOre,
  });
}

function checkDistinctCategories(lines: BudgetLineInput[]): void {
  const seen = new Set<string>();
  lines.forEach((line, index) => {
    if (seen.has(line.category)) throw new ConflictError(`input.lines.${index}.category`, `"${line.category}" appears twice; each category is one line`);
    seen.add(line.category);
  });
}

@Resolver(() => FinancialStatement)
export class FinancialStatementResolver {
  @Query(() => FinancialStatement, {
    nullable: true,
    description: 'The budget for a year: its adopted version if there is one, otherwise the newest; null when there is none.',
  })
  async budget(
    @Arg('year', () => Int, { description: 'The financial year.' }) year: number,
    @Ctx() { em }: RequestContext,
  ): Promise<FinancialStatement | null> {
    const versions = await em.find(FinancialStatement, { kind: StatementKind.BUDGET, year }, newestFirst);
    return versions.find((version) => version.status === StatementStatus.ADOPTED) ?? versions[0] ?? null;
  }

  @Query(() => [FinancialStatement], { description: 'Every budget version, by year, newest version first.' })
  budgets(@Ctx() { em }: RequestContext): Promise<FinancialStatement[]> {
    return em.find(FinancialStatement, { kind: StatementKind.BUDGET }, { orderBy: { year: 'asc', ...newestFirst.orderBy } });
  }

  @Query(() => FinancialStatement, { nullable: true, description: 'The annual accounts (årsredovisning) for a year; null when there are none.' })
  annualAccounts(
    @Arg('year', () => Int, { description: 'The financial year.' }) year: number,
    @Ctx() { em }: RequestContext,
  ): Promise<FinancialStatement | null> {
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

  @Restricted(Access.ADMIN)
  @Mutation(() => FinancialStatement, { description: 'Records a new budget version with its lines, all or nothing (admins).' })
  async createBudget(
    @Arg('input', () => BudgetInput, { description: 'The new budget version.' }) input: BudgetInput,
    @Ctx() { em, today }: RequestContext,
  ): Promise<FinancialStatement> {
    checkYear(input.year, today, 'input.year');
    checkDistinctCategories(input.lines);
    await checkNewBudget(em, input.year, input.version, 'input.version');
    const { lines, ...fields } = input;
    const budget = em.create(FinancialStatement, {
      ...fields,
      kind: StatementKind.BUDGET,
      issuedOn: fields.issuedOn ?? null,
      document: null,
      source: DataSource.ENTERED,
    });
    for (const [index, line] of lines.entries()) lineOf(em, budget, line, index + 1, `input.lines.${index}`);
    await em.flush();
    return budget;
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => FinancialStatement, { description: 'Adds a line at the end of a budget (admins).' })
  async addBudgetLine(
    @Arg('budgetId', () => ID, { description: 'The budget version to add to.' }) budgetId: string,
    @Arg('input', () => BudgetLineInput, { description: 'The line to add.' }) input: BudgetLineInput,
    @Ctx() { em }: RequestContext,
  ): Promise<FinancialStatement> {
    const budget = isUuid(budgetId) ? await em.findOne(FinancialStatement, { id: budgetId, kind: StatementKind.BUDGET }, locked('update')) : null;
    if (!budget) throw new NotFoundError('budget', budgetId, 'budgetId');
    await checkNewLine(em, budget, input.category, 'input.category');
    const last = await em.count(StatementLine, { statement: budget });
    lineOf(em, budget, input, last + 1, 'input');
    await em.flush();
    return budget;
  }
}
