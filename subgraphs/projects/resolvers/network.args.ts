import { IsOptional, Length, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType, OrderInput } from '../../shared/graphql/pagination';
import { DateScalar } from '../../shared/graphql/scalars';
import { Network, NetworkStatus } from '../entities/network.entity';
import { CollaborationChangesInput, CollaborationFilter, CollaborationsArgs, type CollaborationWords, NewCollaborationInput } from './collaboration.args';

const NETWORK: CollaborationWords = {
  plural: 'networks',
  description: 'What the network does and with whom.',
  partnerFilter: 'Only networks where the partner of this name (exact, e.g. "Kivos") holds or held a role.',
};

@ObjectType('NetworkConnection', { description: 'A page of competence networks.' })
export class NetworkConnection extends ConnectionType(Network, 'The networks on this page, by name.') {}

export enum NetworkOrderField {
  NAME = 'name',
  STATUS = 'status',
  STARTED_ON = 'startedOn',
  REPORTED_PARTICIPANTS = 'reportedParticipants',
}

registerEnumType(NetworkOrderField, {
  name: 'NetworkOrderField',
  description: 'What networks can be sorted by.',
  valuesConfig: {
    NAME: { description: 'Name, in Swedish order.' },
    STATUS: { description: 'How alive the network is.' },
    STARTED_ON: { description: 'Day the network started.' },
    REPORTED_PARTICIPANTS: { description: 'People reported as taking part; networks without a report last.' },
  },
});

@InputType('NetworkOrder', { description: 'One sort key for networks.' })
export class NetworkOrder extends OrderInput(NetworkOrderField, 'NetworkOrderField') {}

@InputType('NetworkFilter', { description: 'Which networks to list; every condition given must hold (search also looks in the topic).' })
export class NetworkFilter extends CollaborationFilter {
  @Field(() => [NetworkStatus], { nullable: true, description: 'Only networks with one of these statuses.' })
  statusIn?: NetworkStatus[] | null;
}

@ArgsType()
export class NetworksArgs extends CollaborationsArgs(NETWORK, NetworkOrder) {
  @Field(() => NetworkFilter, { nullable: true, description: 'Conditions on the networks to list.' })
  @IsOptional()
  @ValidateNested()
  filter?: NetworkFilter | null;

  @Field(() => NetworkStatus, { nullable: true, description: 'Only networks with this status (as filter.statusIn with one status).' })
  status?: NetworkStatus | null;

  @Field(() => String, { nullable: true, description: 'Same as filter.search.' })
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
