import { IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { NewPartnerRoleInput } from '../../shared/domain/partner-roles';

@InputType({ description: "A partner's role on a collaboration service." })
export class AddServicePartnerRoleInput extends NewPartnerRoleInput {
  @Field(() => ID, { description: 'The service.' })
  @IsUUID('all', { message: 'serviceId must be a service id (a UUID)' })
  serviceId!: string;
}
