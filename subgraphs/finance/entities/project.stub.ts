import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType('Project', { description: 'A co-funded project. Owned by the projects subgraph; finance adds who funded it.' })
@Directive('@key(fields: "id")')
export class Project {
  @Field(() => ID, { description: 'Stable identifier of the project.' })
  id!: string;
}
