import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Money, money, oreType } from '../../shared/domain/money';
import { DataSource } from '../../shared/domain/source';
import type { ConstraintMeanings } from '../../shared/graphql/errors';
import { Billed } from './billed';
import { Member, memberRef } from './member.stub';

@Check({ expression: 'amount_ore >= 0 or sequence > 0' })
@Entity({ tableName: 'membership_fee' })
@Unique({ properties: ['memberId', 'year', 'sequence'] })
@ObjectType('MembershipFee', { description: 'What a member pays Sambruk for being a member during a year — membership fee (medlemsavgift).' })
export class MembershipFee extends Billed {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the fee.' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  memberId!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'The calendar year the fee is for.' })
  year!: number;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: "The fee model's population band the amount was set by, when known." })
  band: string | null = null;

  @Property({ type: oreType() })
  amountOre!: bigint;

  @Enum({ items: () => DataSource, type: 'text' })
  @Field(() => DataSource, { description: "Whether this record comes from Sambruk's documents, is demonstration data or was entered." })
  source: Opt<DataSource> = DataSource.ENTERED;

  @Field(() => Member, { description: 'The member that pays the fee.' })
  get member(): Opt<Member> {
    return memberRef(this.memberId);
  }

  @Field(() => Money, { description: 'The fee for the year.' })
  get amount(): Opt<Money> {
    return money(this.amountOre);
  }
}

/** The database's side of `checkNoFee`, for a fee recorded at the same moment. */
export const MEMBERSHIP_FEE_CONSTRAINTS: ConstraintMeanings = {
  membership_fee_member_id_year_sequence_unique: {
    field: 'input.year',
    message: 'a membership fee for this year was recorded for the member at the same moment; there is one membership fee per member and year',
  },
};
