import { IsOptional, Length, Min } from 'class-validator';
import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../shared/graphql/pagination';
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

@ArgsType()
export class MembersArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name or the organisation number (case-insensitive).' })
  search?: string | null;

  @Field(() => MemberKind, { nullable: true, description: 'Only members of this kind.' })
  kind?: MemberKind | null;

  @Field(() => String, { nullable: true, description: 'Only members in this county, e.g. "Skåne län".' })
  county?: string | null;

  @Field(() => MemberStatus, { nullable: true, description: 'Only members with this status today.' })
  status?: MemberStatus | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only organisations that were members on this day.' })
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
