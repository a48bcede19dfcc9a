import { BadUserInputError } from '../graphql/errors';
import { apportion, formatOre, sumOre } from './money';

/**
 * How a price model or fee schedule turns a member into an amount for a year. Amounts are whole öre.
 * Rounding: an amount for part of a year is the year's amount × days ÷ days of the year, rounded to
 * the nearest öre (halves up); a discount is rounded the same way; a shared cost is split by largest
 * remainder (see `apportion`), so its parts always add up to exactly the cost.
 */
export type TariffKind = 'FLAT' | 'PER_RESIDENT' | 'BANDS' | 'BY_MEMBER_KIND' | 'SHARED_COST';

/** How SHARED_COST splits the cost: the same for everyone, by inhabitants, or by the weight of each member's population band. */
export type Sharing = 'EQUAL' | 'POPULATION' | 'WEIGHTS';

/** A population band: from `from` inhabitants up to (not including) `to`, null for no upper end; `value` is öre (BANDS) or a weight (WEIGHTS). */
export interface Band {
  from: number;
  to: number | null;
  value: bigint;
}

export interface Tariff {
  kind: TariffKind;
  /** FLAT: the amount per subscriber (or member) and year. */
  amountOre: bigint | null;
  /** PER_RESIDENT: öre per inhabitant, with its floor and cap (either may be null). */
  perResidentOre: bigint | null;
  floorOre: bigint | null;
  capOre: bigint | null;
  /** BANDS (amounts) or SHARED_COST by WEIGHTS (weights): contiguous from 0 inhabitants, the last without an upper end. */
  bands: Band[];
  /** BY_MEMBER_KIND: the amount per year for each kind of member (a kind left out pays nothing). */
  kindAmounts: Record<string, bigint>;
  sharing: Sharing | null;
  /** SHARED_COST: the amount to share (e.g. the service's budget); null shares the costs recorded for the year. */
  sharedOre: bigint | null;
}

export const tariff = (fields: Partial<Tariff> & Pick<Tariff, 'kind'>): Tariff => ({
  amountOre: null,
  perResidentOre: null,
  floorOre: null,
  capOre: null,
  bands: [],
  kindAmounts: {},
  sharing: null,
  sharedOre: null,
  ...fields,
});

/** A member's own terms for one fee or service, overriding the model: a discount in percent, or a fixed amount per year. */
export interface Agreement {
  memberId: string;
  discountPercent: number | null;
  fixedOre: bigint | null;
}

/** Something billed for a year: a member's membership, or one of its subscriptions, over `days` of the year. */
export interface Billable {
  /** The subscription's id, or the member's for a fee. */
  key: string;
  memberId: string;
  memberKind: string;
  /** Inhabitants on the model's reference date; null (an organisation without inhabitants) counts as 0. */
  population: number | null;
  days: number;
}

/** One computed line and how it was computed. */
export interface PricedLine {
  key: string;
  memberId: string;
  amountOre: bigint;
  /** What the model alone gives, before an agreement. */
  modelOre: bigint;
  population: number | null;
  days: number;
  /** The band the member fell in, e.g. "15 000–39 999 inhabitants". */
  band: string | null;
  /** For a shared cost: the member's weight × days over everyone's, e.g. "365/14600". */
  share: string | null;
  agreement: string | null;
}

export const daysInYear = (year: number): number => (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 366 : 365);

/** `value × numerator ÷ denominator` rounded to the nearest integer, halves up (for non-negative values). */
export const roundedShare = (value: bigint, numerator: bigint, denominator: bigint): bigint => (value * numerator * 2n + denominator) / (denominator * 2n);

const grouped = (count: number) => String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

/** A band for a person, e.g. "15 000–39 999 inhabitants" or "500 000 inhabitants or more". */
export const describeBand = (band: Band): string =>
  band.to === null ? `${grouped(band.from)} inhabitants or more` : `${grouped(band.from)}–${grouped(band.to - 1)} inhabitants`;

export function bandFor(bands: readonly Band[], population: number | null): Band {
  const inhabitants = population ?? 0;
  return bands.find((band) => inhabitants >= band.from && (band.to === null || inhabitants < band.to)) ?? bands[bands.length - 1];
}

function yearlyAmount(model: Tariff, item: Billable): { ore: bigint; band: Band | null } {
  const inhabitants = BigInt(item.population ?? 0);
  switch (model.kind) {
    case 'FLAT':
      return { ore: model.amountOre ?? 0n, band: null };
    case 'PER_RESIDENT': {
      const raw = inhabitants * (model.perResidentOre ?? 0n);
      const floored = model.floorOre !== null && raw < model.floorOre ? model.floorOre : raw;
      return { ore: model.capOre !== null && floored > model.capOre ? model.capOre : floored, band: null };
    }
    case 'BANDS': {
      const band = bandFor(model.bands, item.population);
      return { ore: band.value, band };
    }
    default:
      return { ore: model.kindAmounts[item.memberKind] ?? 0n, band: null };
  }
}

const proRata = (ore: bigint, days: number, yearDays: number) => roundedShare(ore, BigInt(days), BigInt(yearDays));

function weightOf(model: Tariff, item: Billable): { weight: bigint; band: Band | null } {
  if (model.sharing === 'POPULATION') return { weight: BigInt(item.population ?? 0), band: null };
  if (model.sharing === 'WEIGHTS') {
    const band = bandFor(model.bands, item.population);
    return { weight: band.value, band };
  }
  return { weight: 1n, band: null };
}

const describeAgreement = (agreement: Agreement) =>
  agreement.fixedOre !== null ? `fixed ${formatOre(agreement.fixedOre)} SEK a year` : `discount ${agreement.discountPercent} %`;

function applyAgreement(line: PricedLine, agreement: Agreement | undefined, yearDays: number): PricedLine {
  if (!agreement) return line;
  const amountOre =
    agreement.fixedOre !== null
      ? proRata(agreement.fixedOre, line.days, yearDays)
      : line.modelOre - roundedShare(line.modelOre, BigInt(agreement.discountPercent ?? 0), 100n);
  return { ...line, amountOre, agreement: describeAgreement(agreement) };
}

function line(item: Billable, modelOre: bigint, band: Band | null, share: string | null = null): PricedLine {
  const { key, memberId, population, days } = item;
  return { key, memberId, amountOre: modelOre, modelOre, population, days, band: band && describeBand(band), share, agreement: null };
}

/**
 * SHARED_COST: members with a fixed agreement pay it; the rest of the cost is split among the
 * others by weight × days (equally by days when every weight is 0).
 */
function shareCost(model: Tariff, items: readonly Billable[], costOre: bigint, agreements: Map<string, Agreement>, yearDays: number): PricedLine[] {
  const fixed = (item: Billable) => agreements.get(item.memberId)?.fixedOre != null;
  const fixedOre = sumOre(items.filter(fixed).map((item) => proRata(agreements.get(item.memberId)!.fixedOre!, item.days, yearDays)));
  const sharing = items.filter((item) => !fixed(item));
  const weights = sharing.map((item) => weightOf(model, item));
  const byDays = weights.map(({ weight }, index) => weight * BigInt(sharing[index].days));
  const basis = sumOre(byDays) > 0n ? byDays : sharing.map((item) => BigInt(item.days));
  const left = costOre > fixedOre ? costOre - fixedOre : 0n;
  const parts = sharing.length && sumOre(basis) > 0n ? apportion(left, basis) : [];
  const total = sumOre(basis);
  const shared = new Map(sharing.map((item, index) => [item.key, line(item, parts[index], weights[index].band, `${basis[index]}/${total}`)]));
  return items.map((item) => shared.get(item.key) ?? line(item, 0n, null));
}

/**
 * Every line of a year under a model: the model's amount pro rata by days, or the member's share of
 * `costOre` for SHARED_COST; then the member's agreement, if any, in its place.
 */
export function priceYear(
  model: Tariff,
  items: readonly Billable[],
  options: { year: number; costOre?: bigint; agreements?: readonly Agreement[] },
): PricedLine[] {
  const yearDays = daysInYear(options.year);
  const agreements = new Map((options.agreements ?? []).map((agreement) => [agreement.memberId, agreement]));
  const lines =
    model.kind === 'SHARED_COST'
      ? shareCost(model, items, model.sharedOre ?? options.costOre ?? 0n, agreements, yearDays)
      : items.map((item) => {
          const { ore, band } = yearlyAmount(model, item);
          return line(item, proRata(ore, item.days, yearDays), band);
        });
  return lines.map((priced) => applyAgreement(priced, agreements.get(priced.memberId), yearDays));
}

const nonNegative = (value: bigint | null, field: string) => {
  if (value !== null && value < 0n) throw new BadUserInputError(field, `${value} öre is negative: amounts must be zero or more`);
};

const required = <T>(value: T | null | undefined, field: string, kind: TariffKind): T => {
  if (value === null || value === undefined) throw new BadUserInputError(field, `a ${kind} model needs this`);
  return value;
};

/** BAD_USER_INPUT naming the band unless the bands run from 0 inhabitants without gaps or overlaps to one without an upper end. */
export function checkBands(bands: readonly Band[], field: string): void {
  if (!bands.length) throw new BadUserInputError(field, 'give at least one band, the first from 0 inhabitants');
  bands.forEach((band, index) => {
    const expected = index === 0 ? 0 : bands[index - 1].to;
    if (band.from !== expected) {
      const what = index === 0 ? 'the first band must start at 0 inhabitants' : `it must start where band ${index - 1} ends (${expected}): no gaps or overlaps`;
      throw new BadUserInputError(`${field}.${index}.from`, `${band.from} is wrong: ${what}`);
    }
    if (band.to !== null && band.to <= band.from) throw new BadUserInputError(`${field}.${index}.to`, `${band.to} must be above its start (${band.from})`);
    if (band.to === null && index < bands.length - 1) throw new BadUserInputError(`${field}.${index}.to`, 'only the last band may be without an upper end');
    nonNegative(band.value, `${field}.${index}.value`);
  });
  if (bands[bands.length - 1].to !== null) throw new BadUserInputError(`${field}.${bands.length - 1}.to`, 'the last band must have no upper end (null)');
}

/** BAD_USER_INPUT naming the field (under `input`) when the model lacks what its kind needs or holds negative amounts. */
export function checkTariff(model: Tariff, input = 'input'): void {
  for (const name of ['amountOre', 'perResidentOre', 'floorOre', 'capOre', 'sharedOre'] as const)
    nonNegative(model[name], `${input}.${name.replace('Ore', '')}`);
  for (const [kind, ore] of Object.entries(model.kindAmounts)) nonNegative(ore, `${input}.kindAmounts.${kind}`);
  if (model.kind === 'FLAT') required(model.amountOre, `${input}.amount`, model.kind);
  if (model.kind === 'PER_RESIDENT') {
    required(model.perResidentOre, `${input}.perResident`, model.kind);
    if (model.floorOre !== null && model.capOre !== null && model.floorOre > model.capOre)
      throw new BadUserInputError(`${input}.cap`, `the cap (${model.capOre} öre) is below the floor (${model.floorOre} öre)`);
  }
  if (model.kind === 'BANDS' || (model.kind === 'SHARED_COST' && model.sharing === 'WEIGHTS')) checkBands(model.bands, `${input}.bands`);
  if (model.kind === 'BY_MEMBER_KIND' && !Object.keys(model.kindAmounts).length)
    throw new BadUserInputError(`${input}.kindAmounts`, 'give an amount for at least one kind of member');
  if (model.kind === 'SHARED_COST') required(model.sharing, `${input}.sharing`, model.kind);
}
