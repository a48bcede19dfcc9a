import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType('Member', { description: 'An organisation that is, was or will be a member of Sambruk. Owned by the membership subgraph; finance adds what the member pays.' })
@Directive('@key(fields: "id")')
export class Member {
  @Field(() => ID, { description: 'Stable identifier of the member.' })
  id!: string;
}
