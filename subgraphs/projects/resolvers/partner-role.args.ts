import { IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { PartnerRoleKind } from '../../shared/domain/partner-roles';
import { DateScalar } from '../../shared/graphql/scalars';

/** What a new role of a partner on a project or a network is given alike. */
@InputType()
abstract class NewPartnerRole {
  @Field(() => ID, { description: 'The partner.' })
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

@InputType({ description: "A partner's role on a project." })
export class AddProjectPartnerRoleInput extends NewPartnerRole {
  @Field(() => ID, { description: 'The project.' })
  @IsUUID('all', { message: 'projectId must be a project id (a UUID)' })
  projectId!: string;
}

@InputType({ description: "A partner's role on a competence network." })
export class AddNetworkPartnerRoleInput extends NewPartnerRole {
  @Field(() => ID, { description: 'The network.' })
  @IsUUID('all', { message: 'networkId must be a network id (a UUID)' })
  networkId!: string;
}
