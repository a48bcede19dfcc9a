import { randomUUID } from 'node:crypto';
import { Collection, Entity, Enum, OneToMany, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DataSource } from '../../shared/domain/source';
import { type MemberOwned, OWNER } from '../../shared/graphql/auth';
import type { ConstraintMeanings } from '../../shared/graphql/errors';
import { DateScalar } from '../../shared/graphql/scalars';
import { Timestamped } from '../../shared/graphql/timestamps';
import { BoardAssignment } from './board-assignment.entity';
import { Representative } from './representative.entity';

export enum MemberKind {
  MUNICIPALITY = 'MUNICIPALITY',
  REGION = 'REGION',
  COUNTY_COUNCIL = 'COUNTY_COUNCIL',
  MUNICIPAL_FEDERATION = 'MUNICIPAL_FEDERATION',
  ASSOCIATION = 'ASSOCIATION',
  OTHER = 'OTHER',
}

registerEnumType(MemberKind, {
  name: 'MemberKind',
  description: 'What kind of organisation a member is.',
  valuesConfig: {
    MUNICIPALITY: { description: 'A municipality (kommun).' },
    REGION: { description: 'A region (region): since 2019-01-01 what every county council is.' },
    COUNTY_COUNCIL: { description: 'A county council (landsting), the older form of a region: every one became a region on 2019-01-01.' },
    MUNICIPAL_FEDERATION: { description: 'A municipal federation (kommunalförbund).' },
    ASSOCIATION: { description: 'An association of public bodies, such as SKR (formerly SKL).' },
    OTHER: { description: 'Any other organisation.' },
  },
});

@Entity({ tableName: 'member' })
@ObjectType('Member', { description: 'An organisation that is, was or will be a member of Sambruk.' })
@Directive('@key(fields: "id")')
export class Member extends Timestamped implements MemberOwned {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the member.' })
  id: string = randomUUID();

  /** The name of the latest identity (MemberIdentity), kept here for sorting; the API answers the name as of a day. */
  @Property({ type: 'text' })
  name!: string;

  /** The kind of the latest identity, as `name`. */
  @Enum({ items: () => MemberKind, type: 'text' })
  kind!: MemberKind;

  /** First day of the latest identity: from then on `name` and `kind` answer for the day without reading the identities. */
  @Property({ type: 'date' })
  identityFrom!: string;

  @Property({ type: 'text', unique: true })
  @Field(() => String, { description: 'Swedish organisation number (organisationsnummer), NNNNNN-NNNN.' })
  organisationNumber!: string;

  @Property({ type: 'text', nullable: true, index: true })
  @Field(() => String, { nullable: true, description: 'County (län) the member belongs to; null for national bodies.' })
  county: string | null = null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Number of inhabitants the member serves, where known.' })
  population: number | null = null;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'First day of membership.' })
  joinedOn!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Day the membership ended (no longer a member from this day); null while a member.' })
  leftOn: string | null = null;

  @Enum({ items: () => DataSource, type: 'text' })
  @Field(() => DataSource, { description: "Whether this record comes from Sambruk's documents or is demonstration data." })
  source: Opt<DataSource> = DataSource.ENTERED;

  @OneToMany(
    () => Representative,
    (representative) => representative.member,
  )
  representatives = new Collection<Representative>(this);

  @OneToMany(
    () => BoardAssignment,
    (assignment) => assignment.member,
  )
  boardAssignments = new Collection<BoardAssignment>(this);

  get [OWNER](): string {
    return this.id;
  }
}

/** The database's side of `checkOrganisationNumber`, for a number given at the same moment. */
export const MEMBER_CONSTRAINTS: ConstraintMeanings = {
  member_organisation_number_unique: {
    field: 'input.organisationNumber',
    message: 'another member was given this organisation number at the same moment; check the number',
  },
};
