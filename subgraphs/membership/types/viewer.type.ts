import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Member } from '../entities/member.entity';

export enum ViewerRole {
  ANONYMOUS = 'ANONYMOUS',
  MEMBER = 'MEMBER',
  ANALYST = 'ANALYST',
  ADMIN = 'ADMIN',
}

registerEnumType(ViewerRole, {
  name: 'ViewerRole',
  description: 'What the caller may see and do (see the README, "Who may see what").',
  valuesConfig: {
    ANONYMOUS: { description: 'No token: the public catalogue.' },
    MEMBER: { description: "A member organisation's user: the catalogue plus its own member's finance and contacts." },
    ANALYST: { description: 'Sambruk analyst: everything except contact details; changes nothing.' },
    ADMIN: { description: 'Administrator: everything, including the audit trails.' },
  },
});

@ObjectType('Viewer', { description: 'Who is asking, read from the verified token, so a dashboard needs nothing but its token.' })
export class Viewer {
  @Field(() => ViewerRole, { description: "The caller's role." })
  role!: ViewerRole;

  @Field(() => String, { nullable: true, description: "The token's subject (`sub`); null for anonymous callers." })
  subject!: string | null;

  /** The member a member user acts for; resolved by the field resolver. */
  memberId!: string | null;

  @Field(() => Member, { nullable: true, description: 'For a member user, the member organisation it acts for; null for every other role.' })
  member?: Member | null;
}
