import { randomUUID } from 'node:crypto';
import { Entity, OneToOne, PrimaryKey, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Timestamped } from '../../shared/graphql/timestamps';
import { Service } from './service.entity';

@Entity({ tableName: 'council' })
@ObjectType('Council', {
  description: "A service's governance council — förvaltningsråd: the members that use the service decide its development and economy together.",
})
export class Council extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the council.' })
  id: string = randomUUID();

  @OneToOne(() => Service, { owner: true, unique: true })
  service!: Rel<Service>;
}
