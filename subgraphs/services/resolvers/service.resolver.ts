import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PartnerRoleKind } from '../../shared/domain/partner-roles';
import { textSearch } from '../../shared/domain/search';
import { DataSource } from '../../shared/domain/source';
import { slug as slugOf } from '../../shared/domain/text';
import { Access, Restricted } from '../../shared/graphql/auth';
import { definedChanges } from '../../shared/graphql/changes';
import type { RequestContext } from '../../shared/graphql/context';
import { BadUserInputError } from '../../shared/graphql/errors';
import { allOf, oneOf, within } from '../../shared/graphql/filters';
import { findOrFail } from '../../shared/graphql/lookup';
import { findPage, SortDirection } from '../../shared/graphql/pagination';
import { DateScalar } from '../../shared/graphql/scalars';
import { Council } from '../entities/council.entity';
import { Integration } from '../entities/integration.entity';
import { Partner, partnerRef } from '../entities/partner.stub';
import { Service } from '../entities/service.entity';
import { ServicePartnerRole } from '../entities/service-partner-role.entity';
import { ServiceSubscription } from '../entities/service-subscription.entity';
import { councilsByService, integrationsByService, partnerRolesByService, servicesById, subscriptionsByService } from '../loaders';
import { checkServiceDates, checkServiceUnique, checkSubscriptionsWithin } from '../rules';
import { CreateServiceInput, ServiceConnection, ServiceOrderField, ServicesArgs, SLUG, UpdateServiceInput } from './service.args';

const SEARCHED = ['name', 'slug', 'description'];

function servicesFilter(args: ServicesArgs): FilterQuery<Service> {
  const filter = args.filter ?? {};
  return allOf<Service>(
    oneOf('id', filter.idIn),
    oneOf('status', filter.statusIn),
    args.status && { status: args.status },
    oneOf('area', filter.areaIn),
    args.area && { area: args.area },
    within('startedOn', filter.startedOn, 'filter.startedOn'),
    within('retiredOn', filter.retiredOn, 'filter.retiredOn'),
    textSearch(SEARCHED, filter.search),
    textSearch(SEARCHED, args.search),
  );
}

const SERVICES = { name: 'services', defaultOrder: [{ field: ServiceOrderField.NAME, direction: SortDirection.ASC }] };

@Resolver(() => Service)
export class ServiceResolver {
  @Query(() => Service, { nullable: true, description: 'One collaboration service by id or by slug (give exactly one); null when there is none.' })
  service(
    @Arg('id', () => ID, { nullable: true, description: "The service's id." }) id: string | undefined,
    @Arg('slug', () => String, { nullable: true, description: 'The service\'s slug, e.g. "bibblix".' }) slug: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<Service | null> {
    if (!id === !slug) throw new BadUserInputError(id ? 'slug' : 'id', 'give either id or slug, not both and not neither');
    return id ? servicesById(ctx).load(id) : ctx.em.findOne(Service, { slug });
  }

  @Query(() => ServiceConnection, { description: 'Collaboration services, filtered and paged, ordered by name.' })
  async services(@Args() args: ServicesArgs, @Ctx() ctx: RequestContext): Promise<ServiceConnection> {
    return findPage(ctx.em, Service, () => servicesFilter(args), args, SERVICES);
  }

  @FieldResolver(() => [ServicePartnerRole], { description: 'The roles partners hold or held on the service (management partner, developers, collaborators).' })
  partnerRoles(@Root() service: Service, @Ctx() ctx: RequestContext): Promise<ServicePartnerRole[]> {
    return partnerRolesByService(ctx).load(service.id);
  }

  @FieldResolver(() => Partner, {
    nullable: true,
    deprecationReason: 'Answered from partnerRoles (the MANAGEMENT role still held, else the last one); use partnerRoles, which also give the period.',
    description: 'The contracted management partner (förvaltningspartner) that runs the service; null where none is known.',
  })
  async partner(@Root() service: Service, @Ctx() ctx: RequestContext): Promise<Partner | null> {
    const managing = (await partnerRolesByService(ctx).load(service.id)).filter((role) => role.role === PartnerRoleKind.MANAGEMENT);
    const current = managing.find((role) => role.to === null) ?? managing.at(-1);
    return current ? partnerRef(current.partnerId) : null;
  }

  @FieldResolver(() => Council, { description: "The service's governance council (förvaltningsråd)." })
  async council(@Root() service: Service, @Ctx() ctx: RequestContext): Promise<Council> {
    return (await councilsByService(ctx).load(service.id))!;
  }

  @FieldResolver(() => [ServiceSubscription], { description: 'Who uses the service, oldest subscription first.' })
  subscriptions(
    @Root() service: Service,
    @Arg('activeOn', () => DateScalar, { nullable: true, description: 'Only subscriptions in use on this day; every subscription when left out.' }) activeOn:
      | string
      | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceSubscription[]> {
    return subscriptionsByService(ctx, activeOn ?? null).load(service.id);
  }

  @FieldResolver(() => [Integration], { description: 'How the service is integrated with other systems, by method.' })
  integrations(@Root() service: Service, @Ctx() ctx: RequestContext): Promise<Integration[]> {
    return integrationsByService(ctx).load(service.id);
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => Service, { description: 'Adds a collaboration service together with its (empty) governance council (admins).' })
  async createService(
    @Arg('input', () => CreateServiceInput, { description: 'The new service.' }) input: CreateServiceInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Service> {
    const service = {
      ...input,
      slug: input.slug ?? slugOf(input.name),
      retiredOn: input.retiredOn ?? null,
      licence: input.licence ?? null,
      variants: input.variants ?? [],
    };
    if (!SLUG.test(service.slug)) throw new BadUserInputError('input.slug', `no slug can be made from "${input.name}"; give one`);
    checkServiceDates(service, 'input.retiredOn');
    await checkServiceUnique(ctx.em, service.slug, service.name);
    const created = ctx.em.create(Service, { ...service, source: DataSource.ENTERED });
    ctx.em.create(Council, { service: created });
    await ctx.em.flush();
    return created;
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => Service, { description: 'Changes a collaboration service; fields left out stay as they are (admins).' })
  async updateService(
    @Arg('id', () => ID, { description: 'The service to change.' }) id: string,
    @Arg('input', () => UpdateServiceInput, { description: 'The changes.' }) input: UpdateServiceInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Service> {
    const service = await findOrFail(ctx.em, Service, id, 'id', 'service', 'update');
    const changes = definedChanges(input, ['retiredOn', 'licence']);
    const next = { ...service, ...changes };
    checkServiceDates(next, 'input.retiredOn');
    if (changes.slug !== undefined || changes.name !== undefined) await checkServiceUnique(ctx.em, next.slug, next.name, service.id);
    if (changes.startedOn !== undefined || changes.retiredOn !== undefined)
      await checkSubscriptionsWithin(ctx.em, service, { from: next.startedOn, to: next.retiredOn });
    ctx.em.assign(service, changes);
    await ctx.em.flush();
    return service;
  }
}
