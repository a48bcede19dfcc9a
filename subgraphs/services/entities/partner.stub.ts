import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Partner is owned by the projects subgraph; this subgraph only adds the partner's roles on services. */
@ObjectType('Partner', { description: 'An organisation Sambruk works with on its services, projects, networks or events without it being a member.' })
@Directive('@key(fields: "id")')
export class Partner {
  @Field(() => ID, { description: 'Stable identifier of the partner.' })
  id!: string;
}

export const partnerRef = (id: string): Partner => ({ id });
