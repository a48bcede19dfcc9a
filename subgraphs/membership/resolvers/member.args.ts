import { ArrayMaxSize, IsOptional, Length, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateRange, IntRange, NodeFilter } from '../../shared/graphql/filters';
import { ConnectionType, ListArgs, OrderInput } from '../../shared/graphql/pagination';
import { DateScalar } from '../../shared/graphql/scalars';
import { Member, MemberKind } from '../entities/member.entity';

export enum MemberStatus {
  ACTIVE = 'ACTIVE',
  FORMER = 'FORMER',
  ADMITTED = 'ADMITTED',
}

registerEnumType(MemberStatus, {
  name: 'MemberStatus',
  description: 'Membership today, derived from joinedOn and leftOn.',
  valuesConfig: {
    ACTIVE: { description: 'A member today.' },
    FORMER: { description: 'Was a member; the membership has ended.' },
    ADMITTED: { description: 'Admitted, with a membership that starts on a later day.' },
  },
});

@ObjectType('MemberConnection', { description: 'A page of members.' })
export class MemberConnection extends ConnectionType(Member, 'The members on this page, by name.') {}

export enum MemberOrderField {
  NAME = 'name',
  KIND = 'kind',
  COUNTY = 'county',
  POPULATION = 'population',
  JOINED_ON = 'joinedOn',
  LEFT_ON = 'leftOn',
  ORGANISATION_NUMBER = 'organisationNumber',
}

registerEnumType(MemberOrderField, {
  name: 'MemberOrderField',
  description: 'What members can be sorted by.',
  valuesConfig: {
    NAME: { description: 'Official name (the latest recorded), in Swedish order.' },
    KIND: { description: 'Kind of organisation (the latest recorded).' },
    COUNTY: { description: 'County name, in Swedish order; members without one last.' },
    POPULATION: { description: 'Number of inhabitants; members without one last.' },
    JOINED_ON: { description: 'First day of membership.' },
    LEFT_ON: { description: 'Day the membership ended; members still in last.' },
    ORGANISATION_NUMBER: { description: 'Organisation number.' },
  },
});

@InputType('MemberOrder', { description: 'One sort key for members.' })
export class MemberOrder extends OrderInput(MemberOrderField, 'MemberOrderField') {}

@InputType('MemberFilter', { description: 'Which members to list; every condition given must hold.' })
export class MemberFilter extends NodeFilter {
  @Field(() => [MemberKind], { nullable: true, description: 'Only members of these kinds on the day of `activeOn`, else today.' })
  kindIn?: MemberKind[] | null;

  @Field(() => [MemberStatus], { nullable: true, description: 'Only members with one of these statuses today.' })
  statusIn?: MemberStatus[] | null;

  @Field(() => [String], { nullable: true, description: 'Only members in these counties, each a länskod ("12") or a name in any case ("skåne län").' })
  @IsOptional()
  @ArrayMaxSize(100)
  countyIn?: string[] | null;

  @Field(() => IntRange, { nullable: true, description: 'Only members whose population lies in this range (members without one are left out).' })
  @IsOptional()
  @ValidateNested()
  population?: IntRange | null;

  @Field(() => DateRange, { nullable: true, description: 'Only members that joined within these days.' })
  joinedOn?: DateRange | null;

  @Field(() => DateRange, { nullable: true, description: 'Only members whose membership ended within these days.' })
  leftOn?: DateRange | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only organisations that were members on this day.' })
  activeOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Text in the name (of the day of `activeOn`, else today) or the organisation number (case- and accent-insensitive: "malmo" finds Malmö).',
  })
  @IsOptional()
  @Length(1, 100)
  search?: string | null;
}

@ArgsType()
export class MembersArgs extends ListArgs(MemberOrder, 'By name') {
  @Field(() => MemberFilter, { nullable: true, description: 'Conditions on the members to list.' })
  @IsOptional()
  @ValidateNested()
  filter?: MemberFilter | null;

  @Field(() => String, { nullable: true, description: 'Same as filter.search.' })
  search?: string | null;

  @Field(() => MemberKind, { nullable: true, description: 'Only members of this kind (as filter.kindIn with one kind).' })
  kind?: MemberKind | null;

  @Field(() => String, { nullable: true, description: 'Only members in this county, e.g. "Skåne län" or "12" (as filter.countyIn with one county).' })
  county?: string | null;

  @Field(() => MemberStatus, { nullable: true, description: 'Only members with this status today (as filter.statusIn with one status).' })
  status?: MemberStatus | null;

  @Field(() => DateScalar, { nullable: true, description: 'Same as filter.activeOn.' })
  activeOn?: string | null;
}

@InputType({ description: 'A new member organisation.' })
export class AdmitMemberInput {
  @Field(() => String, { description: 'Official name.' })
  @Length(2, 200)
  name!: string;

  @Field(() => MemberKind, { description: 'Kind of organisation.' })
  kind!: MemberKind;

  @Field(() => String, { description: 'Organisation number NNNNNN-NNNN with a valid check digit.' })
  organisationNumber!: string;

  @Field(() => String, { nullable: true, description: 'County (län).' })
  @IsOptional()
  @Length(2, 100)
  county?: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of inhabitants.' })
  @IsOptional()
  @Min(0)
  population?: number | null;

  @Field(() => DateScalar, { description: 'First day of membership.' })
  joinedOn!: string;
}

@InputType({ description: 'Changes to a member; fields left out stay as they are.' })
export class UpdateMemberInput {
  @Field(() => String, { nullable: true, description: 'Official name.' })
  @IsOptional()
  @Length(2, 200)
  name?: string;

  @Field(() => MemberKind, { nullable: true, description: 'Kind of organisation.' })
  kind?: MemberKind;

  @Field(() => String, { nullable: true, description: 'Organisation number NNNNNN-NNNN.' })
  organisationNumber?: string;

  @Field(() => String, { nullable: true, description: 'County (län).' })
  @IsOptional()
  @Length(2, 100)
  county?: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of inhabitants.' })
  @IsOptional()
  @Min(0)
  population?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day of membership.' })
  joinedOn?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day the membership ended; null to reinstate.' })
  leftOn?: string | null;
}
