import type { DashboardBenchmarkFragment, DashboardMemberFragment } from '../generated/graphql';

/** How many years the cost chart shows, the chosen year last (the operations ask for them as y0 … y5). */
export const YEARS = 6;

export interface YearCost {
  year: number;
  /** Null when nothing is recorded for the year (no fee, no charge, no contribution): no data is not zero. */
  total: string | null;
  services: string | null;
}

export interface Meeting {
  id: string;
  heldOn: string;
  note: string | null;
  service: string;
}

/** The years asked for, oldest first, ending with `last`, as the operations' variables y0 … y5. */
export function yearVariables(last: number): { y0: number; y1: number; y2: number; y3: number; y4: number; y5: number } {
  const [y0, y1, y2, y3, y4, y5] = Array.from({ length: YEARS }, (_, index) => last - YEARS + 1 + index);
  return { y0, y1, y2, y3, y4, y5 };
}

/** The member's cost series (Member.costStatements): a year without data is null, not zero. */
export function yearCosts(member: DashboardMemberFragment): YearCost[] {
  return (member.costs ?? []).map(({ year, statement }) => ({
    year,
    total: statement?.total.amount ?? null,
    services: statement?.serviceChargesTotal.amount ?? null,
  }));
}

/** The benchmarks of the latest year that has costs (the chosen year when none has). */
export function latestBenchmarks(member: DashboardMemberFragment, costs: YearCost[]): { year: number; benchmarks: DashboardBenchmarkFragment[] } {
  const all = [member.b0, member.b1, member.b2, member.b3, member.b4, member.b5];
  const index = costs.map((cost) => cost.total !== null).lastIndexOf(true);
  const chosen = index < 0 ? all.length - 1 : index;
  return { year: costs[chosen]?.year ?? 0, benchmarks: all[chosen] ?? [] };
}

/** The meetings of the councils of the services the member uses, on or after `today`, soonest first; and the latest one before it. */
export function councilMeetings(member: DashboardMemberFragment, today: string): { upcoming: Meeting[]; latest: Meeting | null } {
  const byId = new Map<string, Meeting>();
  for (const { service } of member.subscriptions) for (const meeting of service.council.meetings) byId.set(meeting.id, { ...meeting, service: service.name });
  const meetings = [...byId.values()].sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  const past = meetings.filter((meeting) => meeting.heldOn < today);
  return { upcoming: meetings.filter((meeting) => meeting.heldOn >= today), latest: past.at(-1) ?? null };
}
