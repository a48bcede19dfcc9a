import { randomUUID } from 'node:crypto';
import { Collection, Entity, Enum, OneToMany, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DataSource } from '../../shared/domain/source';
import type { ConstraintMeanings } from '../../shared/graphql/errors';
import { Timestamped } from '../../shared/graphql/timestamps';
import type { NetworkPartnerRole } from './network-partner-role.entity';
import type { ProjectPartnerRole } from './project-partner-role.entity';

export enum PartnerKind {
  AUTHORITY = 'AUTHORITY',
  ASSOCIATION = 'ASSOCIATION',
  COMPANY = 'COMPANY',
  FOUNDATION = 'FOUNDATION',
  UNIVERSITY = 'UNIVERSITY',
  NETWORK = 'NETWORK',
  OTHER = 'OTHER',
}

registerEnumType(PartnerKind, {
  name: 'PartnerKind',
  description: 'What kind of organisation a partner is.',
  valuesConfig: {
    AUTHORITY: { description: 'A state agency or other public authority (myndighet), e.g. Skolverket.' },
    ASSOCIATION: { description: 'An association or member organisation, e.g. OS2 or eSam.' },
    COMPANY: { description: 'A company, e.g. a supplier or a management partner.' },
    FOUNDATION: { description: 'A foundation, e.g. Internetstiftelsen.' },
    UNIVERSITY: { description: 'A university or university college.' },
    NETWORK: { description: 'A network of organisations without a legal form of its own, e.g. Kivos.' },
    OTHER: { description: 'Any other kind of organisation.' },
  },
});

@Entity({ tableName: 'partner' })
@ObjectType('Partner', {
  description: 'An organisation Sambruk works with on its services, projects, networks or events without it being a member (samarbetspartner).',
})
@Directive('@key(fields: "id")')
export class Partner extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the partner.' })
  id: string = randomUUID();

  @Property({ type: 'text', unique: true })
  @Field(() => String, { description: 'Name, e.g. "OS2" or "Resursen Sverige AB".' })
  name!: string;

  @Enum({ items: () => PartnerKind, type: 'text', index: true })
  @Field(() => PartnerKind, { description: 'What kind of organisation it is.' })
  kind!: PartnerKind;

  @Property({ type: 'text', nullable: true, unique: true })
  @Field(() => String, { nullable: true, description: 'Swedish organisation number (NNNNNN-NNNN) where known; null otherwise.' })
  organisationNumber: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Website (https URL) where known; null otherwise.' })
  website: string | null = null;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Who the partner is and what it does with Sambruk.' })
  description!: string;

  /** The member this organisation also is (SKR), owned by the membership subgraph: only its id is kept here. */
  @Property({ type: 'uuid', nullable: true, index: true })
  memberId: string | null = null;

  @Enum({ items: () => DataSource, type: 'text' })
  @Field(() => DataSource, { description: "Whether this record comes from Sambruk's documents, is demonstration data or was entered." })
  source: Opt<DataSource> = DataSource.ENTERED;

  /** Named, not imported: the roles' base class refers to this entity. */
  @OneToMany('ProjectPartnerRole', 'partner')
  projectRoles = new Collection<ProjectPartnerRole>(this);

  @OneToMany('NetworkPartnerRole', 'partner')
  networkRoles = new Collection<NetworkPartnerRole>(this);
}

/** The database's side of `checkPartnerUnique`, for a partner recorded at the same moment. */
export const PARTNER_CONSTRAINTS: ConstraintMeanings = {
  partner_name_unique: { field: 'input.name', message: 'another partner has this name (given at the same moment); choose another name' },
  partner_organisation_number_unique: {
    field: 'input.organisationNumber',
    message: 'another partner has this organisation number (given at the same moment); check the number',
  },
};
