import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { OWNER, type MemberOwned } from '../../shared/auth';
import { Member, memberRef } from './member.stub';
import { Service } from './service.stub';

@ObjectType('ServiceSubscription', { description: 'A member\'s use of a collaboration service over a period. Owned by the services subgraph; finance adds what it costs.' })
@Directive('@key(fields: "id")')
export class Subscription implements MemberOwned {
  @Field(() => ID, { description: 'Stable identifier of the subscription.' })
  id!: string;

  @Field(() => Member, { description: 'The member that uses the service.' })
  @Directive('@external')
  member!: Member;

  @Field(() => Service, { description: 'The service used.' })
  @Directive('@external')
  service!: Service;

  /** Its member, as the validated representation names it; `cost` answers that member's charge, so it cannot reach another's. */
  get [OWNER](): string {
    return this.member.id;
  }
}

export const subscriptionRef = (id: string, memberId: string, serviceId: string): Subscription =>
  Object.assign(new Subscription(), { id, member: memberRef(memberId), service: { id: serviceId } });
