import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Member is owned by the membership subgraph; this subgraph only adds fields to it. */
@ObjectType('Member', { description: 'An organisation that is, was or will be a member of Sambruk.' })
@Directive('@key(fields: "id")')
export class Member {
  @Field(() => ID, { description: 'Stable identifier of the member.' })
  id!: string;
}

export const memberRef = (id: string): Member => ({ id });
