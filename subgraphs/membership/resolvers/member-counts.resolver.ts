import { Args, ArgsType, Ctx, Field, Query, Resolver } from 'type-graphql';
import { checkHistoryYears } from '../../shared/domain/years';
import type { RequestContext } from '../../shared/graphql/context';
import { countPerYear } from '../../shared/graphql/counts';
import { YearRangeArgs } from '../../shared/graphql/year-args';
import { Member } from '../entities/member.entity';
import { identityColumnOn } from '../identities';
import { MemberCountDimension, MemberCountRow } from '../types/member-counts.type';

@ArgsType()
class MemberCountsArgs extends YearRangeArgs {
  @Field(() => [MemberCountDimension], { defaultValue: [], description: 'What to group by besides the year; none gives one row per year.' })
  groupBy!: MemberCountDimension[];
}

const PROPERTY = { [MemberCountDimension.MEMBER_KIND]: 'kind', [MemberCountDimension.COUNTY]: 'county' } as const;

@Resolver(() => MemberCountRow)
export class MemberCountsResolver {
  @Query(() => [MemberCountRow], {
    description:
      'How many members were active, joined and left in each year, optionally by kind (the kind in force on the last day of the year it was a member) ' +
      'and county; one row per year and group that had members.',
  })
  async memberCounts(@Args() { fromYear, toYear, groupBy }: MemberCountsArgs, @Ctx() ctx: RequestContext): Promise<MemberCountRow[]> {
    const range = checkHistoryYears(fromYear, toYear, ctx.today);
    const properties = [...new Set(groupBy)].map((dimension) => PROPERTY[dimension]);
    const kindThen = (alias: string, lastDay: string) => identityColumnOn('kind', alias, lastDay);
    const rows = await countPerYear(ctx.em, { entity: Member, from: 'joinedOn', to: 'leftOn', groupBy: properties, computed: { kind: kindThen } }, range);
    return rows.map((row) => Object.assign(new MemberCountRow(), { kind: null, county: null }, row));
  }
}
