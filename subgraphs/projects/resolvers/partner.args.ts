import { IsOptional, IsUrl, Length, Matches, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { PartnerRoleKind } from '../../shared/domain/partner-roles';
import { NodeFilter } from '../../shared/graphql/filters';
import { ConnectionType, ListArgs, OrderInput } from '../../shared/graphql/pagination';
import { Partner, PartnerKind } from '../entities/partner.entity';

@ObjectType('PartnerConnection', { description: 'A page of partners.' })
export class PartnerConnection extends ConnectionType(Partner, 'The partners on this page, by name.') {}

export enum PartnerOrderField {
  NAME = 'name',
  KIND = 'kind',
}

registerEnumType(PartnerOrderField, {
  name: 'PartnerOrderField',
  description: 'What partners can be sorted by.',
  valuesConfig: {
    NAME: { description: 'Name, in Swedish order.' },
    KIND: { description: 'Kind of organisation.' },
  },
});

@InputType('PartnerOrder', { description: 'One sort key for partners.' })
export class PartnerOrder extends OrderInput(PartnerOrderField, 'PartnerOrderField') {}

@InputType('PartnerFilter', { description: 'Which partners to list; every condition given must hold.' })
export class PartnerFilter extends NodeFilter {
  @Field(() => [PartnerKind], { nullable: true, description: 'Only partners of these kinds.' })
  kindIn?: PartnerKind[] | null;

  @Field(() => [PartnerRoleKind], { nullable: true, description: 'Only partners that hold or held any of these roles on a project, a network or a service.' })
  roleIn?: PartnerRoleKind[] | null;

  @Field(() => String, { nullable: true, description: 'Text in the name (case- and accent-insensitive).' })
  @IsOptional()
  @Length(1, 100)
  search?: string | null;
}

@ArgsType()
export class PartnersArgs extends ListArgs(PartnerOrder, 'By name') {
  @Field(() => PartnerFilter, { nullable: true, description: 'Conditions on the partners to list.' })
  @IsOptional()
  @ValidateNested()
  filter?: PartnerFilter | null;
}

const ORGANISATION_NUMBER = /^\d{6}-\d{4}$/;

@InputType({ description: 'A new partner: an organisation Sambruk works with that is not a member.' })
export class CreatePartnerInput {
  @Field(() => String, { description: 'Name, unique among partners.' })
  @Length(2, 200)
  name!: string;

  @Field(() => PartnerKind, { description: 'What kind of organisation it is.' })
  kind!: PartnerKind;

  @Field(() => String, { nullable: true, description: 'Swedish organisation number NNNNNN-NNNN with a valid check digit; null when not known or foreign.' })
  @IsOptional()
  @Matches(ORGANISATION_NUMBER, { message: 'organisationNumber must be written NNNNNN-NNNN, e.g. 202100-5489' })
  organisationNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Website, an https URL; null when not known.' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'website must be an https URL, e.g. https://www.skolverket.se' })
  website?: string | null;

  @Field(() => String, { description: 'Who the partner is and what it does with Sambruk.' })
  @Length(10, 2000)
  description!: string;
}
