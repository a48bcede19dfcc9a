import 'reflect-metadata';
import { runSubgraphProcess } from '../shared/graphql/server';
import type { SubgraphDefinition } from '../shared/graphql/subgraph';
import { AccountsTable } from './entities/accounts-table.entity';
import { AccountsTableLine } from './entities/accounts-table-line.entity';
import { AccountsTableTotal } from './entities/accounts-table-total.entity';
import { BillingRun } from './entities/billing-run.entity';
import { FINANCIAL_STATEMENT_CONSTRAINTS, FinancialStatement } from './entities/financial-statement.entity';
import { MEMBER_AGREEMENT_CONSTRAINTS, MemberAgreement } from './entities/member-agreement.entity';
import { MEMBERSHIP_FEE_CONSTRAINTS, MembershipFee } from './entities/membership-fee.entity';
import { PRICE_MODEL_CONSTRAINTS, PriceModel } from './entities/price-model.entity';
import { ProjectFunding } from './entities/project-funding.entity';
import { SERVICE_CHARGE_CONSTRAINTS, ServiceCharge } from './entities/service-charge.entity';
import { ServiceCost } from './entities/service-cost.entity';
import { ServiceSubscription } from './entities/service-subscription.stub';
import { StatedTotal } from './entities/stated-total.entity';
import { STATEMENT_LINE_CONSTRAINTS, StatementLine } from './entities/statement-line.entity';
import { migrations } from './migrations';
import { resolveKeyReference, resolveMemberReference } from './references/stub.reference';
import { AccountsTableResolver, AnnualAccountsTablesResolver } from './resolvers/accounts-table.resolver';
import { BillingRunResolver } from './resolvers/billing-run.resolver';
import { CostReportResolver } from './resolvers/cost-report.resolver';
import { CostStatementResolver } from './resolvers/cost-statement.resolver';
import { FinanceReportResolver } from './resolvers/finance-report.resolver';
import { FinancialStatementResolver } from './resolvers/financial-statement.resolver';
import { MemberFinanceResolver } from './resolvers/member.resolver';
import { MemberAgreementResolver } from './resolvers/member-agreement.resolver';
import { MembershipFeeResolver } from './resolvers/membership-fee.resolver';
import { PriceModelResolver } from './resolvers/price-model.resolver';
import { ProjectFinanceResolver } from './resolvers/project.resolver';
import { ProjectFundingResolver } from './resolvers/project-funding.resolver';
import { MemberSeriesResolver, ServiceSeriesResolver } from './resolvers/series.resolver';
import { ServiceFinanceResolver } from './resolvers/service.resolver';
import { ServiceChargeResolver } from './resolvers/service-charge.resolver';
import { ServiceCostResolver } from './resolvers/service-cost.resolver';
import { ServiceSubscriptionFinanceResolver } from './resolvers/service-subscription.resolver';
import { seedFinance } from './seed';

/** Finance: membership fees, service charges and costs, project funding, budgets and annual accounts with their balance sheets and notes. */
export const finance: SubgraphDefinition = {
  name: 'finance',
  entities: [
    FinancialStatement,
    StatementLine,
    StatedTotal,
    AccountsTable,
    AccountsTableLine,
    AccountsTableTotal,
    MembershipFee,
    ServiceCharge,
    ServiceCost,
    ProjectFunding,
    PriceModel,
    MemberAgreement,
    BillingRun,
  ],
  migrations,
  resolvers: [
    CostStatementResolver,
    FinancialStatementResolver,
    MembershipFeeResolver,
    ServiceChargeResolver,
    ServiceCostResolver,
    ProjectFundingResolver,
    CostReportResolver,
    BillingRunResolver,
    PriceModelResolver,
    MemberAgreementResolver,
    MemberFinanceResolver,
    ServiceFinanceResolver,
    ServiceSubscriptionFinanceResolver,
    ProjectFinanceResolver,
    MemberSeriesResolver,
    FinanceReportResolver,
    ServiceSeriesResolver,
    AccountsTableResolver,
    AnnualAccountsTablesResolver,
  ],
  orphanedTypes: [ServiceSubscription],
  constraints: {
    ...FINANCIAL_STATEMENT_CONSTRAINTS,
    ...STATEMENT_LINE_CONSTRAINTS,
    ...MEMBERSHIP_FEE_CONSTRAINTS,
    ...SERVICE_CHARGE_CONSTRAINTS,
    ...PRICE_MODEL_CONSTRAINTS,
    ...MEMBER_AGREEMENT_CONSTRAINTS,
  },
  references: { Member: resolveMemberReference, Service: resolveKeyReference, ServiceSubscription: resolveKeyReference, Project: resolveKeyReference },
  seed: seedFinance,
};

if (require.main === module) void runSubgraphProcess(finance);
