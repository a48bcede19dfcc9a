import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Member } from './member.stub';
import { Service } from './service.stub';

@ObjectType('ServiceSubscription', { description: 'A member\'s use of a collaboration service over a period. Owned by the services subgraph; finance adds what it costs.' })
@Directive('@key(fields: "id")')
export class Subscription {
  @Field(() => ID, { description: 'Stable identifier of the subscription.' })
  id!: string;

  @Field(() => Member, { description: 'The member that uses the service.' })
  @Directive('@external')
  member!: Member;

  @Field(() => Service, { description: 'The service used.' })
  @Directive('@external')
  service!: Service;
}
