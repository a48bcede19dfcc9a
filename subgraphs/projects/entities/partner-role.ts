import { randomUUID } from 'node:crypto';
import { Enum, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { PartnerRoleKind } from '../../shared/domain/partner-roles';
import { DataSource } from '../../shared/domain/source';
import type { ConstraintMeanings } from '../../shared/graphql/errors';
import { DateScalar } from '../../shared/graphql/scalars';
import { Timestamped } from '../../shared/graphql/timestamps';
import { Partner } from './partner.entity';

/** What a partner's role on a project and on a network have alike: the partner, the role and a half-open period. */
@ObjectType()
export abstract class PartnerRole extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the role.' })
  id: string = randomUUID();

  @ManyToOne(() => Partner, { index: true, deleteRule: 'cascade' })
  partner!: Rel<Partner>;

  @Enum({ items: () => PartnerRoleKind, type: 'text' })
  @Field(() => PartnerRoleKind, { description: 'What the partner does.' })
  role!: PartnerRoleKind;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'First day of the role; null when not known (the documents often give none).' })
  from: string | null = null;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Day the role ended (no longer held from this day); null while it goes on or when not known.' })
  to: string | null = null;

  @Enum({ items: () => DataSource, type: 'text' })
  @Field(() => DataSource, { description: "Whether this record comes from Sambruk's documents, is demonstration data or was entered." })
  source: Opt<DataSource> = DataSource.ENTERED;
}

/** The database's side of the overlap check for a partner's roles on a project or a network, recorded at the same moment. */
export function partnerRoleConstraints(kind: 'project' | 'network'): ConstraintMeanings {
  const ending = kind === 'project' ? 'endProjectPartnerRole' : 'endNetworkPartnerRole';
  return {
    [`${kind}_partner_role_no_overlap`]: {
      field: 'input.partnerId',
      message: `the partner already holds this role on this ${kind} on some of these days (recorded at the same moment); end that role first (${ending}) or choose other days`,
    },
  };
}
