import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../shared/graphql/context';
import { AccountsTable, AccountsTableKind } from '../entities/accounts-table.entity';
import { AccountsTableLine } from '../entities/accounts-table-line.entity';
import { FinancialStatement, StatementKind } from '../entities/financial-statement.entity';
import { accountsTablesByYear, linesByAccountsTable, statedByAccountsTable } from '../loaders';
import { tableTotals } from '../totals';
import { StatementTotal } from '../types/statement-total.type';

@Resolver(() => AccountsTable)
export class AccountsTableResolver {
  @Query(() => AccountsTable, { nullable: true, description: 'The balance sheet (balansräkning) as of 31 December of a year; null when there is none.' })
  async balanceSheet(@Arg('year', () => Int, { description: 'The financial year.' }) year: number, @Ctx() ctx: RequestContext): Promise<AccountsTable | null> {
    return (await accountsTablesByYear(ctx).load(year)).find((table) => table.kind === AccountsTableKind.BALANCE_SHEET) ?? null;
  }

  @FieldResolver(() => [AccountsTableLine], { description: 'The lines, in the order of the report.' })
  lines(@Root() table: AccountsTable, @Ctx() ctx: RequestContext): Promise<AccountsTableLine[]> {
    return linesByAccountsTable(ctx).load(table.id);
  }

  @FieldResolver(() => [StatementTotal], {
    description: 'One total per group of lines (e.g. "Total assets"), computed from the lines beside the figure the report prints.',
  })
  async totals(@Root() table: AccountsTable, @Ctx() ctx: RequestContext): Promise<StatementTotal[]> {
    const [lines, stated] = await Promise.all([linesByAccountsTable(ctx).load(table.id), statedByAccountsTable(ctx).load(table.id)]);
    return tableTotals(lines, stated);
  }
}

@Resolver(() => FinancialStatement)
export class AnnualAccountsTablesResolver {
  @FieldResolver(() => [AccountsTable], {
    description: "For annual accounts: the balance sheet, the notes and the board's proposed appropriation for the same year; empty for a budget.",
  })
  async tables(@Root() statement: FinancialStatement, @Ctx() ctx: RequestContext): Promise<AccountsTable[]> {
    return statement.kind === StatementKind.ANNUAL_ACCOUNTS ? accountsTablesByYear(ctx).load(statement.year) : [];
  }
}
