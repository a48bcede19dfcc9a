import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Money, money, oreType } from '../../shared/domain/money';
import { periodExclusion } from '../../shared/domain/periods';
import { DataSource } from '../../shared/domain/source';
import type { ConstraintMeanings } from '../../shared/graphql/errors';
import { DateScalar } from '../../shared/graphql/scalars';
import { Timestamped } from '../../shared/graphql/timestamps';
import { Member, memberRef } from './member.stub';
import { Service } from './service.stub';

@Check({
  expression:
    '(discount_percent is null) <> (fixed_ore is null) and (discount_percent is null or discount_percent between 0 and 100) and (fixed_ore is null or fixed_ore >= 0)',
})
@Index({
  name: 'member_agreement_no_overlap',
  expression: periodExclusion('"finance"."member_agreement"', 'member_agreement_no_overlap', ['subject', 'member_id']),
})
@Entity({ tableName: 'member_agreement' })
@ObjectType('MemberAgreement', {
  description: "A member's own terms for its membership fee or one service over a period, overriding the model: a discount or a fixed amount per year.",
})
export class MemberAgreement extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the agreement.' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  memberId!: string;

  /** As the price model's subject: "MEMBERSHIP_FEE" or "<serviceId>:" (every variant). */
  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'uuid', nullable: true })
  serviceId: string | null = null;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'First day in force.' })
  from!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'First day no longer in force; null until further notice.' })
  to: string | null = null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'A discount on what the model gives, in percent (0–100).' })
  discountPercent: number | null = null;

  @Property({ type: oreType(), nullable: true })
  fixedOre: bigint | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What was agreed, e.g. the decision.' })
  note: string | null = null;

  @Enum({ items: () => DataSource, type: 'text' })
  @Field(() => DataSource, { description: "Whether this record comes from Sambruk's documents, is demonstration data or was entered." })
  source: Opt<DataSource> = DataSource.ENTERED;

  @Field(() => Member, { description: 'The member it was agreed with.' })
  get member(): Opt<Member> {
    return memberRef(this.memberId);
  }

  @Field(() => Service, { nullable: true, description: 'The service it is for; null for the membership fee.' })
  get service(): Opt<Service> | null {
    return this.serviceId === null ? null : { id: this.serviceId };
  }

  @Field(() => Money, { nullable: true, description: 'A fixed amount per year in place of the model (pro rata by days).' })
  get fixed(): Opt<Money> | null {
    return this.fixedOre === null ? null : money(this.fixedOre);
  }
}

export const MEMBER_AGREEMENT_CONSTRAINTS: ConstraintMeanings = {
  member_agreement_no_overlap: {
    field: 'input.from',
    message: 'another agreement for this member and fee or service covering these days was recorded at the same moment; agreements may not overlap',
  },
};
