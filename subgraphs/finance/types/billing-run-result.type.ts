import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../../shared/domain/money';
import { DateScalar } from '../../shared/graphql/scalars';
import { BillingRun } from '../entities/billing-run.entity';
import { Member } from '../entities/member.stub';
import { PriceModel } from '../entities/price-model.entity';
import { Service } from '../entities/service.stub';
import { ServiceSubscription } from '../entities/service-subscription.stub';

export enum BilledKind {
  MEMBERSHIP_FEE = 'MEMBERSHIP_FEE',
  SERVICE_CHARGE = 'SERVICE_CHARGE',
}

registerEnumType(BilledKind, {
  name: 'BilledKind',
  description: 'What a billing line is for.',
  valuesConfig: {
    MEMBERSHIP_FEE: { description: 'A membership fee (medlemsavgift).' },
    SERVICE_CHARGE: { description: 'A service charge (utdebitering) for one subscription.' },
  },
});

export enum LineStatus {
  NEW = 'NEW',
  UNCHANGED = 'UNCHANGED',
  ADJUSTED = 'ADJUSTED',
  MANUAL = 'MANUAL',
}

registerEnumType(LineStatus, {
  name: 'BillingLineStatus',
  description: 'How a computed line compares with what is recorded.',
  valuesConfig: {
    NEW: { description: 'Nothing recorded yet: the run writes the line.' },
    UNCHANGED: { description: 'Recorded as computed: the run writes nothing.' },
    ADJUSTED: { description: 'Recorded differently: the run writes an adjustment of the difference, never a rewrite.' },
    MANUAL: { description: 'Entered by hand: the run leaves it as it is.' },
  },
});

@ObjectType('BillingLine', { description: 'One fee or charge a billing run computed, how, and how it compares with what is recorded.' })
export class BillingLine {
  @Field(() => BilledKind, { description: 'Fee or charge.' })
  kind!: BilledKind;

  @Field(() => Member, { description: 'The member billed.' })
  member!: Member;

  @Field(() => Service, { nullable: true, description: 'The service charged for; null for a fee.' })
  service!: Service | null;

  @Field(() => ServiceSubscription, { nullable: true, description: 'The subscription charged for; null for a fee.' })
  subscription!: ServiceSubscription | null;

  @Field(() => PriceModel, { description: 'The model version that computed it.' })
  priceModel!: PriceModel;

  @Field(() => Int, { nullable: true, description: 'Inhabitants on the reference day; null for an organisation without.' })
  population!: number | null;

  @Field(() => DateScalar, { description: "The model's reference day for populations." })
  populationOn!: string;

  @Field(() => Int, { description: 'Days of the year billed (membership, or subscription while a member).' })
  days!: number;

  @Field(() => String, { nullable: true, description: 'The population band, when the model has bands.' })
  band!: string | null;

  @Field(() => String, { nullable: true, description: 'For a shared cost: weight × days over everyone\'s, e.g. "365/14600".' })
  share!: string | null;

  @Field(() => String, { nullable: true, description: "The member's agreement that overrode the model, if any." })
  agreement!: string | null;

  @Field(() => Money, { description: 'What the model (and agreement) gives for the year.' })
  amount!: Money;

  @Field(() => Money, { description: 'What is recorded now (fee or charge plus adjustments).' })
  recorded!: Money;

  @Field(() => Money, { description: 'Computed minus recorded: what an adjustment would add.' })
  difference!: Money;

  @Field(() => LineStatus, { description: 'New, unchanged, adjusted or left alone (manual).' })
  status!: LineStatus;
}

@ObjectType('BillingRunResult', { description: "A billing run's answer: every line with how it was computed, the totals, and what was (or would be) written." })
export class BillingRunResult {
  @Field(() => Int, { description: 'The year billed.' })
  year!: number;

  @Field(() => Boolean, { description: 'True when nothing was written.' })
  dryRun!: boolean;

  @Field(() => BillingRun, { nullable: true, description: 'The run recorded; null for a dry run or when nothing had changed.' })
  run!: BillingRun | null;

  @Field(() => Money, { description: 'The computed membership fees added up.' })
  membershipFees!: Money;

  @Field(() => Money, { description: 'The computed service charges added up.' })
  serviceCharges!: Money;

  @Field(() => Int, { description: 'How many fees, charges and adjustments were (or would be) written.' })
  written!: number;

  @Field(() => [BillingLine], { description: 'Every line, fees first.' })
  lines!: BillingLine[];
}
