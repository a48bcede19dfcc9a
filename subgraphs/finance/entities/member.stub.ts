import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { type MemberOwned, OWNER } from '../../shared/graphql/auth';

@ObjectType('Member', {
  description: 'An organisation that is, was or will be a member of Sambruk. Owned by the membership subgraph; finance adds what the member pays.',
})
@Directive('@key(fields: "id")')
export class Member implements MemberOwned {
  @Field(() => ID, { description: 'Stable identifier of the member.' })
  id!: string;

  get [OWNER](): string {
    return this.id;
  }
}

/** The member with this id, owning what finance adds to it; the id comes from finance's rows or a validated representation. */
export const memberRef = (id: string): Member => Object.assign(new Member(), { id });
