import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ModelVersion } from '../../shared/domain/billing';
import { Money, money, oreType } from '../../shared/domain/money';
import { type Band, describeBand, type Tariff } from '../../shared/domain/pricing';
import { DataSource } from '../../shared/domain/source';
import type { ConstraintMeanings } from '../../shared/graphql/errors';
import { DateScalar } from '../../shared/graphql/scalars';
import { Timestamped } from '../../shared/graphql/timestamps';
import { Service } from './service.stub';

export enum TariffKind {
  FLAT = 'FLAT',
  PER_RESIDENT = 'PER_RESIDENT',
  BANDS = 'BANDS',
  BY_MEMBER_KIND = 'BY_MEMBER_KIND',
  SHARED_COST = 'SHARED_COST',
}

registerEnumType(TariffKind, {
  name: 'TariffKind',
  description: 'How a price model or fee schedule computes what a member pays for a year (always pro rata by the days of the year it took part).',
  valuesConfig: {
    FLAT: { description: 'The same amount for every subscriber (or member).' },
    PER_RESIDENT: { description: 'An amount per inhabitant, with an optional floor and cap.' },
    BANDS: { description: "An amount by the member's population band." },
    BY_MEMBER_KIND: { description: 'An amount by the kind of member (municipality, region ...).' },
    SHARED_COST: { description: "The service's costs (or a stated amount) shared among those who took part: equally, by population or by band weights." },
  },
});

export enum Sharing {
  EQUAL = 'EQUAL',
  POPULATION = 'POPULATION',
  WEIGHTS = 'WEIGHTS',
}

registerEnumType(Sharing, {
  name: 'Sharing',
  description: 'How a shared cost is split (each share also weighted by the days taken part).',
  valuesConfig: {
    EQUAL: { description: 'The same share for everyone.' },
    POPULATION: { description: 'By inhabitants on the reference date.' },
    WEIGHTS: { description: "By the weight of the member's population band." },
  },
});

@ObjectType('PriceBand', { description: 'A population band of a price model: from `from` inhabitants up to, not including, `to`.' })
export class PriceBand {
  @Field(() => Int, { description: 'Lowest number of inhabitants in the band.' })
  from!: number;

  @Field(() => Int, { nullable: true, description: 'First number of inhabitants above the band; null for the last band.' })
  to!: number | null;

  @Field(() => String, { description: 'The amount in SEK (BANDS) or the weight (SHARED_COST by WEIGHTS), as an exact decimal.' })
  value!: string;

  @Field(() => String, { description: 'The band for a person, e.g. "15 000–39 999 inhabitants".' })
  label!: string;
}

@ObjectType('MemberKindAmount', { description: 'What one kind of member pays under a BY_MEMBER_KIND model.' })
export class MemberKindAmount {
  @Field(() => String, { description: 'The kind of member, e.g. "MUNICIPALITY".' })
  memberKind!: string;

  @Field(() => Money, { description: 'The amount per year.' })
  amount!: Money;
}

type StoredBand = { from: number; to: number | null; value: string };

@Entity({ tableName: 'price_model' })
@Unique({ properties: ['subject', 'version'] })
@Unique({ properties: ['subject', 'validFrom'] })
@Index({ properties: ['serviceId'] })
@ObjectType('PriceModel', {
  description:
    'One version of how members are billed for a year: the membership fee schedule (serviceId null) or the price model of a service (and variant). ' +
    'Versions are kept: a change is a new version valid from a later 1 January, never a rewrite.',
})
export class PriceModel extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of this version.' })
  id: string = randomUUID();

  /** "MEMBERSHIP_FEE" or "<serviceId>:<variant>", the key versions are numbered under. */
  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'uuid', nullable: true })
  serviceId: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The variant it prices (e.g. "XL"); null for every variant without a model of its own.' })
  variant: string | null = null;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Version number, 1 for the first, one more for each change.' })
  version!: number;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'First day in force (a 1 January); in force until the next version.' })
  validFrom!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Month and day (MM-DD) of the year before the billed year on which populations are taken, e.g. "11-01".' })
  populationDay: Opt<string> = '11-01';

  @Enum({ items: () => TariffKind, type: 'text' })
  @Field(() => TariffKind, { description: 'How the amount is computed.' })
  kind!: TariffKind;

  @Property({ type: oreType(), nullable: true })
  amountOre: bigint | null = null;

  @Property({ type: oreType(), nullable: true })
  perResidentOre: bigint | null = null;

  @Property({ type: oreType(), nullable: true })
  floorOre: bigint | null = null;

  @Property({ type: oreType(), nullable: true })
  capOre: bigint | null = null;

  @Property({ type: 'jsonb' })
  storedBands: Opt<StoredBand[]> = [];

  @Property({ type: 'jsonb' })
  storedKindAmounts: Opt<Record<string, string>> = {};

  @Enum({ items: () => Sharing, type: 'text', nullable: true })
  @Field(() => Sharing, { nullable: true, description: 'How a SHARED_COST model splits the cost.' })
  sharing: Sharing | null = null;

  @Property({ type: oreType(), nullable: true })
  sharedOre: bigint | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the model is as it is.' })
  note: string | null = null;

  @Enum({ items: () => DataSource, type: 'text' })
  @Field(() => DataSource, { description: "Whether this record comes from Sambruk's documents, is demonstration data or was entered." })
  source: Opt<DataSource> = DataSource.ENTERED;

  @Field(() => Service, { nullable: true, description: 'The service it prices; null for the membership fee schedule.' })
  get service(): Opt<Service> | null {
    return this.serviceId === null ? null : { id: this.serviceId };
  }

  @Field(() => Money, { nullable: true, description: 'FLAT: the amount per year.' })
  get amount(): Opt<Money> | null {
    return this.amountOre === null ? null : money(this.amountOre);
  }

  @Field(() => Money, { nullable: true, description: 'PER_RESIDENT: the amount per inhabitant.' })
  get perResident(): Opt<Money> | null {
    return this.perResidentOre === null ? null : money(this.perResidentOre);
  }

  @Field(() => Money, { nullable: true, description: 'PER_RESIDENT: the least a member pays for a year.' })
  get floor(): Opt<Money> | null {
    return this.floorOre === null ? null : money(this.floorOre);
  }

  @Field(() => Money, { nullable: true, description: 'PER_RESIDENT: the most a member pays for a year.' })
  get cap(): Opt<Money> | null {
    return this.capOre === null ? null : money(this.capOre);
  }

  @Field(() => Money, { nullable: true, description: "SHARED_COST: the amount shared; null shares the service's costs recorded for the year." })
  get shared(): Opt<Money> | null {
    return this.sharedOre === null ? null : money(this.sharedOre);
  }

  @Field(() => [PriceBand], { description: 'BANDS or SHARED_COST by WEIGHTS: the bands, lowest first.' })
  get bands(): Opt<PriceBand[]> {
    return this.tariff.bands.map((band) => ({ from: band.from, to: band.to, value: String(band.value), label: describeBand(band) }));
  }

  @Field(() => [MemberKindAmount], { description: 'BY_MEMBER_KIND: the amount for each kind of member.' })
  get kindAmounts(): Opt<MemberKindAmount[]> {
    return Object.entries(this.tariff.kindAmounts).map(([memberKind, ore]) => ({ memberKind, amount: money(ore) }));
  }

  /** The model as the pricing functions take it. */
  get tariff(): Opt<Tariff> {
    const bands: Band[] = this.storedBands.map((band) => ({ ...band, value: BigInt(band.value) }));
    const kindAmounts = Object.fromEntries(Object.entries(this.storedKindAmounts).map(([kind, ore]) => [kind, BigInt(ore)]));
    const { kind, amountOre, perResidentOre, floorOre, capOre, sharing, sharedOre } = this;
    return { kind, amountOre, perResidentOre, floorOre, capOre, bands, kindAmounts, sharing, sharedOre } as Tariff;
  }

  /** The version as billing takes it. */
  get modelVersion(): Opt<ModelVersion> {
    const { id, subject, serviceId, version, validFrom, populationDay, tariff } = this;
    return { id, subject, serviceId, version, validFrom, populationDay, tariff };
  }
}

/** A model's columns (bands and per-kind amounts as JSON, their bigints kept as text). */
export function tariffColumns(model: Tariff) {
  const { kind, sharing, bands, kindAmounts, ...amounts } = model;
  return {
    ...amounts,
    kind: kind as TariffKind,
    sharing: sharing as Sharing | null,
    storedBands: bands.map((band) => ({ from: band.from, to: band.to, value: String(band.value) })),
    storedKindAmounts: Object.fromEntries(Object.entries(kindAmounts).map(([memberKind, ore]) => [memberKind, String(ore)])),
  };
}

/** The database's side of the version checks, for a version defined at the same moment. */
export const PRICE_MODEL_CONSTRAINTS: ConstraintMeanings = {
  price_model_subject_version_unique: {
    field: 'input.validFrom',
    message: 'another version of this model was defined at the same moment; look at the versions and try again',
  },
  price_model_subject_valid_from_unique: {
    field: 'input.validFrom',
    message: 'a version of this model valid from this day was defined at the same moment; versions may not overlap',
  },
};
