import { randomUUID } from 'node:crypto';
import { Entity, Enum, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DataSource } from '../../shared/domain/source';
import { Timestamped } from '../../shared/graphql/timestamps';

@Entity({ tableName: 'management_partner' })
@ObjectType('ManagementPartner', { description: 'A company or organisation contracted to run a collaboration service — förvaltningspartner.' })
export class ManagementPartner extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the partner.' })
  id: string = randomUUID();

  @Property({ type: 'text', unique: true })
  @Field(() => String, { description: 'Name, e.g. "Resursen Sverige AB".' })
  name!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'What the partner does for Sambruk.' })
  description!: string;

  @Enum({ items: () => DataSource, type: 'text' })
  @Field(() => DataSource, { description: "Whether this record comes from Sambruk's documents, is demonstration data or was entered." })
  source: Opt<DataSource> = DataSource.ENTERED;
}
