import { defineLoader, defineParameterizedLoader, groupedLoader, keyedLoader, uuids } from '../shared/graphql/loaders';
import { AccountsTable } from './entities/accounts-table.entity';
import { AccountsTableLine } from './entities/accounts-table-line.entity';
import { AccountsTableTotal } from './entities/accounts-table-total.entity';
import { MembershipFee } from './entities/membership-fee.entity';
import { PriceModel } from './entities/price-model.entity';
import { FundingKind, ProjectFunding } from './entities/project-funding.entity';
import { ServiceCharge } from './entities/service-charge.entity';
import { ServiceCost } from './entities/service-cost.entity';
import { StatedTotal } from './entities/stated-total.entity';
import { StatementLine } from './entities/statement-line.entity';
import { costSumsOf, sumBy } from './sums';

/** A member's fee rows for a year: the fee (sequence 0) first, then the adjustments billing runs added. */
export const feesByMember = defineParameterizedLoader('feesByMember', (em, year: number) =>
  groupedLoader<string, MembershipFee>(
    (ids) => em.find(MembershipFee, { year, memberId: { $in: uuids(ids) } }, { orderBy: { sequence: 'asc' } }),
    (fee) => fee.memberId,
  ),
);

export const chargesByMember = defineParameterizedLoader('chargesByMember', (em, year: number) =>
  groupedLoader<string, ServiceCharge>(
    (ids) => em.find(ServiceCharge, { year, memberId: { $in: uuids(ids) } }, { orderBy: { amountOre: 'desc', serviceId: 'asc' } }),
    (charge) => charge.memberId,
  ),
);

export const contributionsByMember = defineParameterizedLoader('contributionsByMember', (em, year: number) =>
  groupedLoader<string, ProjectFunding>(
    (ids) =>
      em.find(
        ProjectFunding,
        { year, kind: FundingKind.MEMBER_CONTRIBUTION, memberId: { $in: uuids(ids) } },
        { orderBy: { amountOre: 'desc', projectId: 'asc' } },
      ),
    (funding) => funding.memberId!,
  ),
);

/** What each member paid in a year, by part, summed in SQL; a member without any payment resolves to null. */
export const costSumsByMember = defineParameterizedLoader('costSumsByMember', (em, year: number) =>
  keyedLoader(
    (ids: readonly string[]) => costSumsOf(em, year, uuids(ids)),
    (sums) => sums.memberId,
  ),
);

export const chargeBySubscription = defineParameterizedLoader('chargeBySubscription', (em, year: number) =>
  keyedLoader<string, ServiceCharge>(
    (ids) => em.find(ServiceCharge, { year, sequence: 0, subscriptionId: { $in: uuids(ids) } }),
    (charge) => charge.subscriptionId!,
  ),
);

export interface ChargeSum {
  serviceId: string;
  total: bigint;
  members: number;
}

/** What each service charged its members in a year, summed in SQL. */
export const chargeSumByService = defineParameterizedLoader('chargeSumByService', (em, year: number) =>
  keyedLoader<string, ChargeSum>(
    (ids) => sumBy(em, ServiceCharge, ['serviceId'], { year, serviceId: { $in: uuids(ids) } }),
    (sum) => sum.serviceId,
  ),
);

export const costsByService = defineParameterizedLoader('costsByService', (em, year: number) =>
  groupedLoader<string, ServiceCost>(
    (ids) => em.find(ServiceCost, { year, serviceId: { $in: uuids(ids) } }, { orderBy: { amountOre: 'desc', category: 'asc' } }),
    (cost) => cost.serviceId,
  ),
);

export const fundingByProject = defineLoader('fundingByProject', (em) =>
  groupedLoader<string, ProjectFunding>(
    (ids) => em.find(ProjectFunding, { projectId: { $in: uuids(ids) } }, { orderBy: { year: 'asc', kind: 'asc', amountOre: 'desc' } }),
    (funding) => funding.projectId,
  ),
);

export const linesByStatement = defineLoader('linesByStatement', (em) =>
  groupedLoader<string, StatementLine>(
    (ids) => em.find(StatementLine, { statement: { $in: ids as string[] } }, { orderBy: { position: 'asc' } }),
    (line) => line.statement.id,
  ),
);

export const statedByStatement = defineLoader('statedByStatement', (em) =>
  groupedLoader<string, StatedTotal>(
    (ids) => em.find(StatedTotal, { statement: { $in: ids as string[] } }),
    (total) => total.statement.id,
  ),
);

export const accountsTablesByYear = defineLoader('accountsTablesByYear', (em) =>
  groupedLoader<number, AccountsTable>(
    (years) => em.find(AccountsTable, { year: { $in: [...years] } }, { orderBy: { kind: 'asc', number: 'asc' } }),
    (table) => table.year,
  ),
);

export const linesByAccountsTable = defineLoader('linesByAccountsTable', (em) =>
  groupedLoader<string, AccountsTableLine>(
    (ids) => em.find(AccountsTableLine, { table: { $in: ids as string[] } }, { orderBy: { position: 'asc' } }),
    (line) => line.table.id,
  ),
);

export const statedByAccountsTable = defineLoader('statedByAccountsTable', (em) =>
  groupedLoader<string, AccountsTableTotal>(
    (ids) => em.find(AccountsTableTotal, { table: { $in: ids as string[] } }),
    (total) => total.table.id,
  ),
);

/** The model versions that computed each service's charges of a year (through billing runs), oldest first. */
export const modelsChargedByService = defineParameterizedLoader('modelsChargedByService', (em, year: number) =>
  groupedLoader<string, PriceModel>(
    async (ids) => {
      const used: Array<{ priceModelId: string }> = await em
        .createQueryBuilder(ServiceCharge)
        .select('priceModelId', true)
        .where({ year, serviceId: { $in: uuids(ids) }, priceModelId: { $ne: null } })
        .execute('all', true);
      if (!used.length) return [];
      return em.find(PriceModel, { id: { $in: used.map((row) => row.priceModelId) } }, { orderBy: { version: 'asc' } });
    },
    (model) => model.serviceId!,
  ),
);
