import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Access, Restricted } from '../../shared/graphql/auth';
import type { RequestContext } from '../../shared/graphql/context';
import { ConflictError, NotFoundError } from '../../shared/graphql/errors';
import { isUuid, locked } from '../../shared/graphql/lookup';
import { parseAmount } from '../../shared/domain/money';
import { DataSource } from '../../shared/domain/source';
import { FinancialStatement, StatementKind } from '../entities/financial-statement.entity';
import { StatementLine } from '../entities/statement-line.entity';
import { checkNewBudget, checkNewLine, checkYear } from '../rules';
import { BudgetInput, BudgetLineInput } from './statement.args';

function lineOf(em: EntityManager, statement: FinancialStatement, input: BudgetLineInput, position: number, field: string): StatementLine {
  const amountOre = parseAmount(input.amount, `${field}.amount`);
  return em.create(StatementLine, { statement, position, category: input.category, originalLabel: null, kind: input.kind, section: input.section ?? null, amountOre });
}

function checkDistinctCategories(lines: BudgetLineInput[]): void {
  const seen = new Set<string>();
  lines.forEach((line, index) => {
    if (seen.has(line.category)) throw new ConflictError(`input.lines.${index}.category`, `"${line.category}" appears twice; each category is one line`);
    seen.add(line.category);
  });
}

@Resolver(() => FinancialStatement)
export class StatementAdminResolver {
  @Restricted(Access.ADMIN)
  @Mutation(() => FinancialStatement, { description: 'Records a new budget version with its lines, all or nothing (admins).' })
  async createBudget(@Arg('input', () => BudgetInput) input: BudgetInput, @Ctx() { em }: RequestContext): Promise<FinancialStatement> {
    checkYear(input.year, 'input.year');
    checkDistinctCategories(input.lines);
    await checkNewBudget(em, input.year, input.version, 'input.version');
    const { lines, ...fields } = input;
    const budget = em.create(FinancialStatement, { ...fields, kind: StatementKind.BUDGET, issuedOn: fields.issuedOn ?? null, document: null, source: DataSource.ENTERED });
    lines.forEach((line, index) => lineOf(em, budget, line, index + 1, `input.lines.${index}`));
    await em.flush();
    return budget;
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => FinancialStatement, { description: 'Adds a line at the end of a budget (admins).' })
  async addBudgetLine(
    @Arg('budgetId', () => ID, { description: 'The budget version to add to.' }) budgetId: string,
    @Arg('input', () => BudgetLineInput) input: BudgetLineInput,
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
