import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DataSource } from '../../shared/domain/source';
import { Timestamped } from '../../shared/graphql/timestamps';
import { Service } from './service.entity';

export enum IntegrationMethod {
  WEB_SERVICE = 'WEB_SERVICE',
  WEB_CLIENT = 'WEB_CLIENT',
  EMAIL = 'EMAIL',
  NATIONAL_SERVICE = 'NATIONAL_SERVICE',
}

registerEnumType(IntegrationMethod, {
  name: 'IntegrationMethod',
  description: 'How a service exchanges information with another system.',
  valuesConfig: {
    WEB_SERVICE: { description: "The member's system offers a web service the service calls (webbtjänstintegration)." },
    WEB_CLIENT: { description: "The member's system calls the service as a web client (webbklientsintegration)." },
    EMAIL: { description: "The service sends messages by e-mail to the member's system (e-postintegration)." },
    NATIONAL_SERVICE: { description: "The service fetches information from a national exchange or register, e.g. SSBTEK or UHR's Beda." },
  },
});

@Entity({ tableName: 'integration' })
@ObjectType('Integration', { description: 'A link between a collaboration service and another system, used by one member or by the service as a whole.' })
export class Integration extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the integration.' })
  id: string = randomUUID();

  @ManyToOne(() => Service, { index: true })
  service!: Rel<Service>;

  @Enum({ items: () => IntegrationMethod, type: 'text' })
  @Field(() => IntegrationMethod, { description: 'How information is exchanged.' })
  method!: IntegrationMethod;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The other system, e.g. "ServiceNow"; null where not known.' })
  system: string | null = null;

  /** A Member owned by the membership subgraph; null for an integration of the whole service. */
  @Property({ type: 'uuid', nullable: true })
  memberId: string | null = null;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'What the integration does.' })
  description!: string;

  @Enum({ items: () => DataSource, type: 'text' })
  @Field(() => DataSource, { description: "Whether this record comes from Sambruk's documents, is demonstration data or was entered." })
  source: Opt<DataSource> = DataSource.ENTERED;
}
