import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType('Service', { description: 'A collaboration service (samverkanstjänst). Owned by the services subgraph; finance adds its economy.' })
@Directive('@key(fields: "id")')
export class Service {
  @Field(() => ID, { description: 'Stable identifier of the service.' })
  id!: string;
}
