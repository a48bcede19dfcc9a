import { ArrayMaxSize, ArrayUnique, IsOptional, IsUUID, Length, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../shared/graphql/pagination';
import { DateScalar } from '../../shared/graphql/scalars';
import { Network, NetworkStatus } from '../entities/network.entity';

@ObjectType('NetworkConnection', { description: 'A page of competence networks.' })
export class NetworkConnection extends ConnectionType(Network, 'The networks on this page, by name.') {}

@ArgsType()
export class NetworksArgs extends PageArgs {
  @Field(() => NetworkStatus, { nullable: true, description: 'Only networks with this status.' })
  status?: NetworkStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only networks this member takes or took part in.' })
  @IsOptional()
  @IsUUID('all', { message: 'memberId must be a member id (a UUID)' })
  memberId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only networks with this partner organisation, e.g. "Kivos" (exact name).' })
  partner?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name or topic (case-insensitive).' })
  search?: string | null;
}

const partnersField = { description: 'Partner organisations that are not members, e.g. "Kivos"; each named once.' };
const reportedField = { description: 'People reported as taking part, as a lower bound; null when not reported.' };

@InputType({ description: 'A new competence network.' })
export class CreateNetworkInput {
  @Field(() => String, { description: 'Name, unique among networks.' })
  @Length(2, 200)
  name!: string;

  @Field(() => String, { description: 'The topic in a few words.' })
  @Length(2, 200)
  topic!: string;

  @Field(() => String, { description: 'What the network does and with whom.' })
  @Length(10, 5000)
  description!: string;

  @Field(() => NetworkStatus, { defaultValue: NetworkStatus.STARTING, description: 'How alive the network is; STARTING when left out.' })
  status: NetworkStatus = NetworkStatus.STARTING;

  @Field(() => DateScalar, { description: 'Day the network started.' })
  startedOn!: string;

  @Field(() => [String], { defaultValue: [], ...partnersField })
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Length(2, 100, { each: true })
  partners!: string[];

  @Field(() => Int, { nullable: true, ...reportedField })
  @IsOptional()
  @Min(0)
  reportedParticipants?: number | null;
}

@InputType({ description: 'Changes to a network; fields left out stay as they are.' })
export class UpdateNetworkInput {
  @Field(() => String, { nullable: true, description: 'Name, unique among networks.' })
  @IsOptional()
  @Length(2, 200)
  name?: string;

  @Field(() => String, { nullable: true, description: 'The topic in a few words.' })
  @IsOptional()
  @Length(2, 200)
  topic?: string;

  @Field(() => String, { nullable: true, description: 'What the network does and with whom.' })
  @IsOptional()
  @Length(10, 5000)
  description?: string;

  @Field(() => NetworkStatus, { nullable: true, description: 'How alive the network is.' })
  status?: NetworkStatus;

  @Field(() => [String], { nullable: true, ...partnersField })
  @IsOptional()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Length(2, 100, { each: true })
  partners?: string[];

  @Field(() => Int, { nullable: true, description: 'People reported as taking part, as a lower bound; null to clear.' })
  @IsOptional()
  @Min(0)
  reportedParticipants?: number | null;
}
