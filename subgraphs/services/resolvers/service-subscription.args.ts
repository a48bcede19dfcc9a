import { ArrayMaxSize, IsOptional, IsUUID, Length, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DateRange, IdsField, NodeFilter } from '../../shared/graphql/filters';
import { ConnectionType, ListArgs, OrderInput } from '../../shared/graphql/pagination';
import { DateScalar } from '../../shared/graphql/scalars';
import { ServiceSubscription } from '../entities/service-subscription.entity';

@ObjectType('SubscriptionConnection', { description: 'A page of subscriptions.' })
export class SubscriptionConnection extends ConnectionType(ServiceSubscription, 'The subscriptions on this page, oldest first.') {}

export enum SubscriptionOrderField {
  FROM = 'from',
  TO = 'to',
  VARIANT = 'variant',
  MEMBER_ID = 'memberId',
}

registerEnumType(SubscriptionOrderField, {
  name: 'SubscriptionOrderField',
  description: 'What subscriptions can be sorted by.',
  valuesConfig: {
    FROM: { description: 'First day of use.' },
    TO: { description: 'Day the use ends; subscriptions until further notice last.' },
    VARIANT: { description: 'The variant used; subscriptions without one last.' },
    MEMBER_ID: { description: "The member's id (groups a member's subscriptions together)." },
  },
});

@InputType('SubscriptionOrder', { description: 'One sort key for subscriptions.' })
export class SubscriptionOrder extends OrderInput(SubscriptionOrderField, 'SubscriptionOrderField') {}

@InputType('SubscriptionFilter', { description: 'Which subscriptions to list; every condition given must hold.' })
export class SubscriptionFilter extends NodeFilter {
  @IdsField('Only subscriptions to these services.')
  serviceIdIn?: string[] | null;

  @IdsField('Only subscriptions of these members.')
  memberIdIn?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only subscriptions to these variants, e.g. ["XL"].' })
  @IsOptional()
  @ArrayMaxSize(20)
  variantIn?: string[] | null;

  @Field(() => DateRange, { nullable: true, description: 'Only subscriptions whose first day of use lies within these days.' })
  from?: DateRange | null;

  @Field(() => DateRange, { nullable: true, description: 'Only subscriptions whose use ended (to) within these days.' })
  to?: DateRange | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only subscriptions in use on this day.' })
  activeOn?: string | null;
}

@ArgsType()
export class SubscriptionsArgs extends ListArgs(SubscriptionOrder, 'Oldest first (by from)') {
  @Field(() => SubscriptionFilter, { nullable: true, description: 'Conditions on the subscriptions to list.' })
  @IsOptional()
  @ValidateNested()
  filter?: SubscriptionFilter | null;

  @Field(() => ID, { nullable: true, description: 'Only subscriptions to this service (as filter.serviceIdIn with one id).' })
  @IsOptional()
  @IsUUID()
  serviceId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only subscriptions of this member (as filter.memberIdIn with one id).' })
  @IsOptional()
  @IsUUID()
  memberId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Same as filter.activeOn.' })
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
