import type { EntityManager } from '@mikro-orm/postgresql';
import { DataSource } from '../shared/domain/source';
import type { Progress } from '../shared/platform/progress';
import { worldAccountsTables } from '../shared/seed-world/accounts';
import { type WorldStatement, worldBilling, worldPriceModels, worldProjectFunding, worldServiceCosts, worldStatements } from '../shared/seed-world/finance';
import { AccountsTable, AccountsTableKind } from './entities/accounts-table.entity';
import { AccountsTableLine } from './entities/accounts-table-line.entity';
import { AccountsTableTotal } from './entities/accounts-table-total.entity';
import { BillingRun } from './entities/billing-run.entity';
import { FinancialStatement, StatementKind, StatementStatus } from './entities/financial-statement.entity';
import { MembershipFee } from './entities/membership-fee.entity';
import { PriceModel, tariffColumns } from './entities/price-model.entity';
import { FundingKind, ProjectFunding } from './entities/project-funding.entity';
import { ServiceCharge } from './entities/service-charge.entity';
import { ServiceCost } from './entities/service-cost.entity';
import { StatedTotal, TotalScope } from './entities/stated-total.entity';
import { LineKind, StatementLine } from './entities/statement-line.entity';

function seedStatement(em: EntityManager, world: WorldStatement): void {
  const { lines, stated, kind, status, ...fields } = world;
  const statement = em.create(FinancialStatement, { ...fields, kind: kind as StatementKind, status: status as StatementStatus, source: DataSource.SEED });
  for (const { ore, kind: lineKind, ...line } of lines) em.create(StatementLine, { ...line, statement, kind: lineKind as LineKind, amountOre: ore });
  for (const { ore, scope, section } of stated) em.create(StatedTotal, { statement, scope: scope as TotalScope, section, amountOre: ore });
}

/** The balance sheets, notes and appropriation of the annual report 2017, when not yet there. */
async function seedAccountsTables(em: EntityManager): Promise<void> {
  if ((await em.count(AccountsTable)) > 0) return;
  for (const { lines, stated, kind, ...fields } of worldAccountsTables()) {
    const table = em.create(AccountsTable, { ...fields, kind: kind as AccountsTableKind, source: DataSource.SEED });
    for (const { ore, ...line } of lines) em.create(AccountsTableLine, { ...line, table, amountOre: ore });
    for (const { group, ore } of stated) em.create(AccountsTableTotal, { table, group, amountOre: ore });
  }
  await em.flush();
}

function seedPriceModels(em: EntityManager): void {
  for (const { tariff, ...model } of worldPriceModels()) em.create(PriceModel, { ...model, ...tariffColumns(tariff), source: DataSource.DEMO });
}

/**
 * Budgets and annual accounts (SEED); DEMO price models, the billing runs that computed the fees and
 * service charges from them, costs and project funding; when the finance schema is empty.
 */
export async function seedFinance(em: EntityManager, progress: Progress): Promise<void> {
  await seedAccountsTables(em);
  if ((await em.count(FinancialStatement)) > 0) return;
  const statements = worldStatements();
  const { runs, fees, charges } = worldBilling();
  const costs = worldServiceCosts();
  const funding = worldProjectFunding();
  const step = progress.step('statements, models and payments', statements.length + fees.length + charges.length + costs.length + funding.length);
  for (const statement of statements) seedStatement(em, statement);
  seedPriceModels(em);
  for (const run of runs) em.create(BillingRun, { ...run, source: DataSource.DEMO });
  for (const { ore, ...fee } of fees) em.create(MembershipFee, { ...fee, amountOre: ore, source: DataSource.DEMO });
  for (const { ore, ...charge } of charges) em.create(ServiceCharge, { ...charge, amountOre: ore, source: DataSource.DEMO });
  for (const { ore, ...cost } of costs) em.create(ServiceCost, { ...cost, amountOre: ore, source: DataSource.DEMO });
  for (const { ore, kind, ...record } of funding) em.create(ProjectFunding, { ...record, kind: kind as FundingKind, amountOre: ore, source: DataSource.DEMO });
  step.tick(statements.length + fees.length + charges.length + costs.length + funding.length);
  await em.flush();
  step.done();
}
