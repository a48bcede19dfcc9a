import { randomUUID } from 'node:crypto';
import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  type AgreementTerms,
  type BilledMember,
  type BilledSubscription,
  type BillingInput,
  type BillLine,
  billYear,
  describeComputation,
  MEMBERSHIP_FEE_SUBJECT,
  type ModelVersion,
  modelsInForce,
  serviceSubject,
} from '../shared/domain/billing';
import { money, sumOre } from '../shared/domain/money';
import { DataSource } from '../shared/domain/source';
import type { RequestContext } from '../shared/graphql/context';
import { BadUserInputError, ConflictError } from '../shared/graphql/errors';
import { fetchAllNodes } from '../shared/graphql/peers';
import { BillingRun } from './entities/billing-run.entity';
import { memberRef } from './entities/member.stub';
import { MemberAgreement } from './entities/member-agreement.entity';
import { MembershipFee } from './entities/membership-fee.entity';
import { PriceModel } from './entities/price-model.entity';
import { ServiceCharge } from './entities/service-charge.entity';
import { ServiceCost } from './entities/service-cost.entity';
import { KIND_PERIODS_SELECTION, type KindPeriods, kindInYear } from './member-kinds';
import { BilledKind, type BillingLine, type BillingRunResult, LineStatus } from './types/billing-run-result.type';
import type { PriceScenario } from './types/price-scenario.type';

/**
 * Members as membership knows them, each of the kind it was in `year` (a county council billed for 2018
 * is billed as one), with their populations on each reference day (`populationOn`, one alias per day).
 */
async function billedMembers(ctx: RequestContext, year: number, days: string[]): Promise<{ members: BilledMember[]; population: Map<string, number | null> }> {
  const selection = days.map((day, index) => `p${index}: populationOn(date: "${day}")`).join(' ');
  const nodes = await fetchAllNodes(ctx, 'membership', 'members', `kind joinedOn leftOn ${KIND_PERIODS_SELECTION} ${selection}`);
  const members = nodes.map((node) => ({
    id: node.id,
    kind: kindInYear(node.identities as KindPeriods, year, String(node.kind)),
    joinedOn: String(node.joinedOn),
    leftOn: (node.leftOn as string | null) ?? null,
  }));
  const population = new Map(nodes.flatMap((node) => days.map((day, index) => [`${node.id}@${day}`, (node[`p${index}`] as number | null) ?? null] as const)));
  return { members, population };
}

async function billedSubscriptions(ctx: RequestContext, year: number): Promise<BilledSubscription[]> {
  const nodes = await fetchAllNodes(ctx, 'services', 'subscriptions', 'from to variant member { id } service { id }');
  return nodes
    .map((node) => ({
      id: node.id,
      memberId: (node.member as { id: string }).id,
      serviceId: (node.service as { id: string }).id,
      variant: (node.variant as string | null) ?? null,
      from: String(node.from),
      to: (node.to as string | null) ?? null,
    }))
    .filter((subscription) => subscription.from < `${year + 1}-01-01` && (subscription.to === null || subscription.to > `${year}-01-01`));
}

async function costsOf(em: EntityManager, year: number): Promise<Map<string, bigint>> {
  const rows: Array<{ serviceId: string; total: string }> = await em
    .createQueryBuilder(ServiceCost)
    .select(['serviceId', raw('sum(amount_ore)::text as total')] as never)
    .where({ year })
    .groupBy('serviceId')
    .execute('all', true);
  return new Map(rows.map((row) => [row.serviceId, BigInt(row.total)]));
}

async function agreementsDuring(em: EntityManager, year: number): Promise<AgreementTerms[]> {
  const found = await em.find(MemberAgreement, { from: { $lt: `${year + 1}-01-01` }, $or: [{ to: null }, { to: { $gt: `${year}-01-01` } }] });
  return found.map(({ subject, memberId, from, to, discountPercent, fixedOre }) => ({ subject, memberId, from, to, discountPercent, fixedOre }));
}

/** Everything a year's bill is computed from: the models (one query), agreements, costs, and the members and subscriptions asked of their owners. */
export async function billingInput(ctx: RequestContext, year: number): Promise<{ input: BillingInput; models: Map<string, PriceModel> }> {
  const found = await ctx.em.find(PriceModel, { validFrom: { $lte: `${year}-01-01` } });
  const versions = found.map((model) => model.modelVersion);
  const inForce = [...modelsInForce(versions, year).values()];
  if (!inForce.length)
    throw new BadUserInputError('year', `no fee schedule or price model is in force on ${year}-01-01: define one valid from that day or earlier`);
  const days = [...new Set(inForce.map((model) => `${year - 1}-${model.populationDay}`))];
  const [agreements, costs, { members, population }, subscriptions] = await Promise.all([
    agreementsDuring(ctx.em, year),
    costsOf(ctx.em, year),
    billedMembers(ctx, year, days),
    billedSubscriptions(ctx, year),
  ]);
  const populationOn = (id: string, day: string) => population.get(`${id}@${day}`) ?? null;
  const input = { year, models: versions, members, subscriptions, agreements, costs, populationOn };
  return { input, models: new Map(found.map((model) => [model.id, model])) };
}

type Recorded = MembershipFee | ServiceCharge;

const keyOf = (row: Recorded) => (row instanceof ServiceCharge ? row.subscriptionId! : row.memberId);

/** What is recorded for the year, by line key (the member for fees, the subscription for charges). */
async function recordedRows(em: EntityManager, year: number): Promise<Map<string, Recorded[]>> {
  const [fees, charges] = await Promise.all([em.find(MembershipFee, { year }), em.find(ServiceCharge, { year, subscriptionId: { $ne: null } })]);
  const rows = new Map<string, Recorded[]>();
  for (const row of [...fees, ...charges]) rows.set(keyOf(row), [...(rows.get(keyOf(row)) ?? []), row]);
  return rows;
}

function statusOf(rows: Recorded[], difference: bigint): LineStatus {
  if (rows.some((row) => row.billingRunId === null)) return LineStatus.MANUAL;
  if (!rows.length) return LineStatus.NEW;
  return difference === 0n ? LineStatus.UNCHANGED : LineStatus.ADJUSTED;
}

interface ComparedLine {
  line: BillLine;
  rows: Recorded[];
  status: LineStatus;
  difference: bigint;
}

/** Every computed line beside what is recorded, plus a zero line for each key a run billed that no longer computes (e.g. a subscription since removed). */
function compare(lines: BillLine[], recorded: Map<string, Recorded[]>, input: BillingInput): ComparedLine[] {
  const computed = new Set(lines.map((line) => line.key));
  const inForce = modelsInForce(input.models, input.year);
  const gone = [...recorded.values()].flatMap((rows) => {
    const [first] = rows;
    const model = inForce.get(first instanceof ServiceCharge ? serviceSubject(first.serviceId) : MEMBERSHIP_FEE_SUBJECT);
    if (computed.has(keyOf(first)) || !model || rows.some((row) => row.billingRunId === null)) return [];
    const serviceId = first instanceof ServiceCharge ? first.serviceId : null;
    const empty = {
      key: keyOf(first),
      memberId: first.memberId,
      amountOre: 0n,
      modelOre: 0n,
      population: null,
      days: 0,
      band: null,
      share: null,
      agreement: null,
    };
    return [{ ...empty, serviceId, model, populationOn: `${input.year - 1}-${model.populationDay}` }];
  });
  return [...lines, ...gone].map((line) => {
    const rows = recorded.get(line.key) ?? [];
    const difference = line.amountOre - sumOre(rows.map((row) => row.amountOre));
    return { line, rows, status: statusOf(rows, difference), difference };
  });
}

function toBillingLine({ line, rows, status, difference }: ComparedLine, models: Map<string, PriceModel>): BillingLine {
  const fee = line.serviceId === null;
  return {
    kind: fee ? BilledKind.MEMBERSHIP_FEE : BilledKind.SERVICE_CHARGE,
    member: memberRef(line.memberId),
    service: fee ? null : { id: line.serviceId! },
    subscription: fee ? null : { id: line.key },
    priceModel: models.get(line.model.id)!,
    population: line.population,
    populationOn: line.populationOn,
    days: line.days,
    band: line.band,
    share: line.share,
    agreement: line.agreement,
    amount: money(line.amountOre),
    recorded: money(sumOre(rows.map((row) => row.amountOre))),
    difference: money(difference),
    status,
  };
}

/** What a run writes: a line where nothing is recorded (unless it is zero), an adjustment of the difference where something else is. */
const writes = ({ status, line }: ComparedLine) => status === LineStatus.ADJUSTED || (status === LineStatus.NEW && line.amountOre !== 0n);

async function writeLines(em: EntityManager, run: BillingRun, changes: ComparedLine[]): Promise<void> {
  const rows = changes.map(({ line, rows, difference }) => ({
    id: randomUUID(),
    memberId: line.memberId,
    year: run.year,
    amountOre: difference,
    source: DataSource.ENTERED,
    billingRunId: run.id,
    priceModelId: line.model.id,
    sequence: rows.length ? Math.max(...rows.map((row) => row.sequence)) + 1 : 0,
    computation: describeComputation(line),
    line,
  }));
  const fees = rows.filter(({ line }) => line.serviceId === null).map(({ line, ...row }) => ({ ...row, band: line.band }));
  const charges = rows
    .filter(({ line }) => line.serviceId !== null)
    .map(({ line, ...row }) => ({ ...row, subscriptionId: line.key, serviceId: line.serviceId!, note: null }));
  if (fees.length) await em.insertMany(MembershipFee, fees);
  if (charges.length) await em.insertMany(ServiceCharge, charges);
}

/** Two runs of one year at once: the second finds the year's lock taken and is refused. */
async function lockYear(em: EntityManager, year: number): Promise<void> {
  const [{ locked }] = await em.execute<Array<{ locked: boolean }>>(`select pg_try_advisory_xact_lock(hashtext('finance.billing_run'), ?) as locked`, [year]);
  if (!locked) throw new ConflictError('year', `another billing run of ${year} is being committed right now; run again when it has finished`);
}

/**
 * Computes the year's fees and charges and compares them with what is recorded; unless `dryRun`,
 * writes what differs (new lines and adjustments, never rewrites) with the run recorded, in the
 * mutation's one transaction. An unchanged year writes nothing, not even a run.
 */
export async function runBilling(ctx: RequestContext, year: number, dryRun: boolean): Promise<BillingRunResult> {
  if (!dryRun) await lockYear(ctx.em, year);
  const { input, models } = await billingInput(ctx, year);
  const compared = compare(billYear(input), await recordedRows(ctx.em, year), input);
  const changes = compared.filter(writes);
  let run: BillingRun | null = null;
  if (!dryRun && changes.length) {
    const inputs = {
      models: [...modelsInForce(input.models, year).values()].map(({ id, subject, version }) => ({ id, subject, version })),
      agreements: input.agreements.length,
    };
    run = ctx.em.create(BillingRun, { year, ranBy: ctx.viewer.subject, inputs, written: changes.length });
    await writeLines(ctx.em, run, changes);
    await ctx.em.flush();
  }
  const total = (kind: 'fees' | 'charges') =>
    money(sumOre(compared.filter(({ line }) => (line.serviceId === null) === (kind === 'fees')).map(({ line }) => line.amountOre)));
  return {
    year,
    dryRun,
    run,
    membershipFees: total('fees'),
    serviceCharges: total('charges'),
    written: changes.length,
    lines: compared.map((line) => toBillingLine(line, models)),
  };
}

/** What-if: the subject's lines of a year under the model in force and under `proposed`, compared; nothing is written. */
export async function priceScenario(
  ctx: RequestContext,
  year: number,
  serviceId: string | null,
  proposed: Pick<ModelVersion, 'tariff' | 'populationDay'>,
): Promise<PriceScenario> {
  const { input, models } = await billingInput(ctx, year);
  const subject = serviceId === null ? MEMBERSHIP_FEE_SUBJECT : serviceSubject(serviceId);
  const current = modelsInForce(input.models, year).get(subject) ?? null;
  const version = { ...proposed, id: 'proposed', subject, serviceId, version: (current?.version ?? 0) + 1, validFrom: `${year}-01-01` };
  const linesOf = (lines: BillLine[]) => new Map(lines.filter((line) => line.serviceId === serviceId).map((line) => [line.key, line]));
  const now = linesOf(billYear(input));
  const then = linesOf(billYear({ ...input, models: [...input.models.filter((model) => model.subject !== subject), version] }));
  const lines = [...then.values()].map((line) => {
    const currentOre = now.get(line.key)?.amountOre ?? 0n;
    return { line, currentOre, difference: line.amountOre - currentOre };
  });
  lines.sort((a, b) => (a.difference === b.difference ? 0 : a.difference > b.difference ? -1 : 1));
  const proposedOre = sumOre(lines.map(({ line }) => line.amountOre));
  const costOre = serviceId === null ? null : (input.costs.get(serviceId) ?? 0n);
  return {
    year,
    service: serviceId === null ? null : { id: serviceId },
    current: current && models.get(current.id)!,
    currentTotal: money(sumOre([...now.values()].map((line) => line.amountOre))),
    proposedTotal: money(proposedOre),
    costs: costOre === null ? null : money(costOre),
    coversCosts: costOre === null ? null : proposedOre >= costOre,
    winners: lines.filter(({ difference }) => difference < 0n).length,
    losers: lines.filter(({ difference }) => difference > 0n).length,
    lines: lines.map(({ line, currentOre, difference }) => ({
      member: memberRef(line.memberId),
      subscription: serviceId === null ? null : { id: line.key },
      days: line.days,
      population: line.population,
      current: money(currentOre),
      proposed: money(line.amountOre),
      difference: money(difference),
    })),
  };
}
