import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { organisationNumberProblem } from '../../shared/domain/organisation-number';
import type { PartnerRoleKind } from '../../shared/domain/partner-roles';
import { textSearch } from '../../shared/domain/search';
import { DataSource } from '../../shared/domain/source';
import { Access, Restricted } from '../../shared/graphql/auth';
import type { RequestContext } from '../../shared/graphql/context';
import { BadUserInputError, ConflictError } from '../../shared/graphql/errors';
import { allOf, oneOf } from '../../shared/graphql/filters';
import { findPage, SortDirection } from '../../shared/graphql/pagination';
import { fetchIdList } from '../../shared/graphql/peers';
import { FieldProvenance, provenanceOf } from '../../shared/graphql/provenance';
import { Event } from '../entities/event.entity';
import { Member, memberRef } from '../entities/member.stub';
import { NetworkPartnerRole } from '../entities/network-partner-role.entity';
import { Partner } from '../entities/partner.entity';
import { ProjectPartnerRole } from '../entities/project-partner-role.entity';
import { eventsByOrganiserPartner, networkRolesByPartner, partnersById, projectRolesByPartner } from '../loaders';
import { CreatePartnerInput, PartnerConnection, PartnerOrderField, PartnersArgs } from './partner.args';

/** Partners holding any of `roles` on a project or a network (here), or on a service (asked of the services subgraph). */
async function holdingRoles(ctx: RequestContext, roles: PartnerRoleKind[]): Promise<FilterQuery<Partner>> {
  const onServices = roles.length ? await fetchIdList(ctx, 'services', 'servicePartners', `roleIn: [${roles.join(', ')}]`) : [];
  const held = { role: { $in: roles } };
  return { $or: [{ projectRoles: { $some: held } }, { networkRoles: { $some: held } }, { id: { $in: onServices } }] };
}

async function partnersFilter(ctx: RequestContext, args: PartnersArgs): Promise<() => FilterQuery<Partner>> {
  const filter = args.filter ?? {};
  const roles = filter.roleIn ? await holdingRoles(ctx, filter.roleIn) : undefined;
  return () => allOf<Partner>(oneOf('id', filter.idIn), oneOf('kind', filter.kindIn), roles, textSearch(['name'], filter.search));
}

const PARTNERS = { name: 'partners', defaultOrder: [{ field: PartnerOrderField.NAME, direction: SortDirection.ASC }] };

async function checkPartnerUnique(ctx: RequestContext, input: CreatePartnerInput): Promise<void> {
  if (await ctx.em.count(Partner, { name: input.name })) throw new ConflictError('input.name', `a partner named "${input.name}" is already recorded`);
  if (!input.organisationNumber) return;
  const problem = organisationNumberProblem(input.organisationNumber);
  if (problem) throw new BadUserInputError('input.organisationNumber', problem);
  const holder = await ctx.em.findOne(Partner, { organisationNumber: input.organisationNumber });
  if (holder) throw new ConflictError('input.organisationNumber', `${holder.name} has the organisation number ${input.organisationNumber}`);
}

@Resolver(() => Partner)
export class PartnerResolver {
  @Query(() => Partner, { nullable: true, description: 'One partner by id; null when there is none.' })
  partner(@Arg('id', () => ID, { description: "The partner's id." }) id: string, @Ctx() ctx: RequestContext): Promise<Partner | null> {
    return partnersById(ctx).load(id);
  }

  @Query(() => PartnerConnection, { description: 'Partners (organisations Sambruk works with that are not members), filtered and paged, by name.' })
  async partners(@Args() args: PartnersArgs, @Ctx() ctx: RequestContext): Promise<PartnerConnection> {
    return findPage(ctx.em, Partner, await partnersFilter(ctx, args), args, PARTNERS);
  }

  @FieldResolver(() => Member, {
    nullable: true,
    description: 'The member this organisation also is (e.g. SKR); null for an organisation that is not a member.',
  })
  member(@Root() partner: Partner): Member | null {
    return partner.memberId ? memberRef(partner.memberId) : null;
  }

  @FieldResolver(() => [ProjectPartnerRole], { description: 'The roles the partner holds or held on projects, oldest first (unknown starts first).' })
  projectRoles(@Root() partner: Partner, @Ctx() ctx: RequestContext): Promise<ProjectPartnerRole[]> {
    return projectRolesByPartner(ctx).load(partner.id);
  }

  @FieldResolver(() => [NetworkPartnerRole], {
    description: 'The roles the partner holds or held on competence networks, oldest first (unknown starts first).',
  })
  networkRoles(@Root() partner: Partner, @Ctx() ctx: RequestContext): Promise<NetworkPartnerRole[]> {
    return networkRolesByPartner(ctx).load(partner.id);
  }

  @FieldResolver(() => [Event], { description: 'The events the partner organised, oldest first.' })
  organisedEvents(@Root() partner: Partner, @Ctx() ctx: RequestContext): Promise<Event[]> {
    return eventsByOrganiserPartner(ctx).load(partner.id);
  }

  @FieldResolver(() => [FieldProvenance], {
    description: 'For a partner the documents name (source SEED): where its name and kind come from (their words, or DEMO where they do not say).',
  })
  provenance(@Root() partner: Partner, @Ctx() ctx: RequestContext): Promise<FieldProvenance[]> {
    return provenanceOf(ctx).load(partner.id);
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => Partner, { description: 'Records a new partner (admins).' })
  async createPartner(
    @Arg('input', () => CreatePartnerInput, { description: 'The new partner.' }) input: CreatePartnerInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Partner> {
    await checkPartnerUnique(ctx, input);
    const partner = ctx.em.create(Partner, {
      ...input,
      organisationNumber: input.organisationNumber ?? null,
      website: input.website ?? null,
      source: DataSource.ENTERED,
    });
    await ctx.em.flush();
    return partner;
  }
}
