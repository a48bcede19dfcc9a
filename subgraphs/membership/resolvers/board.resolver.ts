import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../shared/context';
import { DateScalar, today } from '../../shared/scalars';
import { BoardAssignment } from '../entities/board-assignment.entity';
import { Member } from '../entities/member.entity';
import { membersById } from '../loaders';

@Resolver(() => BoardAssignment)
export class BoardResolver {
  @Query(() => [BoardAssignment], { description: 'Sambruk\'s board (styrelse) on a day (default today): chair first, deputies last.' })
  board(@Arg('on', () => DateScalar, { nullable: true, description: 'The day; today when left out.' }) on: string | null, @Ctx() ctx: RequestContext) {
    const day = on ?? today();
    return ctx.em.find(
      BoardAssignment,
      { from: { $lte: day }, $or: [{ to: null }, { to: { $gt: day } }] },
      { orderBy: { role: 'asc', person: 'asc' } },
    );
  }

  @FieldResolver(() => Member, { description: 'The member organisation the person comes from.' })
  async member(@Root() assignment: BoardAssignment, @Ctx() ctx: RequestContext): Promise<Member> {
    return (await membersById(ctx).load(assignment.member.id))!;
  }
}
