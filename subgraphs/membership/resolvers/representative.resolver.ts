import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Access, Restricted, requireAccess } from '../../shared/graphql/auth';
import { definedChanges } from '../../shared/graphql/changes';
import type { RequestContext } from '../../shared/graphql/context';
import { findOrFail } from '../../shared/graphql/lookup';
import { Member } from '../entities/member.entity';
import { Representative } from '../entities/representative.entity';
import { membersById } from '../loaders';
import { RepresentativeInput, UpdateRepresentativeInput } from './representative.args';

@Resolver(() => Representative)
export class RepresentativeResolver {
  @FieldResolver(() => Member, { description: 'The member this person represents.' })
  async member(@Root() representative: Representative, @Ctx() ctx: RequestContext): Promise<Member> {
    return (await membersById(ctx).load(representative.member.id))!;
  }

  @Restricted(Access.OWN_MEMBER)
  @Mutation(() => Representative, { description: "Adds a representative or contact to a member (admins, or the member's own users)." })
  async addRepresentative(
    @Arg('memberId', () => ID, { description: 'The member the representative acts for.' }) memberId: string,
    @Arg('input', () => RepresentativeInput, { description: 'The new representative.' }) input: RepresentativeInput,
    @Ctx() { em }: RequestContext,
  ): Promise<Representative> {
    const member = await findOrFail(em, Member, memberId, 'memberId', 'member');
    const representative = em.create(Representative, { member, name: input.name, role: input.role, email: input.email ?? null, phone: input.phone ?? null });
    await em.flush();
    return representative;
  }

  @Restricted(Access.MEMBER)
  @Mutation(() => Representative, { description: "Changes a representative's details (admins, or the member's own users)." })
  async updateRepresentative(
    @Arg('id', () => ID, { description: 'The representative to change.' }) id: string,
    @Arg('input', () => UpdateRepresentativeInput, { description: 'What to change.' }) input: UpdateRepresentativeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Representative> {
    const { em } = ctx;
    const representative = await findOrFail(em, Representative, id, 'id', 'representative');
    requireAccess(ctx, [Access.OWN_MEMBER], representative.member.id, 'changing this representative');
    em.assign(representative, definedChanges(input, ['email', 'phone']));
    await em.flush();
    return representative;
  }

  @Restricted(Access.MEMBER)
  @Mutation(() => ID, { description: "Removes a representative; answers the removed id (admins, or the member's own users)." })
  async removeRepresentative(@Arg('id', () => ID, { description: 'The representative to remove.' }) id: string, @Ctx() ctx: RequestContext): Promise<string> {
    const { em } = ctx;
    const representative = await findOrFail(em, Representative, id, 'id', 'representative');
    requireAccess(ctx, [Access.OWN_MEMBER], representative.member.id, 'removing this representative');
    await em.remove(representative).flush();
    return id;
  }
}
