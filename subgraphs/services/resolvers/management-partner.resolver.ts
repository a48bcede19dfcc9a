import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../shared/graphql/context';
import { ManagementPartner } from '../entities/management-partner.entity';
import { Service } from '../entities/service.entity';
import { servicesByPartner } from '../loaders';

@Resolver(() => ManagementPartner)
export class ManagementPartnerResolver {
  @Query(() => [ManagementPartner], { description: 'Every management partner (förvaltningspartner), by name.' })
  managementPartners(@Ctx() ctx: RequestContext): Promise<ManagementPartner[]> {
    return ctx.em.find(ManagementPartner, {}, { orderBy: { name: 'asc' } });
  }

  @FieldResolver(() => [Service], { description: 'The services the partner runs, by name.' })
  services(@Root() partner: ManagementPartner, @Ctx() ctx: RequestContext): Promise<Service[]> {
    return servicesByPartner(ctx).load(partner.id);
  }
}
