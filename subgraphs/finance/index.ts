import 'reflect-metadata';
import { runSubgraphProcess } from '../shared/graphql/server';
import type { SubgraphDefinition } from '../shared/graphql/subgraph';
import { FINANCIAL_STATEMENT_CONSTRAINTS, FinancialStatement } from './entities/financial-statement.entity';
import { MEMBERSHIP_FEE_CONSTRAINTS, MembershipFee } from './entities/membership-fee.entity';
import { ProjectFunding } from './entities/project-funding.entity';
import { SERVICE_CHARGE_CONSTRAINTS, ServiceCharge } from './entities/service-charge.entity';
import { ServiceCost } from './entities/service-cost.entity';
import { StatedTotal } from './entities/stated-total.entity';
import { STATEMENT_LINE_CONSTRAINTS, StatementLine } from './entities/statement-line.entity';
import { migrations } from './migrations';
import { resolveKeyReference, resolveMemberReference } from './references/stub.reference';
import { ChargeResolver } from './resolvers/charge.resolver';
import { MemberFinanceResolver } from './resolvers/member.resolver';
import { PaymentAdminResolver } from './resolvers/payment-admin.resolver';
import { ProjectFinanceResolver } from './resolvers/project.resolver';
import { ServiceFinanceResolver } from './resolvers/service.resolver';
import { StatementAdminResolver } from './resolvers/statement-admin.resolver';
import { StatementResolver } from './resolvers/statement.resolver';
import { SubscriptionFinanceResolver } from './resolvers/subscription.resolver';
import { seedFinance } from './seed';
import { Subscription } from './entities/subscription.stub';

/** Finance: membership fees, service charges and costs, project funding, budgets and annual accounts. */
export const finance: SubgraphDefinition = {
  name: 'finance',
  entities: [FinancialStatement, StatementLine, StatedTotal, MembershipFee, ServiceCharge, ServiceCost, ProjectFunding],
  migrations,
  resolvers: [
    StatementResolver, StatementAdminResolver, ChargeResolver, PaymentAdminResolver,
    MemberFinanceResolver, ServiceFinanceResolver, SubscriptionFinanceResolver, ProjectFinanceResolver,
  ],
  orphanedTypes: [Subscription],
  constraints: { ...FINANCIAL_STATEMENT_CONSTRAINTS, ...STATEMENT_LINE_CONSTRAINTS, ...MEMBERSHIP_FEE_CONSTRAINTS, ...SERVICE_CHARGE_CONSTRAINTS },
  references: { Member: resolveMemberReference, Service: resolveKeyReference, ServiceSubscription: resolveKeyReference, Project: resolveKeyReference },
  seed: seedFinance,
};

if (require.main === module) void runSubgraphProcess(finance);
