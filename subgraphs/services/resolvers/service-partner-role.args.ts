import { IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { PartnerRoleKind } from '../../shared/domain/partner-roles';
import { DateScalar } from '../../shared/graphql/scalars';

@InputType({ description: "A partner's role on a collaboration service." })
export class AddServicePartnerRoleInput {
  @Field(() => ID, { description: 'The service.' })
  @IsUUID('all', { message: 'serviceId must be a service id (a UUID)' })
  serviceId!: string;

  @Field(() => ID, { description: 'The partner (see partners).' })
  @IsUUID('all', { message: 'partnerId must be a partner id (a UUID)' })
  partnerId!: string;

  @Field(() => PartnerRoleKind, { description: 'What the partner does, e.g. MANAGEMENT for the management partner.' })
  role!: PartnerRoleKind;

  @Field(() => DateScalar, { nullable: true, description: 'First day of the role; null when not known.' })
  from?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Day it ended (no longer held from this day), for a role recorded afterwards; null while it goes on.',
  })
  to?: string | null;
}
