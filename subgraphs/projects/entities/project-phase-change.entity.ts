import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../../shared/graphql/scalars';
import { Timestamped } from '../../shared/graphql/timestamps';
import { Project, ProjectPhase } from './project.entity';

@Entity({ tableName: 'project_phase_change' })
@ObjectType('ProjectPhaseChange', { description: "A project entering a phase on a day; together they are the project's history." })
export class ProjectPhaseChange extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Project, { index: true, deleteRule: 'cascade' })
  project!: Rel<Project>;

  @Enum({ items: () => ProjectPhase, type: 'text' })
  @Field(() => ProjectPhase, { description: 'The phase entered.' })
  phase!: ProjectPhase;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'Day the project entered the phase.' })
  on!: string;
}
