import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Access, Restricted } from '../../shared/graphql/auth';
import type { RequestContext } from '../../shared/graphql/context';
import { Service } from '../entities/service.stub';
import { chargeSumByService, costsByService, modelsChargedByService } from '../loaders';
import { economyOf } from '../series';
import { ServiceEconomy } from '../types/service-economy.type';

@Resolver(() => Service)
export class ServiceFinanceResolver {
  @Restricted(Access.ANALYST)
  @FieldResolver(() => ServiceEconomy, {
    nullable: true,
    description: 'What the service charged its members and what it cost in a year, and whether the charges cover the costs. For analysts and admins.',
  })
  async economy(
    @Root() service: Service,
    @Arg('year', () => Int, { description: 'The calendar year.' }) year: number,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceEconomy> {
    const [charged, costLines, priceModels] = await Promise.all([
      chargeSumByService(ctx, year).load(service.id),
      costsByService(ctx, year).load(service.id),
      modelsChargedByService(ctx, year).load(service.id),
    ]);
    return { ...economyOf(year, charged, costLines), priceModels };
  }
}
