import { randomUUID } from 'node:crypto';
import { Enum, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { IsUUID } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import type { ConstraintMeanings } from '../graphql/errors';
import { DateScalar } from '../graphql/scalars';
import { Timestamped } from '../graphql/timestamps';
import { DataSource } from './source';

/** What a partner (an organisation that is not a member) does on a service, project or network; the same in every subgraph. */
export enum PartnerRoleKind {
  MANAGEMENT = 'MANAGEMENT',
  SUPPLIER = 'SUPPLIER',
  DEVELOPER = 'DEVELOPER',
  FUNDER = 'FUNDER',
  COLLABORATOR = 'COLLABORATOR',
  PARTICIPANT = 'PARTICIPANT',
}

registerEnumType(PartnerRoleKind, {
  name: 'PartnerRoleKind',
  description: 'What a partner does on a service, project or network.',
  valuesConfig: {
    MANAGEMENT: { description: 'Contracted to run and develop it (förvaltningspartner).' },
    SUPPLIER: { description: 'Supplies software or services to it (leverantör).' },
    DEVELOPER: { description: 'Built the solution it is about, e.g. OS2 for Kravmotor.' },
    FUNDER: { description: 'Funds it, e.g. a grant.' },
    COLLABORATOR: { description: 'Works on it together with Sambruk (samverkanspart).' },
    PARTICIPANT: { description: 'Takes part in it.' },
  },
});

/** A role whose first day is not known counts as held since ever. */
const SINCE_EVER = '0001-01-01';

/** A role's days as a period, an unknown first day counting as since ever. */
export const heldPeriod = (role: { from: string | null; to: string | null }) => ({ from: role.from ?? SINCE_EVER, to: role.to });

/** What every partner role holds, whichever subgraph owns the service, project or network it is on: the role, a half-open period and its source. */
@ObjectType()
export abstract class PartnerRoleRecord extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the role.' })
  id: string = randomUUID();

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

/** What a new role of a partner is given on a service, a project or a network alike. */
@InputType()
export abstract class NewPartnerRoleInput {
  @Field(() => ID, { description: 'The partner (see partners).' })
  @IsUUID('all', { message: 'partnerId must be a partner id (a UUID)' })
  partnerId!: string;

  @Field(() => PartnerRoleKind, { description: 'What the partner does.' })
  role!: PartnerRoleKind;

  @Field(() => DateScalar, { nullable: true, description: 'First day of the role; null when not known.' })
  from?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Day it ended (no longer held from this day), for a role recorded afterwards; null while it goes on.',
  })
  to?: string | null;
}

/** The database's side of the overlap check for a partner's roles on one kind of thing, for roles recorded at the same moment. */
export function partnerRoleConstraints(owner: 'service' | 'project' | 'network'): ConstraintMeanings {
  const ending = `end${owner[0].toUpperCase()}${owner.slice(1)}PartnerRole`;
  return {
    [`${owner}_partner_role_no_overlap`]: {
      field: 'input.partnerId',
      message: `the partner already holds this role on this ${owner} on some of these days (recorded at the same moment); end that role first (${ending}) or choose other days`,
    },
  };
}
