import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { PartnerRoleKind } from '../../shared/domain/partner-roles';
import { periodExclusion } from '../../shared/domain/periods';
import { DataSource } from '../../shared/domain/source';
import type { ConstraintMeanings } from '../../shared/graphql/errors';
import { DateScalar } from '../../shared/graphql/scalars';
import { Timestamped } from '../../shared/graphql/timestamps';
import { Service } from './service.entity';

@Entity({ tableName: 'service_partner_role' })
@Index({
  name: 'service_partner_role_no_overlap',
  expression: periodExclusion('"services"."service_partner_role"', 'service_partner_role_no_overlap', ['service_id', 'partner_id', 'role']),
})
@ObjectType('ServicePartnerRole', { description: 'A role a partner holds on a collaboration service over a period, e.g. its management partner.' })
export class ServicePartnerRole extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the role.' })
  id: string = randomUUID();

  @ManyToOne(() => Service, { index: true, deleteRule: 'cascade' })
  service!: Rel<Service>;

  /** The partner, owned by the projects subgraph: only its id is kept here. */
  @Property({ type: 'uuid', index: true })
  partnerId!: string;

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

/** The database's side of the overlap check, for roles recorded at the same moment. */
export const SERVICE_PARTNER_ROLE_CONSTRAINTS: ConstraintMeanings = {
  service_partner_role_no_overlap: {
    field: 'input.partnerId',
    message:
      'the partner already holds this role on this service on some of these days (recorded at the same moment); end that role first ' +
      '(endServicePartnerRole) or choose other days',
  },
};
