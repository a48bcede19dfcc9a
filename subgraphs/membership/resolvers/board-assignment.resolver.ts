import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { activeOn } from '../../shared/domain/periods';
import type { RequestContext } from '../../shared/graphql/context';
import { DateScalar } from '../../shared/graphql/scalars';
import { BoardAssignment, BoardRole } from '../entities/board-assignment.entity';
import { Member } from '../entities/member.entity';
import { membersById } from '../loaders';

const SEAT_ORDER = Object.values(BoardRole);

@Resolver(() => BoardAssignment)
export class BoardAssignmentResolver {
  @Query(() => [BoardAssignment], { description: "Sambruk's board (styrelse) on a day (default today): chair first, deputies last." })
  async board(@Arg('on', () => DateScalar, { nullable: true, description: 'The day; today when left out.' }) on: string | null, @Ctx() ctx: RequestContext) {
    const day = on ?? ctx.today;
    const seats = await ctx.em.find(BoardAssignment, activeOn<BoardAssignment>(day), { orderBy: { person: 'asc' } });
    return seats.sort((a, b) => SEAT_ORDER.indexOf(a.role) - SEAT_ORDER.indexOf(b.role));
  }

  @FieldResolver(() => Member, { description: 'The member organisation the person comes from.' })
  async member(@Root() assignment: BoardAssignment, @Ctx() ctx: RequestContext): Promise<Member> {
    return (await membersById(ctx).load(assignment.member.id))!;
  }
}
