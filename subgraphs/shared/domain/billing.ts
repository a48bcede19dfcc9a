import { membershipOf } from './member-facts';
import { overlaps, type Period, sharedDays, yearPeriod } from './periods';
import { type Agreement, type Billable, type PricedLine, priceYear, type Tariff } from './pricing';

/** The key the membership fee schedule's versions (and fee agreements) are kept under. */
export const MEMBERSHIP_FEE_SUBJECT = 'MEMBERSHIP_FEE';

/** The key a service's (or one variant's) price model versions are kept under; a model without a variant prices every variant without one of its own. */
export const serviceSubject = (serviceId: string, variant: string | null = null): string => `${serviceId}:${variant ?? ''}`;

/** One version of a fee schedule or price model. */
export interface ModelVersion {
  id: string;
  subject: string;
  serviceId: string | null;
  version: number;
  validFrom: string;
  /** MM-DD in the year before the billed year on which populations are taken. */
  populationDay: string;
  tariff: Tariff;
}

export interface BilledMember {
  id: string;
  kind: string;
  joinedOn: string;
  leftOn: string | null;
}

export interface BilledSubscription {
  id: string;
  memberId: string;
  serviceId: string;
  variant: string | null;
  from: string;
  to: string | null;
}

/** A member's own terms over a period, for a subject. */
export interface AgreementTerms extends Agreement, Period {
  subject: string;
}

export interface BillingInput {
  year: number;
  /** Every version valid from the year's first day or earlier. */
  models: readonly ModelVersion[];
  members: readonly BilledMember[];
  subscriptions: readonly BilledSubscription[];
  agreements: readonly AgreementTerms[];
  /** Costs recorded for the year, by service (for SHARED_COST models without an amount of their own). */
  costs: ReadonlyMap<string, bigint>;
  /** Inhabitants of a member on a day; null when it has none (or none is known). */
  populationOn(memberId: string, day: string): number | null;
}

/** A computed fee (serviceId null, key the member) or charge (key the subscription), with the model version that gave it. */
export interface BillLine extends PricedLine {
  serviceId: string | null;
  model: ModelVersion;
  populationOn: string;
}

/** The version of each subject in force on the year's first day: the latest valid from that day or earlier. */
export function modelsInForce(models: readonly ModelVersion[], year: number): Map<string, ModelVersion> {
  const inForce = new Map<string, ModelVersion>();
  for (const model of models) {
    const current = inForce.get(model.subject);
    if (model.validFrom <= `${year}-01-01` && (!current || model.validFrom > current.validFrom)) inForce.set(model.subject, model);
  }
  return inForce;
}

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** The days of the year all `periods` share; 0 when they share none. */
function daysOf(year: number, ...periods: Period[]): number {
  let shared = yearPeriod(year);
  for (const period of periods) {
    if (!overlaps(shared, period)) return 0;
    shared = sharedDays(shared, period);
  }
  return dayNumber(shared.to!) - dayNumber(shared.from);
}

/** The agreements in force for a subject during the year, by member (the latest starting one when several cover parts of it). */
function agreementsFor(input: BillingInput, subject: string): Agreement[] {
  const terms = input.agreements.filter((terms) => terms.subject === subject && overlaps(terms, yearPeriod(input.year)));
  return terms.sort((a, b) => a.from.localeCompare(b.from));
}

function priceGroup(input: BillingInput, model: ModelVersion, items: Billable[], serviceId: string | null, agreementSubject: string): BillLine[] {
  const populationOn = `${input.year - 1}-${model.populationDay}`;
  const ordered = [...items].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const lines = priceYear(model.tariff, ordered, {
    year: input.year,
    costOre: serviceId === null ? 0n : (input.costs.get(serviceId) ?? 0n),
    agreements: agreementsFor(input, agreementSubject),
  });
  return lines.map((line) => ({ ...line, serviceId, model, populationOn }));
}

/**
 * Every fee and charge of a year under the models in force (each model's lines in the order of their
 * keys, so that a öre a shared cost's largest remainder leaves over goes the same way however the
 * members and subscriptions were listed): a fee for each member during the year,
 * a charge for each subscription during it (the days it was in use while a member); the members
 * that took part share a SHARED_COST model's cost. Subjects without a model in force are not billed.
 */
export function billYear(input: BillingInput): BillLine[] {
  const inForce = modelsInForce(input.models, input.year);
  const members = new Map(input.members.map((member) => [member.id, member]));
  const billable = (key: string, member: BilledMember, days: number, day: string): Billable => ({
    key,
    memberId: member.id,
    memberKind: member.kind,
    population: input.populationOn(member.id, day),
    days,
  });
  const lines: BillLine[] = [];
  const feeModel = inForce.get(MEMBERSHIP_FEE_SUBJECT);
  if (feeModel) {
    const day = `${input.year - 1}-${feeModel.populationDay}`;
    const payers = input.members.map((member) => billable(member.id, member, daysOf(input.year, membershipOf(member)), day)).filter((item) => item.days > 0);
    lines.push(...priceGroup(input, feeModel, payers, null, MEMBERSHIP_FEE_SUBJECT));
  }
  const groups = new Map<ModelVersion, Billable[]>();
  for (const subscription of input.subscriptions) {
    const member = members.get(subscription.memberId);
    const model = inForce.get(serviceSubject(subscription.serviceId, subscription.variant)) ?? inForce.get(serviceSubject(subscription.serviceId));
    if (!member || !model) continue;
    const days = daysOf(input.year, subscription, membershipOf(member));
    if (days > 0)
      groups
        .set(model, groups.get(model) ?? [])
        .get(model)!
        .push(billable(subscription.id, member, days, `${input.year - 1}-${model.populationDay}`));
  }
  for (const [model, items] of groups) lines.push(...priceGroup(input, model, items, model.serviceId, serviceSubject(model.serviceId!)));
  return lines;
}

/** How a line was computed, for a person: model version, population on the reference day, days, share, agreement. */
export function describeComputation(line: BillLine): string {
  const parts = [
    `${line.model.tariff.kind} model version ${line.model.version} (valid from ${line.model.validFrom})`,
    `population ${line.population ?? 'none'} on ${line.populationOn}`,
    `${line.days} days`,
    line.band && `band ${line.band}`,
    line.share && `share ${line.share}`,
    line.agreement && `agreement: ${line.agreement}`,
  ];
  return parts.filter(Boolean).join('; ');
}
