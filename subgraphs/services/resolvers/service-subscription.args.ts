import { IsOptional, IsUUID, Length } from 'class-validator';
import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../shared/graphql/pagination';
import { DateScalar } from '../../shared/graphql/scalars';
import { ServiceSubscription } from '../entities/service-subscription.entity';

@ObjectType('SubscriptionConnection', { description: 'A page of subscriptions.' })
export class SubscriptionConnection extends ConnectionType(ServiceSubscription, 'The subscriptions on this page, oldest first.') {}

@ArgsType()
export class SubscriptionsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only subscriptions to this service.' })
  @IsOptional()
  @IsUUID()
  serviceId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only subscriptions of this member.' })
  @IsOptional()
  @IsUUID()
  memberId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only subscriptions in use on this day.' })
  activeOn?: string | null;
}

@InputType({ description: 'A member starting to use a collaboration service.' })
export class SubscribeMemberInput {
  @Field(() => ID, { description: 'The service.' })
  @IsUUID()
  serviceId!: string;

  @Field(() => ID, { description: 'The member (checked with the membership subgraph).' })
  @IsUUID()
  memberId!: string;

  @Field(() => String, { nullable: true, description: 'The variant, required for a service offered in variants (e.g. "Classic" or "XL").' })
  @IsOptional()
  @Length(1, 50)
  variant?: string | null;

  @Field(() => DateScalar, { description: "First day of use; within the member's membership and the service's lifetime." })
  from!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day the use ends (not used from this day), after `from`; null until further notice.' })
  to?: string | null;
}
