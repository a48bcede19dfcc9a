import { randomUUID } from 'node:crypto';
import { Collection, Entity, Enum, OneToMany, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DataSource } from '../../shared/domain/source';
import type { ConstraintMeanings } from '../../shared/graphql/errors';
import { DateScalar } from '../../shared/graphql/scalars';
import { Timestamped } from '../../shared/graphql/timestamps';
import { ProjectParticipation } from './project-participation.entity';
import { ProjectPartnerRole } from './project-partner-role.entity';
import { ProjectPhaseChange } from './project-phase-change.entity';

export enum ProjectPhase {
  IDEA = 'IDEA',
  PRE_STUDY = 'PRE_STUDY',
  ACTIVE = 'ACTIVE',
  ON_HOLD = 'ON_HOLD',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(ProjectPhase, {
  name: 'ProjectPhase',
  description:
    'Where a project is in its lifecycle: IDEA → PRE_STUDY → ACTIVE → COMPLETED, ON_HOLD from a pre-study or while active (and back), or CANCELLED from ' +
    'any phase before COMPLETED.',
  valuesConfig: {
    IDEA: { description: 'A project idea (projektidé) the board or the members consider; may skip the pre-study.' },
    PRE_STUDY: { description: 'A pre-study (förstudie) that tests the idea.' },
    ACTIVE: { description: 'Running: the co-funded project is carried out.' },
    ON_HOLD: { description: 'Halted for now (avstannat tills vidare); may resume as a pre-study or as active, or be cancelled.' },
    COMPLETED: { description: 'Finished and delivered; final.' },
    CANCELLED: { description: 'Stopped before completion; final.' },
  },
});

@Entity({ tableName: 'project' })
@ObjectType('Project', { description: 'A co-funded collaboration project (samverkansprojekt) that members run together through Sambruk.' })
@Directive('@key(fields: "id")')
export class Project extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the project.' })
  id: string = randomUUID();

  @Property({ type: 'text', unique: true })
  @Field(() => String, { description: 'Name, e.g. "Kravmotor".' })
  name!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'What the project does and why.' })
  description!: string;

  @Enum({ items: () => ProjectPhase, type: 'text', index: true })
  @Field(() => ProjectPhase, { description: 'The current phase (the latest entry of `phases`).' })
  phase!: ProjectPhase;

  @Property({ type: 'date', nullable: true, index: true })
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Day the project left the idea stage (entered PRE_STUDY or ACTIVE); null while an idea or if cancelled as one.',
  })
  startedOn: string | null = null;

  @Enum({ items: () => DataSource, type: 'text' })
  @Field(() => DataSource, { description: "Whether this record comes from Sambruk's documents or is demonstration data." })
  source: Opt<DataSource> = DataSource.ENTERED;

  @OneToMany(
    () => ProjectPhaseChange,
    (change) => change.project,
  )
  phaseChanges = new Collection<ProjectPhaseChange>(this);

  @OneToMany(
    () => ProjectParticipation,
    (participation) => participation.project,
  )
  participations = new Collection<ProjectParticipation>(this);

  @OneToMany(
    () => ProjectPartnerRole,
    (role) => role.project,
  )
  partnerRoles = new Collection<ProjectPartnerRole>(this);
}

/** The database's side of `checkUniqueName`, for a project named at the same moment. */
export const PROJECT_CONSTRAINTS: ConstraintMeanings = {
  project_name_unique: { field: 'input.name', message: 'another project has this name (given at the same moment); choose another' },
};
