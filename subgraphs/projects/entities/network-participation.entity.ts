import { Entity, Index, ManyToOne, type Rel } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { periodExclusion } from '../../shared/domain/periods';
import { Network } from './network.entity';
import { Participation, participationConstraints } from './participation';

@Entity({ tableName: 'network_participation' })
@Index({
  name: 'network_participation_no_overlap',
  expression: periodExclusion('"projects"."network_participation"', 'network_participation_no_overlap', ['network_id', 'member_id']),
})
@ObjectType('NetworkParticipation', { description: 'A member taking part in a competence network over a period.' })
export class NetworkParticipation extends Participation {
  @ManyToOne(() => Network, { index: true, deleteRule: 'cascade' })
  network!: Rel<Network>;
}

export const NETWORK_PARTICIPATION_CONSTRAINTS = participationConstraints('network');
