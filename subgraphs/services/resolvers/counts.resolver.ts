import { Args, ArgsType, Ctx, Field, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { checkHistoryYears } from '../../shared/domain/years';
import type { RequestContext } from '../../shared/graphql/context';
import { countPerYear, foldCounts } from '../../shared/graphql/counts';
import { fetchEntities } from '../../shared/graphql/peers';
import { YearRangeArgs } from '../../shared/graphql/year-args';
import { CouncilSeat } from '../entities/council-seat.entity';
import { Service } from '../entities/service.entity';
import { ServiceSubscription } from '../entities/service-subscription.entity';
import { councilsById, servicesById } from '../loaders';
import { CouncilSeatCountRow, SubscriptionCountDimension, SubscriptionCountRow } from '../types/counts.type';

@ArgsType()
class SubscriptionCountsArgs extends YearRangeArgs {
  @Field(() => [SubscriptionCountDimension], { defaultValue: [], description: 'What to group by besides the year; none gives one row per year.' })
  groupBy!: SubscriptionCountDimension[];
}

/** Counties of members, from the membership subgraph in one batched lookup. */
async function countiesOf(ctx: RequestContext, memberIds: string[]): Promise<Map<string, string | null>> {
  const members = await fetchEntities(ctx, 'membership', 'Member', memberIds, 'county');
  return new Map([...members].map(([id, member]) => [id, (member.county as string | null) ?? null]));
}

@Resolver(() => SubscriptionCountRow)
export class SubscriptionCountsResolver {
  @Query(() => [SubscriptionCountRow], {
    description:
      'How many subscriptions were active, began and ended in each year, optionally by service and by the members’ county; one row per year and group ' +
      'that had subscriptions. One SQL statement, plus one membership lookup for counties.',
  })
  async subscriptionCounts(@Args() { fromYear, toYear, groupBy }: SubscriptionCountsArgs, @Ctx() ctx: RequestContext): Promise<SubscriptionCountRow[]> {
    const range = checkHistoryYears(fromYear, toYear, ctx.today);
    const rows = await countPerYear(ctx.em, { entity: ServiceSubscription, from: 'from', to: 'to', groupBy: ['service', 'memberId'] }, range);
    const byService = groupBy.includes(SubscriptionCountDimension.SERVICE);
    const counties = groupBy.includes(SubscriptionCountDimension.COUNTY)
      ? await countiesOf(
          ctx,
          rows.map((row) => row.memberId!),
        )
      : null;
    const folded = foldCounts(
      rows,
      (row) => ({ serviceId: byService ? row.service : null, county: counties ? (counties.get(row.memberId!) ?? null) : null }),
      (row) => row.memberId!,
    );
    return folded.map((row) => Object.assign(new SubscriptionCountRow(), row));
  }

  @FieldResolver(() => Service, { nullable: true, description: 'The service, when grouped by SERVICE.' })
  service(@Root() row: SubscriptionCountRow, @Ctx() ctx: RequestContext): Promise<Service | null> | null {
    return row.serviceId ? servicesById(ctx).load(row.serviceId) : null;
  }
}

@Resolver(() => CouncilSeatCountRow)
export class CouncilSeatCountsResolver {
  @Query(() => [CouncilSeatCountRow], {
    description: 'How many council seats each service’s governance council had in each year (active, appointed, ended, at year end); one SQL statement.',
  })
  async councilSeatCounts(@Args() { fromYear, toYear }: YearRangeArgs, @Ctx() ctx: RequestContext): Promise<CouncilSeatCountRow[]> {
    const range = checkHistoryYears(fromYear, toYear, ctx.today);
    const rows = await countPerYear(ctx.em, { entity: CouncilSeat, from: 'from', to: 'to', groupBy: ['council', 'memberId'] }, range);
    return foldCounts(
      rows,
      (row) => ({ councilId: row.council! }),
      (row) => row.memberId!,
    ).map((row) => Object.assign(new CouncilSeatCountRow(), row));
  }

  @FieldResolver(() => Service, { description: 'The service whose council the seats are on.' })
  async service(@Root() row: CouncilSeatCountRow, @Ctx() ctx: RequestContext): Promise<Service | null> {
    const council = await councilsById(ctx).load(row.councilId);
    return council ? servicesById(ctx).load(council.service.id) : null;
  }
}
