import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Access, type MemberOwned, OWNER, Restricted } from '../../shared/graphql/auth';
import { Timestamped } from '../../shared/graphql/timestamps';
import { Member } from './member.entity';

@Entity({ tableName: 'representative' })
@ObjectType('Representative', { description: 'A person who represents a member towards Sambruk (formal representative or contact). Personal data.' })
export class Representative extends Timestamped implements MemberOwned {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the representative.' })
  id: string = randomUUID();

  @ManyToOne(() => Member, { index: true, deleteRule: 'cascade' })
  member!: Rel<Member>;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Role towards Sambruk, e.g. "Formal representative" or "IT contact".' })
  role!: string;

  @Property({ type: 'text', nullable: true })
  @Restricted(Access.OWN_MEMBER)
  @Field(() => String, { nullable: true, description: "E-mail address. Only for the member's own users and admins." })
  email: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Restricted(Access.OWN_MEMBER)
  @Field(() => String, { nullable: true, description: "Phone number. Only for the member's own users and admins." })
  phone: string | null = null;

  get [OWNER](): string {
    return this.member.id;
  }
}
