import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { periodExclusion } from '../../shared/domain/periods';
import type { ConstraintMeanings } from '../../shared/graphql/errors';
import { DateScalar } from '../../shared/graphql/scalars';
import { DataSource } from '../../shared/domain/source';
import { Network } from './network.entity';

@Entity({ tableName: 'network_participation' })
@Index({ name: 'network_participation_no_overlap', expression: periodExclusion('"projects"."network_participation"', 'network_participation_no_overlap', ['network_id', 'member_id']) })
@ObjectType('NetworkParticipation', { description: 'A member taking part in a competence network over a period.' })
export class NetworkParticipation {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the participation.' })
  id: string = randomUUID();

  @ManyToOne(() => Network, { index: true, deleteRule: 'cascade' })
  network!: Rel<Network>;

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
  @Field(() => DataSource, { description: 'Whether this record comes from Sambruk\'s documents or is demonstration data.' })
  source: Opt<DataSource> = DataSource.ENTERED;
}

/** The database's side of `checkNoOverlap`, for a participation recorded at the same moment. */
export const NETWORK_PARTICIPATION_CONSTRAINTS: ConstraintMeanings = {
  network_participation_no_overlap: {
    field: 'input.memberId',
    message: 'the member already takes part in this network on some of these days (recorded at the same moment); end that participation first (endNetworkParticipation) or choose other days',
  },
};
