import { IsOptional, Length, Matches } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AMOUNT } from '../../shared/domain/money';
import { DateScalar } from '../../shared/graphql/scalars';
import { Sharing, TariffKind } from '../entities/price-model.entity';

@InputType({ description: 'A population band: from `from` inhabitants up to, not including, `to` (null for the last band).' })
export class BandInput {
  @Field(() => Int, { description: 'Lowest number of inhabitants in the band; the first band starts at 0, each next where the one before ends.' })
  from!: number;

  @Field(() => Int, { nullable: true, description: 'First number of inhabitants above the band; null for the last band only.' })
  to?: number | null;

  @Field(() => String, { description: `BANDS: the amount per year (${AMOUNT}) SHARED_COST by WEIGHTS: a whole-number weight.` })
  value!: string;
}

@InputType({ description: 'What one kind of member pays under a BY_MEMBER_KIND model.' })
export class KindAmountInput {
  @Field(() => String, { description: 'The kind of member, e.g. "MUNICIPALITY".' })
  @Length(1, 50)
  memberKind!: string;

  @Field(() => String, { description: AMOUNT })
  amount!: string;
}

@InputType({ description: 'How a price model or fee schedule computes what a member pays; only the fields its kind uses are read.' })
export class PriceModelInput {
  @Field(() => TariffKind, { description: 'How the amount is computed.' })
  kind!: TariffKind;

  @Field(() => String, { nullable: true, description: `FLAT: the amount per year. ${AMOUNT}` })
  amount?: string | null;

  @Field(() => String, { nullable: true, description: `PER_RESIDENT: the amount per inhabitant. ${AMOUNT}` })
  perResident?: string | null;

  @Field(() => String, { nullable: true, description: `PER_RESIDENT: the least a member pays for a year. ${AMOUNT}` })
  floor?: string | null;

  @Field(() => String, { nullable: true, description: `PER_RESIDENT: the most a member pays for a year. ${AMOUNT}` })
  cap?: string | null;

  @Field(() => [BandInput], { nullable: true, description: 'BANDS, or SHARED_COST by WEIGHTS: the bands, lowest first, without gaps or overlaps.' })
  bands?: BandInput[] | null;

  @Field(() => [KindAmountInput], { nullable: true, description: 'BY_MEMBER_KIND: the amount for each kind of member.' })
  kindAmounts?: KindAmountInput[] | null;

  @Field(() => Sharing, { nullable: true, description: 'SHARED_COST: how the cost is split.' })
  sharing?: Sharing | null;

  @Field(() => String, { nullable: true, description: `SHARED_COST: the amount to share, e.g. a budget; left out, the costs recorded for the year. ${AMOUNT}` })
  shared?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Month and day (MM-DD) in the year before the billed year on which populations are taken; "11-01" when left out.',
  })
  @IsOptional()
  @Matches(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'give a month and day as MM-DD, e.g. "11-01"' })
  populationDay?: string | null;
}

@InputType({ description: 'A new version of the membership fee schedule or of a service’s price model.' })
export class DefinePriceModelInput {
  @Field(() => ID, { nullable: true, description: 'The service priced; null for the membership fee schedule.' })
  serviceId?: string | null;

  @Field(() => String, { nullable: true, description: 'The variant priced (e.g. "XL"); null for every variant without a model of its own.' })
  @IsOptional()
  @Length(1, 50)
  variant?: string | null;

  @Field(() => DateScalar, { description: 'First day in force: a 1 January after the first day of every earlier version.' })
  validFrom!: string;

  @Field(() => PriceModelInput, { description: 'How the version computes amounts.' })
  model!: PriceModelInput;

  @Field(() => String, { nullable: true, description: 'Why the model is as it is.' })
  @IsOptional()
  @Length(1, 500)
  note?: string | null;
}
