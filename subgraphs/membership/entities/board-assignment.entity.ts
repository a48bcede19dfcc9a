import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DataSource } from '../../shared/domain/source';
import { DateScalar } from '../../shared/graphql/scalars';
import { Timestamped } from '../../shared/graphql/timestamps';
import { BoardTerm } from './board-term.entity';
import { Member } from './member.entity';

export enum BoardRole {
  CHAIR = 'CHAIR',
  VICE_CHAIR = 'VICE_CHAIR',
  ORDINARY = 'ORDINARY',
  DEPUTY = 'DEPUTY',
}

registerEnumType(BoardRole, {
  name: 'BoardRole',
  description: "A seat on Sambruk's board (styrelse).",
  valuesConfig: {
    CHAIR: { description: 'Chair (ordförande).' },
    VICE_CHAIR: { description: 'Vice chair (vice ordförande).' },
    ORDINARY: { description: 'Ordinary member (ordinarie ledamot).' },
    DEPUTY: { description: 'Deputy (suppleant).' },
  },
});

@Entity({ tableName: 'board_assignment' })
@ObjectType('BoardAssignment', { description: "A person's seat on Sambruk's board, held for a member organisation over a period." })
export class BoardAssignment extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the assignment.' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Name of the person holding the seat.' })
  person!: string;

  @ManyToOne(() => Member, { index: true })
  member!: Rel<Member>;

  @Enum({ items: () => BoardRole, type: 'text' })
  @Field(() => BoardRole, { description: 'The seat held.' })
  role!: BoardRole;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'First day in the seat (usually the annual meeting that elected the person).' })
  from!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, {
    nullable: true,
    description: "Day the seat ended (first day no longer held); null while held or until the term's end, which `term` tells. See `provenance` for estimates.",
  })
  to: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the person left the board before the term ended; null when they did not.' })
  endReason: string | null = null;

  @ManyToOne(() => BoardTerm, { nullable: true, index: true })
  term: Rel<BoardTerm> | null = null;

  @Enum({ items: () => DataSource, type: 'text' })
  @Field(() => DataSource, { description: "Whether this record comes from Sambruk's documents or is demonstration data." })
  source: DataSource = DataSource.SEED;
}
