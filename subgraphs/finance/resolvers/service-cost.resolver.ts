import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { parseAmount } from '../../shared/domain/money';
import { Access, Restricted } from '../../shared/graphql/auth';
import type { RequestContext } from '../../shared/graphql/context';
import { ServiceCost } from '../entities/service-cost.entity';
import { checkYear, requireService } from '../rules';
import { ServiceCostInput } from './service-cost.args';

@Resolver(() => ServiceCost)
export class ServiceCostResolver {
  @Restricted(Access.ADMIN)
  @Mutation(() => ServiceCost, { description: 'Records a cost a collaboration service had in a year (admins).' })
  async recordServiceCost(
    @Arg('input', () => ServiceCostInput, { description: 'The cost to record.' }) input: ServiceCostInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceCost> {
    checkYear(input.year, ctx.today, 'input.year');
    const amountOre = parseAmount(input.amount, 'input.amount');
    await requireService(ctx, input.serviceId, 'input.serviceId');
    const cost = ctx.em.create(ServiceCost, { serviceId: input.serviceId, year: input.year, category: input.category, amountOre, note: input.note ?? null });
    await ctx.em.flush();
    return cost;
  }
}
