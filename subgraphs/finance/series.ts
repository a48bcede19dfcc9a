import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { money, sumOre } from '../shared/domain/money';
import { overlaps, type Period, yearPeriod } from '../shared/domain/periods';
import { checkYearRange, type YearRange, yearsOf } from '../shared/domain/years';
import type { RequestContext } from '../shared/graphql/context';
import { defineParameterizedLoader, groupedLoader, uuids } from '../shared/graphql/loaders';
import { fetchEntities } from '../shared/graphql/peers';
import { MembershipFee } from './entities/membership-fee.entity';
import { FundingKind, ProjectFunding } from './entities/project-funding.entity';
import { ServiceCharge } from './entities/service-charge.entity';
import { ServiceCost } from './entities/service-cost.entity';
import { type ChargeSum, chargesByMember, contributionsByMember, costSumsByMember, feesByMember } from './loaders';
import { FIRST_YEAR } from './rules';
import { type GroupSum, sumBy } from './sums';
import { CostStatement } from './types/cost-statement.type';
import type { ServiceEconomy } from './types/service-economy.type';
import { MissingFinanceReason, type YearlyCostStatement, type YearlyServiceEconomy } from './types/yearly.type';

/** A finance range: years from FIRST_YEAR to next year's budget (BAD_USER_INPUT naming the argument otherwise). */
export const checkFinanceYears = (from: number, to: number, today: string, prefix = ''): YearRange =>
  checkYearRange(from, to, { from: FIRST_YEAR, to: Number(today.slice(0, 4)) + 1 }, prefix);

export const within = (range: YearRange) => ({ $gte: range.from, $lte: range.to });

const feesOver = defineParameterizedLoader('feesOver', (em, range: YearRange) =>
  groupedLoader<string, MembershipFee>(
    (ids) => em.find(MembershipFee, { year: within(range), memberId: { $in: uuids(ids) } }),
    (fee) => fee.memberId,
  ),
);

const chargesOver = defineParameterizedLoader('chargesOver', (em, range: YearRange) =>
  groupedLoader<string, ServiceCharge>(
    (ids) => em.find(ServiceCharge, { year: within(range), memberId: { $in: uuids(ids) } }, { orderBy: { amountOre: 'desc', serviceId: 'asc' } }),
    (charge) => charge.memberId,
  ),
);

const contributionsOver = defineParameterizedLoader('contributionsOver', (em, range: YearRange) =>
  groupedLoader<string, ProjectFunding>(
    (ids) =>
      em.find(
        ProjectFunding,
        { year: within(range), kind: FundingKind.MEMBER_CONTRIBUTION, memberId: { $in: uuids(ids) } },
        { orderBy: { amountOre: 'desc', projectId: 'asc' } },
      ),
    (funding) => funding.memberId!,
  ),
);

const chargeSumsOver = defineParameterizedLoader('chargeSumsOver', (em, range: YearRange) =>
  groupedLoader<string, GroupSum<'serviceId' | 'year'>>(
    (ids) => sumBy(em, ServiceCharge, ['serviceId', 'year'], { year: within(range), serviceId: { $in: uuids(ids) } }),
    (sum) => sum.serviceId,
  ),
);

const costsOver = defineParameterizedLoader('costsOver', (em, range: YearRange) =>
  groupedLoader<string, ServiceCost>(
    (ids) => em.find(ServiceCost, { year: within(range), serviceId: { $in: uuids(ids) } }, { orderBy: { amountOre: 'desc', category: 'asc' } }),
    (cost) => cost.serviceId,
  ),
);

/** The years of the range for which finance holds any record of these kinds, one statement per kind, once per request. */
function recordedYears(ctx: RequestContext, entities: EntityClass<{ year: number }>[], range: YearRange): Promise<Set<number>> {
  const name = `recordedYears:${entities.map((entity) => entity.name).join(',')}:${range.from}-${range.to}`;
  return ctx.loaders.get(name, async () => {
    const years = await Promise.all(entities.map((entity) => distinctYears(ctx.em, entity, range)));
    return new Set(years.flat());
  });
}

async function distinctYears(em: EntityManager, entity: EntityClass<{ year: number }>, range: YearRange): Promise<number[]> {
  const rows = await em
    .createQueryBuilder(entity)
    .select('year')
    .distinct()
    .where({ year: within(range) })
    .execute('all', true);
  return rows.map((row) => Number(row.year));
}

/** Members' membership periods, asked of the membership subgraph in one batched lookup per request; unknown members are null. */
const membershipPeriods = (ctx: RequestContext) =>
  ctx.loaders.get(
    'membershipPeriods',
    () =>
      new DataLoader<string, Period | null>(async (ids) => {
        const found = await fetchEntities(ctx, 'membership', 'Member', ids, 'joinedOn leftOn');
        return ids.map((id) => {
          const member = found.get(id);
          return member ? { from: String(member.joinedOn), to: (member.leftOn as string | null) ?? null } : null;
        });
      }),
  );

const amounts = (items: ReadonlyArray<{ amountOre: bigint }>) => sumOre(items.map((item) => item.amountOre));

/** A member's cost statement from parts at hand (fee rows: the fee, then billing runs' adjustments): the total is always their sum. */
export function costStatementOf(year: number, fees: MembershipFee[], serviceCharges: ServiceCharge[], projectContributions: ProjectFunding[]): CostStatement {
  const sums = { fees: amounts(fees), charges: amounts(serviceCharges), contributions: amounts(projectContributions) };
  return new CostStatement(year, {
    fees: async () => fees,
    serviceCharges: async () => serviceCharges,
    projectContributions: async () => projectContributions,
    sums: async () => sums,
  });
}

const NOTHING_PAID = { fees: 0n, charges: 0n, contributions: 0n };

/** A member's cost statement for a year whose parts are loaded when asked for: totals summed in SQL, rows only when a field lists them. */
export function loadedCostStatement(ctx: RequestContext, memberId: string, year: number): CostStatement {
  return new CostStatement(year, {
    fees: () => feesByMember(ctx, year).load(memberId),
    serviceCharges: () => chargesByMember(ctx, year).load(memberId),
    projectContributions: () => contributionsByMember(ctx, year).load(memberId),
    sums: async () => (await costSumsByMember(ctx, year).load(memberId)) ?? NOTHING_PAID,
  });
}

/** A service's economy from what it charged and its cost lines. */
export function economyOf(year: number, charged: Pick<ChargeSum, 'total' | 'members'> | null, costLines: ServiceCost[]): ServiceEconomy {
  const chargedOre = charged?.total ?? 0n;
  const costOre = amounts(costLines);
  return {
    year,
    charged: money(chargedOre),
    chargedMembers: charged?.members ?? 0,
    costs: money(costOre),
    costLines,
    balance: money(chargedOre - costOre),
    covered: chargedOre >= costOre,
  };
}

const ofYear = <T extends { year: number | string }>(items: T[], year: number) => items.filter((item) => Number(item.year) === year);

/**
 * A member's cost statement for every year of the range. A year with records for the member, or a
 * recorded year (anyone's fees) while it was a member, has a statement (zero when it paid nothing);
 * otherwise null with the reason. Statements: three for the parts and one for the recorded years,
 * whatever the number of members and years, and one batched membership lookup.
 */
export async function costStatementsOf(ctx: RequestContext, memberId: string, range: YearRange): Promise<YearlyCostStatement[]> {
  const [fees, charges, contributions, recorded, membership] = await Promise.all([
    feesOver(ctx, range).load(memberId),
    chargesOver(ctx, range).load(memberId),
    contributionsOver(ctx, range).load(memberId),
    recordedYears(ctx, [MembershipFee], range),
    membershipPeriods(ctx).load(memberId),
  ]);
  return yearsOf(range).map((year) => {
    const [fee, charged, contributed] = [ofYear(fees, year), ofYear(charges, year), ofYear(contributions, year)];
    const member = membership !== null && overlaps(membership, yearPeriod(year));
    if (fee.length || charged.length || contributed.length || (member && recorded.has(year)))
      return { year, statement: costStatementOf(year, fee, charged, contributed), missingReason: null };
    return { year, statement: null, missingReason: member ? MissingFinanceReason.NOT_RECORDED : MissingFinanceReason.NOT_A_MEMBER };
  });
}

/**
 * A service's economy for every year of the range: zero in a year for which finance holds charges
 * or costs of any service, null (NOT_RECORDED) in a year without any. Four statements whatever the size.
 */
export async function economiesOf(ctx: RequestContext, serviceId: string, range: YearRange): Promise<YearlyServiceEconomy[]> {
  const [sums, costs, recorded] = await Promise.all([
    chargeSumsOver(ctx, range).load(serviceId),
    costsOver(ctx, range).load(serviceId),
    recordedYears(ctx, [ServiceCharge, ServiceCost], range),
  ]);
  return yearsOf(range).map((year) => {
    const [charged] = ofYear(sums, year);
    const costLines = ofYear(costs, year);
    if (!charged && !costLines.length && !recorded.has(year)) return { year, economy: null, missingReason: MissingFinanceReason.NOT_RECORDED };
    return { year, economy: economyOf(year, charged ?? null, costLines), missingReason: null };
  });
}
