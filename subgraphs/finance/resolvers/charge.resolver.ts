import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../shared/context';
import { BadUserInputError } from '../../shared/errors';
import { isUuid } from '../../shared/lookup';
import { decodeCursor, toConnection } from '../../shared/pagination';
import { ServiceCharge } from '../entities/service-charge.entity';
import { costReport } from '../report';
import { CostGroupBy, CostReport } from '../types/cost-report.type';
import { ChargesArgs, ServiceChargeConnection } from './payment.args';

function chargesFilter(args: ChargesArgs): FilterQuery<ServiceCharge> {
  for (const field of ['memberId', 'serviceId'] as const) {
    const id = args[field];
    if (id != null && !isUuid(id)) throw new BadUserInputError(field, `"${id}" is not an id`);
  }
  return {
    ...(args.year != null && { year: args.year }),
    ...(args.memberId != null && { memberId: args.memberId }),
    ...(args.serviceId != null && { serviceId: args.serviceId }),
  };
}

@Resolver(() => ServiceCharge)
export class ChargeResolver {
  @Query(() => ServiceChargeConnection, { description: 'Service charges (utdebitering), filtered and paged, by year, then largest first.' })
  async charges(@Args() args: ChargesArgs, @Ctx() { em }: RequestContext): Promise<ServiceChargeConnection> {
    const offset = decodeCursor(args.after);
    const [nodes, total] = await em.findAndCount(ServiceCharge, chargesFilter(args), { orderBy: { year: 'asc', amountOre: 'desc', id: 'asc' }, limit: args.first, offset });
    return toConnection(nodes, total, offset);
  }

  @Query(() => CostReport, { description: 'What members paid Sambruk in a year (fees, service charges, project contributions), one row per group.' })
  costReport(
    @Arg('year', () => Int, { description: 'The calendar year.' }) year: number,
    @Arg('groupBy', () => CostGroupBy, { description: 'How to group the rows.' }) groupBy: CostGroupBy,
    @Ctx() ctx: RequestContext,
  ): Promise<CostReport> {
    return costReport(ctx, year, groupBy);
  }
}
