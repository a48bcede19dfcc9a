import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { activeOn, coversDay } from '../../shared/domain/periods';
import type { RequestContext } from '../../shared/graphql/context';
import { FieldProvenance, provenanceOf } from '../../shared/graphql/provenance';
import { DateScalar } from '../../shared/graphql/scalars';
import { swedishOrder } from '../../shared/platform/collation';
import { BoardAssignment, BoardRole } from '../entities/board-assignment.entity';
import { BoardTerm } from '../entities/board-term.entity';
import { Member } from '../entities/member.entity';
import { boardAssignmentsByTerm, boardTermsById, membersById } from '../loaders';
import { Board } from '../types/board.type';

const SEAT_ORDER = Object.values(BoardRole);

/** Chair first, deputies last; by name within a role. */
export const inSeatOrder = (seats: BoardAssignment[]): BoardAssignment[] =>
  [...seats].sort((a, b) => SEAT_ORDER.indexOf(a.role) - SEAT_ORDER.indexOf(b.role) || swedishOrder(a.person, b.person));

/** Why `term` (the latest elected on or before `day`) does not cover the day, or null when it does. */
function uncovered(term: BoardTerm | null, day: string): string | null {
  if (!term) return `no recorded board was elected on or before ${day}`;
  if (term.endedOn !== null)
    return coversDay({ from: term.electedOn, to: term.endedOn }, day)
      ? null
      : `the board elected ${term.electedOn} left office on ${term.endedOn}, and no later board is recorded`;
  if (day <= term.lastRecordedOn) return null;
  return `no recorded board covers ${day}: the latest, elected ${term.electedOn}, is last recorded in office on ${term.lastRecordedOn} (it serves until: ${term.servesUntil})`;
}

@Resolver(() => BoardAssignment)
export class BoardAssignmentResolver {
  @Query(() => Board, {
    description:
      "Sambruk's board (styrelse) on a day (default today): the term in office and the seats held that day. A day no recorded board covers answers " +
      '`term: null`, no seats, and the reason in `uncovered` (not the latest board as if it were still in office).',
  })
  async board(
    @Arg('on', () => DateScalar, { nullable: true, description: 'The day; today when left out.' }) on: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Board> {
    const day = on ?? ctx.today;
    const term = await ctx.em.findOne(BoardTerm, { electedOn: { $lte: day } }, { orderBy: { electedOn: 'desc' } });
    const reason = uncovered(term, day);
    if (reason) return { on: day, term: null, seats: [], uncovered: reason };
    const seats = await ctx.em.find(BoardAssignment, { $and: [{ term: term! }, activeOn<BoardAssignment>(day)] });
    return { on: day, term, seats: inSeatOrder(seats), uncovered: null };
  }

  @FieldResolver(() => Member, { description: 'The member organisation the person comes from.' })
  async member(@Root() assignment: BoardAssignment, @Ctx() ctx: RequestContext): Promise<Member> {
    return (await membersById(ctx).load(assignment.member.id))!;
  }

  @FieldResolver(() => BoardTerm, { nullable: true, description: 'The board term the seat belongs to; null when not recorded.' })
  term(@Root() assignment: BoardAssignment, @Ctx() ctx: RequestContext): Promise<BoardTerm | null> {
    return assignment.term ? boardTermsById(ctx).load(assignment.term.id) : Promise.resolve(null);
  }

  @FieldResolver(() => [FieldProvenance], { description: 'Where fields of this seat come from when not all from the documents, e.g. an estimated end.' })
  provenance(@Root() assignment: BoardAssignment, @Ctx() ctx: RequestContext): Promise<FieldProvenance[]> {
    return provenanceOf(ctx).load(assignment.id);
  }
}

@Resolver(() => BoardTerm)
export class BoardTermResolver {
  @FieldResolver(() => [BoardAssignment], { description: 'Everyone elected to this board, including those who left early: chair first, deputies last.' })
  async seats(@Root() term: BoardTerm, @Ctx() ctx: RequestContext): Promise<BoardAssignment[]> {
    return inSeatOrder(await boardAssignmentsByTerm(ctx).load(term.id));
  }
}
