import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { countyCode, countyIn } from '../../shared/domain/counties';
import { membershipOf } from '../../shared/domain/member-facts';
import { municipalityCode } from '../../shared/domain/municipalities';
import { activeOn, coversDay } from '../../shared/domain/periods';
import { textSearch } from '../../shared/domain/search';
import { DataSource } from '../../shared/domain/source';
import { Access, Restricted } from '../../shared/graphql/auth';
import type { ChangeEvent } from '../../shared/graphql/change-feed';
import { definedChanges } from '../../shared/graphql/changes';
import type { RequestContext } from '../../shared/graphql/context';
import { ConflictError } from '../../shared/graphql/errors';
import { allOf, oneOf, within } from '../../shared/graphql/filters';
import { type ChannelLost, eventOf, followMember, type MemberChangesArgs } from '../../shared/graphql/live';
import { findOrFail } from '../../shared/graphql/lookup';
import { findPage, SortDirection } from '../../shared/graphql/pagination';
import { FieldProvenance, provenanceOf } from '../../shared/graphql/provenance';
import { DateScalar } from '../../shared/graphql/scalars';
import { BoardAssignment } from '../entities/board-assignment.entity';
import { Member } from '../entities/member.entity';
import { MemberIdentity } from '../entities/member-identity.entity';
import { Representative } from '../entities/representative.entity';
import { everyName, identityOn, kindOn } from '../identities';
import { boardAssignmentsByMember, membersById, representativesByMember } from '../loaders';
import { checkMembershipDates, checkOrganisationNumber, correctLatestIdentity } from '../rules';
import { AdmitMemberInput, MemberConnection, MemberOrderField, MemberStatus, MembersArgs, UpdateMemberInput } from './member.args';

const memberOn = (day: string) => activeOn<Member>(day, 'joinedOn', 'leftOn');

function statusFilter(status: MemberStatus, day: string): FilterQuery<Member> {
  if (status === MemberStatus.ACTIVE) return memberOn(day);
  if (status === MemberStatus.FORMER) return { leftOn: { $lte: day } };
  return { joinedOn: { $gt: day } };
}

const anyStatus = (statuses: MemberStatus[] | null | undefined, day: string): FilterQuery<Member> | null =>
  statuses ? { $or: statuses.map((status) => statusFilter(status, day)).concat({ id: { $in: [] } }) } : null;

const single = <V>(value: V | null | undefined) => (value == null ? null : [value]);

/** Kind and name are those the member had on the day asked with `activeOn`; without one, the kind of today and any name it has had. */
function membersFilter(args: MembersArgs, today: string): FilterQuery<Member> {
  const filter = args.filter ?? {};
  const activeOn = filter.activeOn ?? args.activeOn;
  const day = activeOn ?? today;
  const searched = [activeOn ? identityOn('name', activeOn) : everyName, 'organisation_number'];
  return allOf<Member>(
    oneOf('id', filter.idIn),
    kindOn(filter.kindIn, day),
    kindOn(single(args.kind), day),
    anyStatus(filter.statusIn, today),
    anyStatus(single(args.status), today),
    countyIn('county', filter.countyIn),
    countyIn('county', single(args.county)),
    within('population', filter.population, 'filter.population'),
    within('joinedOn', filter.joinedOn, 'filter.joinedOn'),
    within('leftOn', filter.leftOn, 'filter.leftOn'),
    filter.activeOn && memberOn(filter.activeOn),
    args.activeOn && memberOn(args.activeOn),
    textSearch(searched, filter.search),
    textSearch(searched, args.search),
  );
}

const MEMBERS = { name: 'members', defaultOrder: [{ field: MemberOrderField.NAME, direction: SortDirection.ASC }] };

@Resolver(() => Member)
export class MemberResolver {
  @Subscription(() => Member, {
    nullable: true,
    description:
      "The member each time a change to it commits (null once it no longer exists); with `after` (a cursor of membershipChanges), first the changes since then. Analysts, admins and the member's own users.",
    subscribe: ({ args, context }) =>
      followMember(context as RequestContext, 'membership', args as MemberChangesArgs, ['Member'], 'memberChanged', args.memberId),
  })
  memberChanged(
    @Arg('memberId', () => ID, { description: 'The member to follow.' }) _memberId: string,
    @Arg('after', () => String, { nullable: true, description: 'A change feed cursor: replay the changes after it first.' }) _after: string | null,
    @Root() event: ChangeEvent | ChannelLost,
    @Ctx() ctx: RequestContext,
  ): Promise<Member | null> {
    return ctx.em.fork().findOne(Member, { id: eventOf(event).entityId });
  }

  @Query(() => Member, { nullable: true, description: 'One member by id; null when there is none.' })
  member(@Arg('id', () => ID, { description: "The member's id." }) id: string, @Ctx() ctx: RequestContext): Promise<Member | null> {
    return membersById(ctx).load(id);
  }

  @Query(() => MemberConnection, { description: 'Members, filtered and paged, ordered by name.' })
  members(@Args() args: MembersArgs, @Ctx() ctx: RequestContext): Promise<MemberConnection> {
    return findPage(ctx.em, Member, () => membersFilter(args, ctx.today), args, MEMBERS);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The county\'s code at Statistics Sweden (länskod, two digits, e.g. "12" for Skåne län); null without a county the hub knows.',
  })
  countyCode(@Root() member: Member): string | null {
    return countyCode(member.county);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'For a municipality, its code at Statistics Sweden (kommunkod, four digits, e.g. "0182" for Nacka); null for other members and where the hub ' +
      'does not know the code for certain.',
  })
  municipalityCode(@Root() member: Member): string | null {
    return municipalityCode(member);
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

  @FieldResolver(() => [FieldProvenance], {
    description: 'For a member the documents name (source SEED): which of its fields they give, with their words, and which are demonstration values.',
  })
  provenance(@Root() member: Member, @Ctx() ctx: RequestContext): Promise<FieldProvenance[]> {
    return provenanceOf(ctx).load(member.id);
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => Member, { description: 'Admits a new member organisation (admins).' })
  async admitMember(
    @Arg('input', () => AdmitMemberInput, { description: 'The new member.' }) input: AdmitMemberInput,
    @Ctx() { em }: RequestContext,
  ): Promise<Member> {
    await checkOrganisationNumber(em, input.organisationNumber, 'input.organisationNumber');
    const member = em.create(Member, {
      ...input,
      county: input.county ?? null,
      population: input.population ?? null,
      leftOn: null,
      identityFrom: input.joinedOn,
      source: DataSource.ENTERED,
    });
    em.create(MemberIdentity, { memberId: member.id, name: input.name, kind: input.kind, from: input.joinedOn, to: null });
    await em.flush();
    return member;
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => Member, {
    description:
      "Changes a member's details; fields left out stay as they are. A name or kind given corrects its latest identity; renameMember records a change " +
      'of name or kind from a day (admins).',
  })
  async updateMember(
    @Arg('id', () => ID, { description: 'The member to change.' }) id: string,
    @Arg('input', () => UpdateMemberInput, { description: 'What to change.' }) input: UpdateMemberInput,
    @Ctx() { em }: RequestContext,
  ): Promise<Member> {
    const member = await findOrFail(em, Member, id, 'id', 'member', 'update');
    if (input.organisationNumber !== undefined) await checkOrganisationNumber(em, input.organisationNumber, 'input.organisationNumber', member.id);
    const changes = definedChanges(input, ['county', 'population', 'leftOn']);
    checkMembershipDates(changes.joinedOn ?? member.joinedOn, changes.leftOn === undefined ? member.leftOn : changes.leftOn, 'input.leftOn');
    em.assign(member, changes);
    if (changes.name !== undefined || changes.kind !== undefined) await correctLatestIdentity(em, member);
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
