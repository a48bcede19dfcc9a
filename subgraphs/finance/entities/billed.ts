import { type Opt, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Timestamped } from '../../shared/graphql/timestamps';

export enum BillingOrigin {
  MANUAL = 'MANUAL',
  BILLING_RUN = 'BILLING_RUN',
}

registerEnumType(BillingOrigin, {
  name: 'BillingOrigin',
  description: 'How a fee or charge came about.',
  valuesConfig: {
    MANUAL: { description: 'Entered by hand, e.g. an agreement outside any model; billing runs leave it alone.' },
    BILLING_RUN: { description: 'Computed by a billing run from the model in force.' },
  },
});

/** What fees and charges record about the billing run that wrote them; adjustments follow the first row as sequence 1, 2 … */
@ObjectType()
export abstract class Billed extends Timestamped {
  @Property({ type: 'uuid', nullable: true })
  billingRunId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  priceModelId: string | null = null;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, { description: '0 for the fee or charge itself; 1, 2 … for adjustments a later billing run added (never a rewrite).' })
  sequence: Opt<number> = 0;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'How a billing run computed it: model version, population, days, share, agreement.' })
  computation: string | null = null;

  @Field(() => BillingOrigin, { description: 'Entered by hand or computed by a billing run.' })
  get origin(): Opt<BillingOrigin> {
    return this.billingRunId === null ? BillingOrigin.MANUAL : BillingOrigin.BILLING_RUN;
  }
}
