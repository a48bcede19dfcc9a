import { randomUUID } from 'node:crypto';
import { Collection, Entity, Enum, OneToMany, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DataSource } from '../../shared/domain/source';
import type { ConstraintMeanings } from '../../shared/graphql/errors';
import { DateScalar } from '../../shared/graphql/scalars';
import { Timestamped } from '../../shared/graphql/timestamps';
import { NetworkParticipation } from './network-participation.entity';
import { NetworkPartnerRole } from './network-partner-role.entity';

export enum NetworkStatus {
  STARTING = 'STARTING',
  ACTIVE = 'ACTIVE',
  DORMANT = 'DORMANT',
  CLOSED = 'CLOSED',
}

registerEnumType(NetworkStatus, {
  name: 'NetworkStatus',
  description: 'How alive a network is; networks live as long as their need and may rest for a while.',
  valuesConfig: {
    STARTING: { description: 'Being started (under uppstart).' },
    ACTIVE: { description: 'Meets and works.' },
    DORMANT: { description: 'Resting for a period; may start again.' },
    CLOSED: { description: 'Ended: its need is met.' },
  },
});

@Entity({ tableName: 'network' })
@ObjectType('Network', { description: 'A competence network (kompetensnätverk) that members run for experience exchange on a topic.' })
@Directive('@key(fields: "id")')
export class Network extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the network.' })
  id: string = randomUUID();

  @Property({ type: 'text', unique: true })
  @Field(() => String, { description: 'Name, e.g. "Digidelnätverket".' })
  name!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'The topic in a few words, e.g. "Digital inclusion".' })
  topic!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'What the network does and with whom.' })
  description!: string;

  @Enum({ items: () => NetworkStatus, type: 'text', index: true })
  @Field(() => NetworkStatus, { description: 'How alive the network is.' })
  status!: NetworkStatus;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'Day the network started.' })
  startedOn!: string;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: 'People (not organisations) reported as taking part, as a lower bound ("more than 40" is 40); null when not reported.',
  })
  reportedParticipants: number | null = null;

  @Enum({ items: () => DataSource, type: 'text' })
  @Field(() => DataSource, { description: "Whether this record comes from Sambruk's documents or is demonstration data." })
  source: Opt<DataSource> = DataSource.ENTERED;

  @OneToMany(
    () => NetworkParticipation,
    (participation) => participation.network,
  )
  participations = new Collection<NetworkParticipation>(this);

  @OneToMany(
    () => NetworkPartnerRole,
    (role) => role.network,
  )
  partnerRoles = new Collection<NetworkPartnerRole>(this);
}

/** The database's side of `checkUniqueName`, for a network named at the same moment. */
export const NETWORK_CONSTRAINTS: ConstraintMeanings = {
  network_name_unique: { field: 'input.name', message: 'another network has this name (given at the same moment); choose another' },
};
