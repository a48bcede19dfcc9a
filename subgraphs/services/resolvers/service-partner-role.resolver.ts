import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { heldPeriod, PartnerRoleKind } from '../../shared/domain/partner-roles';
import { checkPeriod, overlaps } from '../../shared/domain/periods';
import { DataSource } from '../../shared/domain/source';
import { Access, Restricted } from '../../shared/graphql/auth';
import type { RequestContext } from '../../shared/graphql/context';
import { ConflictError, NotFoundError } from '../../shared/graphql/errors';
import { findOrFail } from '../../shared/graphql/lookup';
import { fetchEntities } from '../../shared/graphql/peers';
import { FieldProvenance, provenanceOf } from '../../shared/graphql/provenance';
import { DateScalar } from '../../shared/graphql/scalars';
import { takeTurns } from '../../shared/graphql/transaction';
import { Partner, partnerRef } from '../entities/partner.stub';
import { Service } from '../entities/service.entity';
import { ServicePartnerRole } from '../entities/service-partner-role.entity';
import { serviceRolesByPartner, servicesById } from '../loaders';
import { AddServicePartnerRoleInput } from './service-partner-role.args';

/** The partner's name, asked of the projects subgraph that owns partners; NOT_FOUND naming input.partnerId when it has none. */
async function requirePartnerName(ctx: RequestContext, partnerId: string): Promise<string> {
  const found = (await fetchEntities(ctx, 'projects', 'Partner', [partnerId], 'name')).get(partnerId);
  if (!found) throw new NotFoundError('partner', partnerId, 'input.partnerId');
  return String(found.name);
}

/** The partners holding or having held any of `roles` on some service, by id. */
async function partnersHolding(ctx: RequestContext, roles: PartnerRoleKind[]): Promise<Partner[]> {
  const held = await ctx.em.find(ServicePartnerRole, { role: { $in: roles } }, { fields: ['partnerId'], orderBy: { partnerId: 'asc' } });
  return [...new Set(held.map((role) => role.partnerId))].map(partnerRef);
}

@Resolver(() => ServicePartnerRole)
export class ServicePartnerRoleResolver {
  @Query(() => [Partner], { description: 'The partners that hold or held the MANAGEMENT role (förvaltningspartner) on some service.' })
  managementPartners(@Ctx() ctx: RequestContext): Promise<Partner[]> {
    return partnersHolding(ctx, [PartnerRoleKind.MANAGEMENT]);
  }

  @Query(() => [Partner], { description: 'The partners that hold or held any of these roles on some service, by id.' })
  servicePartners(
    @Arg('roleIn', () => [PartnerRoleKind], { description: 'The roles; a partner holding any of them counts.' }) roleIn: PartnerRoleKind[],
    @Ctx() ctx: RequestContext,
  ): Promise<Partner[]> {
    return partnersHolding(ctx, roleIn);
  }

  @FieldResolver(() => Service, { description: 'The service.' })
  async service(@Root() role: ServicePartnerRole, @Ctx() ctx: RequestContext): Promise<Service> {
    return (await servicesById(ctx).load(role.service.id))!;
  }

  @FieldResolver(() => Partner, { description: 'The partner.' })
  partner(@Root() role: ServicePartnerRole): Partner {
    return partnerRef(role.partnerId);
  }

  @FieldResolver(() => [FieldProvenance], { description: 'For a role the documents give (source SEED): the words that state it.' })
  provenance(@Root() role: ServicePartnerRole, @Ctx() ctx: RequestContext): Promise<FieldProvenance[]> {
    return provenanceOf(ctx).load(role.id);
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => ServicePartnerRole, {
    description: 'Records that a partner holds a role on a collaboration service, e.g. becomes its management partner (admins).',
  })
  async addServicePartnerRole(
    @Arg('input', () => AddServicePartnerRoleInput, { description: 'The role.' }) input: AddServicePartnerRoleInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ServicePartnerRole> {
    const service = await findOrFail(ctx.em, Service, input.serviceId, 'input.serviceId', 'service');
    const name = await requirePartnerName(ctx, input.partnerId);
    const held = { from: input.from ?? null, to: input.to ?? null };
    if (held.from && held.to) checkPeriod({ from: held.from, to: held.to }, 'input.to');
    await takeTurns(ctx.em, 'service-partner', service.id, input.partnerId);
    const existing = await ctx.em.find(ServicePartnerRole, { service, partnerId: input.partnerId, role: input.role });
    if (existing.some((other) => overlaps(heldPeriod(other), heldPeriod(held))))
      throw new ConflictError('input.partnerId', `${name} already holds the role ${input.role} on ${service.name}; end that role first or choose other days`);
    const role = ctx.em.create(ServicePartnerRole, { service, partnerId: input.partnerId, role: input.role, ...held, source: DataSource.ENTERED });
    await ctx.em.flush();
    return role;
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => ServicePartnerRole, { description: "Ends a partner's role on a service: it no longer holds it from `on` (admins)." })
  async endServicePartnerRole(
    @Arg('id', () => ID, { description: 'The role.' }) id: string,
    @Arg('on', () => DateScalar, { description: 'First day the partner no longer holds the role; after its first day.' }) on: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ServicePartnerRole> {
    const role = await findOrFail(ctx.em, ServicePartnerRole, id, 'id', 'partner role', 'update');
    if (role.to !== null) throw new ConflictError('id', `the role already ended on ${role.to}`);
    if (role.from) checkPeriod({ from: role.from, to: on }, 'on');
    role.to = on;
    await ctx.em.flush();
    return role;
  }
}

/** What the services subgraph adds to a partner: its roles on services. */
@Resolver(() => Partner)
export class PartnerResolver {
  @FieldResolver(() => [ServicePartnerRole], { description: 'The roles the partner holds or held on collaboration services, oldest first.' })
  serviceRoles(@Root() partner: Partner, @Ctx() ctx: RequestContext): Promise<ServicePartnerRole[]> {
    return serviceRolesByPartner(ctx).load(partner.id);
  }
}
