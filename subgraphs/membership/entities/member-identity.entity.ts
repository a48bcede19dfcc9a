import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { type Period, periodExclusion } from '../../shared/domain/periods';
import { DataSource } from '../../shared/domain/source';
import type { ConstraintMeanings } from '../../shared/graphql/errors';
import { DateScalar } from '../../shared/graphql/scalars';
import { Timestamped } from '../../shared/graphql/timestamps';
import { MemberKind } from './member.entity';

/** A member's name and kind over a half-open period of days; a member's identities follow one another without overlapping. */
@Entity({ tableName: 'member_identity' })
@Check({ name: 'member_identity_period_check', expression: '"to" is null or "to" > "from"' })
@Index({
  name: 'member_identity_no_overlap',
  expression: periodExclusion('"membership"."member_identity"', 'member_identity_no_overlap', ['member_id']),
})
@ObjectType('MemberIdentity', {
  description:
    'What a member was called and what kind of organisation it was over a period: organisations are renamed and change kind (the county councils, ' +
    'landsting, became regions on 2019-01-01).',
})
export class MemberIdentity extends Timestamped implements Period {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the identity.' })
  id: string = randomUUID();

  @Property({ type: 'uuid', index: true })
  memberId!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'The official name over the period, e.g. "Jönköpings läns landsting".' })
  name!: string;

  @Enum({ items: () => MemberKind, type: 'text' })
  @Field(() => MemberKind, { description: 'The kind of organisation over the period.' })
  kind!: MemberKind;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'First day of the period; the first identity starts when the member joined.' })
  from!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'First day the name and kind no longer held (the next identity starts then); null while they hold.' })
  to: string | null = null;

  @Enum({ items: () => DataSource, type: 'text' })
  @Field(() => DataSource, { description: 'Where the identity comes from: the documents, a public fact (provenance names it), demonstration data or the API.' })
  source: Opt<DataSource> = DataSource.ENTERED;
}

export const MEMBER_IDENTITY_CONSTRAINTS: ConstraintMeanings = {
  member_identity_no_overlap: {
    field: 'on',
    message: "the member's name was changed at the same moment; read its identities and rename it again from their latest",
  },
};
