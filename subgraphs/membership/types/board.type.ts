import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../../shared/graphql/scalars';
import { BoardAssignment } from '../entities/board-assignment.entity';
import { BoardTerm } from '../entities/board-term.entity';

@ObjectType('Board', {
  description: "Sambruk's board (styrelse) on one day: the term in office and the seats held that day, or why no recorded board covers the day.",
})
export class Board {
  @Field(() => DateScalar, { description: 'The day asked about.' })
  on!: string;

  @Field(() => BoardTerm, { nullable: true, description: 'The term in office on the day; null when no recorded term covers it (`uncovered` says why).' })
  term!: BoardTerm | null;

  @Field(() => [BoardAssignment], { description: 'Seats held on the day: chair first, deputies last; empty when no recorded term covers the day.' })
  seats!: BoardAssignment[];

  @Field(() => String, { nullable: true, description: 'Why no recorded board covers the day; null when one does.' })
  uncovered!: string | null;
}
