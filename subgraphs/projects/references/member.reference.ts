import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The membership subgraph's Member, seen from here: only its key; this subgraph adds fields to it. */
@ObjectType('Member', { description: 'An organisation that is, was or will be a member of Sambruk.' })
@Directive('@key(fields: "id")')
export class Member {
  @Field(() => ID, { description: 'Stable identifier of the member.' })
  id!: string;
}

export const memberRef = (id: string): Member => ({ id });

/** A member representation needs no lookup here: its fields are loaded per field, batched. */
export function resolveMemberReference(reference: { id: string }): Member {
  return memberRef(reference.id);
}
