import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { definedChanges } from '../../shared/graphql/changes';
import { Access, Restricted } from '../../shared/graphql/auth';
import type { RequestContext } from '../../shared/graphql/context';
import { BadUserInputError } from '../../shared/graphql/errors';
import { findOrFail } from '../../shared/graphql/lookup';
import { DataSource } from '../../shared/domain/source';
import { slug as slugOf } from '../../shared/domain/text';
import { Council } from '../entities/council.entity';
import { ManagementPartner } from '../entities/management-partner.entity';
import { Service } from '../entities/service.entity';
import { checkServiceDates, checkServiceUnique, checkSubscriptionsWithin } from '../rules';
import { CreateServiceInput, SLUG, UpdateServiceInput } from './service.args';

function partnerOf(ctx: RequestContext, partnerId: string | null | undefined): Promise<ManagementPartner | null> | null {
  return partnerId ? findOrFail(ctx.em, ManagementPartner, partnerId, 'input.partnerId', 'management partner') : null;
}

@Resolver(() => Service)
export class ServiceAdminResolver {
  @Restricted(Access.ADMIN)
  @Mutation(() => Service, { description: 'Adds a collaboration service together with its (empty) governance council (admins).' })
  async createService(@Arg('input', () => CreateServiceInput, { description: 'The new service.' }) input: CreateServiceInput, @Ctx() ctx: RequestContext): Promise<Service> {
    const { partnerId, ...fields } = input;
    const service = { ...fields, slug: input.slug ?? slugOf(input.name), retiredOn: input.retiredOn ?? null, licence: input.licence ?? null, variants: input.variants ?? [] };
    if (!SLUG.test(service.slug)) throw new BadUserInputError('input.slug', `no slug can be made from "${input.name}"; give one`);
    checkServiceDates(service, 'input.retiredOn');
    await checkServiceUnique(ctx.em, service.slug, service.name);
    const created = ctx.em.create(Service, { ...service, partner: await partnerOf(ctx, partnerId), source: DataSource.ENTERED });
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
    const { partnerId, ...changes } = definedChanges(input, ['retiredOn', 'licence', 'partnerId']);
    const next = { ...service, ...changes };
    checkServiceDates(next, 'input.retiredOn');
    if (changes.slug !== undefined || changes.name !== undefined) await checkServiceUnique(ctx.em, next.slug, next.name, service.id);
    if (changes.startedOn !== undefined || changes.retiredOn !== undefined) await checkSubscriptionsWithin(ctx.em, service, { from: next.startedOn, to: next.retiredOn });
    const partner = partnerId === undefined ? {} : { partner: await partnerOf(ctx, partnerId) };
    ctx.em.assign(service, { ...changes, ...partner });
    await ctx.em.flush();
    return service;
  }
}
