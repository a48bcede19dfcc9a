import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Access, Restricted, type Viewer } from '../../shared/graphql/auth';
import type { RequestContext } from '../../shared/graphql/context';
import { BadUserInputError } from '../../shared/graphql/errors';
import { isUuid } from '../../shared/graphql/lookup';
import { decodeCursor, toConnection } from '../../shared/graphql/pagination';
import { ServiceCharge } from '../entities/service-charge.entity';
import { costReport } from '../report';
import { CostGroupBy, CostReport } from '../types/cost-report.type';
import { ChargesArgs, ServiceChargeConnection } from './payment.args';

/** A member user sees only its own member's charges: asking for another member's finds none. */
function memberScope(memberId: string | null | undefined, viewer: Viewer): { memberId?: string | { $in: string[] } } {
  if (viewer.role !== 'member') return memberId != null ? { memberId } : {};
  return { memberId: memberId != null && memberId !== viewer.memberId ? { $in: [] } : viewer.memberId! };
}

function chargesFilter(args: ChargesArgs, viewer: Viewer): FilterQuery<ServiceCharge> {
  for (const field of ['memberId', 'serviceId'] as const) {
    const id = args[field];
    if (id != null && !isUuid(id)) throw new BadUserInputError(field, `"${id}" is not an id`);
  }
  return {
    ...(args.year != null && { year: args.year }),
    ...memberScope(args.memberId, viewer),
    ...(args.serviceId != null && { serviceId: args.serviceId }),
  };
}

@Resolver(() => ServiceCharge)
export class ChargeResolver {
  @Restricted(Access.ANALYST, Access.MEMBER)
  @Query(() => ServiceChargeConnection, { nullable: true, description: 'Service charges (utdebitering), filtered and paged, by year, then largest first. For analysts and admins; a member user sees only its own member\'s charges.' })
  async charges(@Args() args: ChargesArgs, @Ctx() { em, viewer }: RequestContext): Promise<ServiceChargeConnection> {
    const offset = decodeCursor(args.after);
    const [nodes, total] = await em.findAndCount(ServiceCharge, chargesFilter(args, viewer), { orderBy: { year: 'asc', amountOre: 'desc', id: 'asc' }, limit: args.first, offset });
    return toConnection(nodes, total, offset);
  }

  @Restricted(Access.ANALYST)
  @Query(() => CostReport, { nullable: true, description: 'What members paid Sambruk in a year (fees, service charges, project contributions), one row per group. For analysts and admins.' })
  costReport(
    @Arg('year', () => Int, { description: 'The calendar year.' }) year: number,
    @Arg('groupBy', () => CostGroupBy, { description: 'How to group the rows.' }) groupBy: CostGroupBy,
    @Ctx() ctx: RequestContext,
  ): Promise<CostReport> {
    return costReport(ctx, year, groupBy);
  }
}
