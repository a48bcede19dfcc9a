import { IsOptional, Length, Min } from 'class-validator';
import { ArgsType, Field, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/graphql/pagination';
import { DateScalar } from '../../shared/graphql/scalars';
import { Network, NetworkStatus } from '../entities/network.entity';
import { CollaborationChangesInput, CollaborationsArgs, type CollaborationWords, NewCollaborationInput } from './collaboration.args';

const NETWORK: CollaborationWords = {
  plural: 'networks',
  description: 'What the network does and with whom.',
  partners: 'Partner organisations that are not members, e.g. "Kivos"; each named once.',
  partnerFilter: 'Only networks with this partner organisation, e.g. "Kivos" (exact name).',
};

@ObjectType('NetworkConnection', { description: 'A page of competence networks.' })
export class NetworkConnection extends ConnectionType(Network, 'The networks on this page, by name.') {}

@ArgsType()
export class NetworksArgs extends CollaborationsArgs(NETWORK) {
  @Field(() => NetworkStatus, { nullable: true, description: 'Only networks with this status.' })
  status?: NetworkStatus | null;

  @Field(() => String, { nullable: true, description: 'Part of the name or topic (case-insensitive).' })
  search?: string | null;
}

@InputType({ description: 'A new competence network.' })
export class CreateNetworkInput extends NewCollaborationInput(NETWORK) {
  @Field(() => String, { description: 'The topic in a few words.' })
  @Length(2, 200)
  topic!: string;

  @Field(() => NetworkStatus, { defaultValue: NetworkStatus.STARTING, description: 'How alive the network is; STARTING when left out.' })
  status: NetworkStatus = NetworkStatus.STARTING;

  @Field(() => DateScalar, { description: 'Day the network started.' })
  startedOn!: string;

  @Field(() => Int, { nullable: true, description: 'People reported as taking part, as a lower bound; null when not reported.' })
  @IsOptional()
  @Min(0)
  reportedParticipants?: number | null;
}

@InputType({ description: 'Changes to a network; fields left out stay as they are.' })
export class UpdateNetworkInput extends CollaborationChangesInput(NETWORK) {
  @Field(() => String, { nullable: true, description: 'The topic in a few words.' })
  @IsOptional()
  @Length(2, 200)
  topic?: string;

  @Field(() => NetworkStatus, { nullable: true, description: 'How alive the network is.' })
  status?: NetworkStatus;

  @Field(() => Int, { nullable: true, description: 'People reported as taking part, as a lower bound; null to clear.' })
  @IsOptional()
  @Min(0)
  reportedParticipants?: number | null;
}
