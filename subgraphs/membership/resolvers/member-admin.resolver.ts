import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Access, Restricted } from '../../shared/graphql/auth';
import { definedChanges } from '../../shared/graphql/changes';
import type { RequestContext } from '../../shared/graphql/context';
import { ConflictError } from '../../shared/graphql/errors';
import { findOrFail } from '../../shared/graphql/lookup';
import { DateScalar } from '../../shared/graphql/scalars';
import { DataSource } from '../../shared/domain/source';
import { Member } from '../entities/member.entity';
import { checkMembershipDates, checkOrganisationNumber } from '../rules';
import { AdmitMemberInput, UpdateMemberInput } from './member.args';

@Resolver(() => Member)
export class MemberAdminResolver {
  @Restricted(Access.ADMIN)
  @Mutation(() => Member, { description: 'Admits a new member organisation (admins).' })
  async admitMember(@Arg('input', () => AdmitMemberInput) input: AdmitMemberInput, @Ctx() { em }: RequestContext): Promise<Member> {
    await checkOrganisationNumber(em, input.organisationNumber, 'input.organisationNumber');
    const member = em.create(Member, { ...input, county: input.county ?? null, population: input.population ?? null, leftOn: null, source: DataSource.ENTERED });
    await em.flush();
    return member;
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => Member, { description: 'Changes a member\'s details; fields left out stay as they are (admins).' })
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
