import { IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { NewPartnerRoleInput } from '../../shared/domain/partner-roles';

@InputType({ description: "A partner's role on a project." })
export class AddProjectPartnerRoleInput extends NewPartnerRoleInput {
  @Field(() => ID, { description: 'The project.' })
  @IsUUID('all', { message: 'projectId must be a project id (a UUID)' })
  projectId!: string;
}

@InputType({ description: "A partner's role on a competence network." })
export class AddNetworkPartnerRoleInput extends NewPartnerRoleInput {
  @Field(() => ID, { description: 'The network.' })
  @IsUUID('all', { message: 'networkId must be a network id (a UUID)' })
  networkId!: string;
}
