import { IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../../shared/graphql/scalars';

@InputType({ description: 'A member joining a competence network.' })
export class AddNetworkParticipantInput {
  @Field(() => ID, { description: 'The network.' })
  @IsUUID('all', { message: 'networkId must be a network id (a UUID)' })
  networkId!: string;

  @Field(() => ID, { description: 'The member; it must be a member of Sambruk for the whole participation.' })
  @IsUUID('all', { message: 'memberId must be a member id (a UUID)' })
  memberId!: string;

  @Field(() => DateScalar, { description: 'First day of the participation; not before the network started.' })
  from!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Day it ended (no longer taking part from this day), for a participation recorded afterwards; null while it goes on.',
  })
  to?: string | null;
}
