import { money } from '../shared/domain/money';
import type { RequestContext } from '../shared/graphql/context';
import { fetchEntities } from '../shared/graphql/peers';
import { memberRef } from './entities/member.stub';
import { ServiceCharge } from './entities/service-charge.entity';
import { groupedBy, sumBy } from './sums';
import { PopulationBand, populationBandOf } from './types/finance-report.type';
import { type PeerGroup, PeerGroupKind, type ServiceBenchmark } from './types/service-benchmark.type';

/** A group is shown only when it holds at least this many members besides the one benchmarked. */
export const MIN_OTHER_MEMBERS = 5;

/** What one member was charged for one service in the year; `perResident` in 1/10 000 SEK, null without a population. */
interface Cost {
  memberId: string;
  serviceId: string;
  ore: bigint;
  band: PopulationBand | null;
  perResident: number | null;
}

type Subscriber = Cost & { band: PopulationBand; perResident: number };

/** The fixed bands of the finance report (nobody chooses them, so no one can narrow a group down); none without inhabitants. */
const bandOf = (population: number | null) => (population && population > 0 ? populationBandOf(population) : null);
const perResident = (ore: bigint, population: number) => Number((ore * 100n + BigInt(population) / 2n) / BigInt(population));

/** 1/10 000 SEK as a decimal with four decimals. */
export const formatPerResident = (value: number) => `${Math.floor(value / 10_000)}.${String(value % 10_000).padStart(4, '0')}`;

/** The p-quantile of sorted values by linear interpolation between the closest ranks, rounded. */
function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(low + 1, sorted.length - 1);
  return Math.round(sorted[low] + (h - low) * (sorted[high] - sorted[low]));
}

function peerGroup(kind: PeerGroupKind, band: PopulationBand | null, members: Subscriber[]): PeerGroup {
  const sorted = [...members].sort((a, b) => a.perResident - b.perResident || a.memberId.localeCompare(b.memberId));
  const values = sorted.map((member) => member.perResident);
  return {
    kind,
    band,
    memberCount: members.length,
    lowerQuartile: formatPerResident(quantile(values, 0.25)),
    median: formatPerResident(quantile(values, 0.5)),
    upperQuartile: formatPerResident(quantile(values, 0.75)),
    peers: sorted.map((member) => ({ member: memberRef(member.memberId), costPerResident: formatPerResident(member.perResident) })),
  };
}

const othersIn = (members: Subscriber[], memberId: string) => members.filter((member) => member.memberId !== memberId).length;

/**
 * The benchmark of one member's cost: its band, shown with at least MIN_OTHER_MEMBERS others; all
 * subscribers likewise, and only when they differ from the band shown by none or by at least
 * MIN_OTHER_MEMBERS members, so that the two answers never differ by one member's cost.
 */
function benchmarkOf(cost: Cost, subscribers: Subscriber[], year: number): ServiceBenchmark {
  const inBand = subscribers.filter((member) => cost.band !== null && member.band === cost.band);
  const band = othersIn(inBand, cost.memberId) >= MIN_OTHER_MEMBERS ? peerGroup(PeerGroupKind.POPULATION_BAND, cost.band!, inBand) : null;
  const extra = subscribers.length - (band ? inBand.length : 0);
  const allShown = othersIn(subscribers, cost.memberId) >= MIN_OTHER_MEMBERS && (extra === 0 || extra >= MIN_OTHER_MEMBERS);
  return {
    service: { id: cost.serviceId },
    year,
    charged: money(cost.ore),
    costPerResident: cost.perResident === null ? null : formatPerResident(cost.perResident),
    populationBand: band,
    allSubscribers: allShown ? peerGroup(PeerGroupKind.ALL_SUBSCRIBERS, null, subscribers) : null,
  };
}

/** Every member's benchmarks for a year: one SQL statement and one batched population lookup in membership. */
async function benchmarksOfYear(ctx: RequestContext, year: number): Promise<Map<string, ServiceBenchmark[]>> {
  const charges = await sumBy(ctx.em, ServiceCharge, ['memberId', 'serviceId'], { year });
  const members = await fetchEntities(
    ctx,
    'membership',
    'Member',
    charges.map((charge) => charge.memberId),
    'population',
  );
  const costs: Cost[] = charges.map(({ memberId, serviceId, total }) => {
    const population = (members.get(memberId)?.population as number | null | undefined) ?? null;
    const band = bandOf(population);
    return { memberId, serviceId, ore: total, band, perResident: band ? perResident(total, population!) : null };
  });
  const subscribers = groupedBy(
    costs.filter((cost): cost is Subscriber => cost.perResident !== null),
    (cost) => cost.serviceId,
  );
  costs.sort((a, b) => (a.ore === b.ore ? a.serviceId.localeCompare(b.serviceId) : a.ore > b.ore ? -1 : 1));
  const benchmarks = costs.map((cost) => ({ memberId: cost.memberId, benchmark: benchmarkOf(cost, subscribers.get(cost.serviceId) ?? [], year) }));
  const byMember = groupedBy(benchmarks, (entry) => entry.memberId);
  return new Map([...byMember].map(([memberId, entries]) => [memberId, entries.map((entry) => entry.benchmark)]));
}

/** The member's benchmarks for the year, one per service it was charged for (largest charge first); the year is computed once per request for every member asked. */
export async function benchmarksOf(ctx: RequestContext, memberId: string, year: number): Promise<ServiceBenchmark[]> {
  const all = await ctx.loaders.get(`benchmarks:${year}`, () => benchmarksOfYear(ctx, year));
  return all.get(memberId) ?? [];
}
