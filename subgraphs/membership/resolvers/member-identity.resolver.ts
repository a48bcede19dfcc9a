import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { periodOn } from '../../shared/domain/periods';
import { Access, Restricted } from '../../shared/graphql/auth';
import type { RequestContext } from '../../shared/graphql/context';
import { findOrFail } from '../../shared/graphql/lookup';
import { FieldProvenance, provenanceOf } from '../../shared/graphql/provenance';
import { DateScalar } from '../../shared/graphql/scalars';
import { Member, MemberKind } from '../entities/member.entity';
import { MemberIdentity } from '../entities/member-identity.entity';
import { identitiesByMember } from '../loaders';
import { checkRename, identitiesOf } from '../rules';
import { RenameMemberArgs } from './member-identity.args';

/** The member's identity on `day`; a member without recorded identities is what its own columns say. */
async function identityOn(ctx: RequestContext, member: Member, day: string): Promise<MemberIdentity> {
  const found = periodOn(await identitiesByMember(ctx).load(member.id), day);
  return (
    found ?? Object.assign(new MemberIdentity(), { memberId: member.id, name: member.name, kind: member.kind, from: member.joinedOn, source: member.source })
  );
}

@Resolver(() => Member)
export class MemberIdentityResolver {
  @FieldResolver(() => String, { description: 'Official name today, e.g. "Nacka kommun"; `identity(on:)` tells it for another day.' })
  async name(@Root() member: Member, @Ctx() ctx: RequestContext): Promise<string> {
    return member.identityFrom <= ctx.today ? member.name : (await identityOn(ctx, member, ctx.today)).name;
  }

  @FieldResolver(() => MemberKind, { description: 'What kind of organisation the member is today; `identity(on:)` tells it for another day.' })
  async kind(@Root() member: Member, @Ctx() ctx: RequestContext): Promise<MemberKind> {
    return member.identityFrom <= ctx.today ? member.kind : (await identityOn(ctx, member, ctx.today)).kind;
  }

  @FieldResolver(() => MemberIdentity, { description: 'Name and kind on a day; before the member joined, those it joined with.' })
  identity(
    @Root() member: Member,
    @Arg('on', () => DateScalar, { description: 'The day, e.g. "2018-06-30".' }) on: string,
    @Ctx() ctx: RequestContext,
  ): Promise<MemberIdentity> {
    return identityOn(ctx, member, on);
  }

  @FieldResolver(() => [MemberIdentity], { description: "The member's names and kinds over time, oldest first." })
  identities(@Root() member: Member, @Ctx() ctx: RequestContext): Promise<MemberIdentity[]> {
    return identitiesByMember(ctx).load(member.id);
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => Member, {
    description:
      'Records that a member was renamed or changed kind: its current identity ends the day before `on` and a new one starts on `on`, so that ' +
      'names and kinds stay known for every day (admins).',
  })
  async renameMember(@Args() { id, name, kind, on }: RenameMemberArgs, @Ctx() { em }: RequestContext): Promise<Member> {
    const member = await findOrFail(em, Member, id, 'id', 'member', 'update');
    const current = (await identitiesOf(em, id)).at(-1);
    const next = { name, kind: kind ?? current?.kind ?? member.kind };
    checkRename(current, next, on);
    if (current) {
      current.to = on;
      await em.flush();
    }
    em.create(MemberIdentity, { memberId: id, ...next, from: on, to: null });
    em.assign(member, { ...next, identityFrom: on });
    await em.flush();
    return member;
  }
}

@Resolver(() => MemberIdentity)
export class MemberIdentityProvenanceResolver {
  @FieldResolver(() => [FieldProvenance], {
    description:
      'For an identity the seed holds: which of its fields the documents give (with their words), which are public facts and which are demonstration values.',
  })
  provenance(@Root() identity: MemberIdentity, @Ctx() ctx: RequestContext): Promise<FieldProvenance[]> {
    return provenanceOf(ctx).load(identity.id);
  }
}
