import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { membershipOf } from '../../shared/domain/member-facts';
import { activeOn, coversDay } from '../../shared/domain/periods';
import { containsPattern } from '../../shared/domain/search';
import { DataSource } from '../../shared/domain/source';
import { Access, Restricted } from '../../shared/graphql/auth';
import { definedChanges } from '../../shared/graphql/changes';
import type { RequestContext } from '../../shared/graphql/context';
import { ConflictError } from '../../shared/graphql/errors';
import { findOrFail } from '../../shared/graphql/lookup';
import { decodeCursor, toConnection } from '../../shared/graphql/pagination';
import { DateScalar } from '../../shared/graphql/scalars';
import { BoardAssignment } from '../entities/board-assignment.entity';
import { Member } from '../entities/member.entity';
import { Representative } from '../entities/representative.entity';
import { boardAssignmentsByMember, membersById, representativesByMember } from '../loaders';
import { checkMembershipDates, checkOrganisationNumber } from '../rules';
import { AdmitMemberInput, MemberConnection, MemberStatus, MembersArgs, UpdateMemberInput } from './member.args';

const memberOn = (day: string) => activeOn<Member>(day, 'joinedOn', 'leftOn');

function statusFilter(status: MemberStatus, day: string): FilterQuery<Member> {
  if (status === MemberStatus.ACTIVE) return memberOn(day);
  if (status === MemberStatus.FORMER) return { leftOn: { $lte: day } };
  return { joinedOn: { $gt: day } };
}

function membersFilter(args: MembersArgs, today: string): FilterQuery<Member> {
  const conditions: FilterQuery<Member>[] = [];
  if (args.search) {
    const pattern = containsPattern(args.search);
    conditions.push({ $or: [{ name: { $ilike: pattern } }, { organisationNumber: { $like: pattern } }] });
  }
  if (args.kind) conditions.push({ kind: args.kind });
  if (args.county) conditions.push({ county: args.county });
  if (args.status) conditions.push(statusFilter(args.status, today));
  if (args.activeOn) conditions.push(memberOn(args.activeOn));
  return conditions.length ? { $and: conditions } : {};
}

@Resolver(() => Member)
export class MemberResolver {
  @Query(() => Member, { nullable: true, description: 'One member by id; null when there is none.' })
  member(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Member | null> {
    return membersById(ctx).load(id);
  }

  @Query(() => MemberConnection, { description: 'Members, filtered and paged, ordered by name.' })
  async members(@Args() args: MembersArgs, @Ctx() ctx: RequestContext): Promise<MemberConnection> {
    const offset = decodeCursor(args.after);
    const [nodes, total] = await ctx.em.findAndCount(Member, membersFilter(args, ctx.today), {
      orderBy: { name: 'asc', id: 'asc' },
      limit: args.first,
      offset,
    });
    return toConnection(nodes, total, offset);
  }

  @FieldResolver(() => MemberStatus, { description: 'Membership today, derived from joinedOn and leftOn.' })
  status(@Root() member: Member, @Ctx() { today: day }: RequestContext): MemberStatus {
    if (coversDay(membershipOf(member), day)) return MemberStatus.ACTIVE;
    return member.joinedOn > day ? MemberStatus.ADMITTED : MemberStatus.FORMER;
  }

  @Restricted(Access.ANALYST, Access.OWN_MEMBER)
  @FieldResolver(() => [Representative], {
    nullable: true,
    description:
      "The member's formal representative and contacts (personal data): for admins, analysts and the member's own users; null with a FORBIDDEN error " +
      'for others.',
  })
  representatives(@Root() member: Member, @Ctx() ctx: RequestContext): Promise<Representative[]> {
    return representativesByMember(ctx).load(member.id);
  }

  @FieldResolver(() => [BoardAssignment], { description: 'Board seats held by people from this member, newest first.' })
  boardAssignments(@Root() member: Member, @Ctx() ctx: RequestContext): Promise<BoardAssignment[]> {
    return boardAssignmentsByMember(ctx).load(member.id);
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => Member, { description: 'Admits a new member organisation (admins).' })
  async admitMember(@Arg('input', () => AdmitMemberInput) input: AdmitMemberInput, @Ctx() { em }: RequestContext): Promise<Member> {
    await checkOrganisationNumber(em, input.organisationNumber, 'input.organisationNumber');
    const member = em.create(Member, {
      ...input,
      county: input.county ?? null,
      population: input.population ?? null,
      leftOn: null,
      source: DataSource.ENTERED,
    });
    await em.flush();
    return member;
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => Member, { description: "Changes a member's details; fields left out stay as they are (admins)." })
  async updateMember(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateMemberInput) input: UpdateMemberInput,
    @Ctx() { em }: RequestContext,
  ): Promise<Member> {
    const member = await findOrFail(em, Member, id, 'id', 'member', 'update');
    if (input.organisationNumber !== undefined) await checkOrganisationNumber(em, input.organisationNumber, 'input.organisationNumber', member.id);
    const changes = definedChanges(input, ['county', 'population', 'leftOn']);
    checkMembershipDates(changes.joinedOn ?? member.joinedOn, changes.leftOn === undefined ? member.leftOn : changes.leftOn, 'input.leftOn');
    em.assign(member, changes);
    await em.flush();
    return member;
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => Member, { description: 'Records that a member resigned: it is no longer a member from `on`, which becomes its leftOn (admins).' })
  async recordResignation(
    @Arg('id', () => ID, { description: 'The member that resigned.' }) id: string,
    @Arg('on', () => DateScalar, { description: 'First day the organisation is no longer a member; after it joined.' }) on: string,
    @Ctx() { em }: RequestContext,
  ): Promise<Member> {
    const member = await findOrFail(em, Member, id, 'id', 'member', 'update');
    if (member.leftOn !== null) throw new ConflictError('id', `${member.name} already left on ${member.leftOn}`);
    checkMembershipDates(member.joinedOn, on, 'on');
    member.leftOn = on;
    await em.flush();
    return member;
  }
}
