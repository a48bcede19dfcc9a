import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType('ServiceSubscription', {
  description: "A member's use of a collaboration service over a period. Owned by the services subgraph; finance adds what it costs.",
})
@Directive('@key(fields: "id")')
export class ServiceSubscription {
  @Field(() => ID, { description: 'Stable identifier of the subscription.' })
  id!: string;
}
