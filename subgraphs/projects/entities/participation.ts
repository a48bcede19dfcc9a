import { randomUUID } from 'node:crypto';
import { Enum, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DataSource } from '../../shared/domain/source';
import type { ConstraintMeanings } from '../../shared/graphql/errors';
import { DateScalar } from '../../shared/graphql/scalars';
import { Timestamped } from '../../shared/graphql/timestamps';

/** What a member's participation in a project and in a network have alike: the member and a half-open period. */
@ObjectType()
export abstract class Participation extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the participation.' })
  id: string = randomUUID();

  /** A member owned by the membership subgraph: only its id is kept here. */
  @Property({ type: 'uuid', index: true })
  memberId!: string;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'First day of the participation.' })
  from!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Day the participation ended (no longer taking part from this day); null while it goes on.' })
  to: string | null = null;

  @Enum({ items: () => DataSource, type: 'text' })
  @Field(() => DataSource, { description: "Whether this record comes from Sambruk's documents or is demonstration data." })
  source: Opt<DataSource> = DataSource.ENTERED;
}

/** The database's side of `checkNoOverlap` for participations in a project or a network, recorded at the same moment. */
export function participationConstraints(kind: 'project' | 'network'): ConstraintMeanings {
  const ending = kind === 'project' ? 'endProjectParticipation' : 'endNetworkParticipation';
  return {
    [`${kind}_participation_no_overlap`]: {
      field: 'input.memberId',
      message:
        `the member already takes part in this ${kind} on some of these days (recorded at the same moment); end that participation first ` +
        `(${ending}) or choose other days`,
    },
  };
}
