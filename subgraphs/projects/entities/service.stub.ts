import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Service is owned by the services subgraph; goals only point at the services they count. */
@ObjectType('Service', { description: 'A collaboration service (samverkanstjänst) that members use together.' })
@Directive('@key(fields: "id", resolvable: false)')
export class Service {
  @Field(() => ID, { description: 'Stable identifier of the service.' })
  id!: string;
}
