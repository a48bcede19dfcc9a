import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { periodExclusion } from '../../shared/domain/periods';
import type { ConstraintMeanings } from '../../shared/graphql/errors';
import { DateScalar } from '../../shared/graphql/scalars';
import { DataSource } from '../../shared/domain/source';
import { Project } from './project.entity';

export enum ProjectRole {
  LEAD = 'LEAD',
  PARTICIPANT = 'PARTICIPANT',
  CO_FUNDER = 'CO_FUNDER',
}

registerEnumType(ProjectRole, {
  name: 'ProjectRole',
  description: 'How a member takes part in a project.',
  valuesConfig: {
    LEAD: { description: 'Leads the project on the members\' side.' },
    PARTICIPANT: { description: 'Takes part with its own staff.' },
    CO_FUNDER: { description: 'Co-funds the project (medfinansiär).' },
  },
});

@Entity({ tableName: 'project_participation' })
@Index({ name: 'project_participation_no_overlap', expression: periodExclusion('"projects"."project_participation"', 'project_participation_no_overlap', ['project_id', 'member_id']) })
@ObjectType('ProjectParticipation', { description: 'A member taking part in a project in a role, over a period.' })
export class ProjectParticipation {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the participation.' })
  id: string = randomUUID();

  @ManyToOne(() => Project, { index: true, deleteRule: 'cascade' })
  project!: Rel<Project>;

  /** A member owned by the membership subgraph: only its id is kept here. */
  @Property({ type: 'uuid', index: true })
  memberId!: string;

  @Enum({ items: () => ProjectRole, type: 'text' })
  @Field(() => ProjectRole, { description: 'The member\'s role in the project.' })
  role!: ProjectRole;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'First day of the participation.' })
  from!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Day the participation ended (no longer taking part from this day); null while it goes on.' })
  to: string | null = null;

  @Enum({ items: () => DataSource, type: 'text' })
  @Field(() => DataSource, { description: 'Whether this record comes from Sambruk\'s documents or is demonstration data.' })
  source: Opt<DataSource> = DataSource.ENTERED;
}

/** The database's side of `checkNoOverlap`, for a participation recorded at the same moment. */
export const PROJECT_PARTICIPATION_CONSTRAINTS: ConstraintMeanings = {
  project_participation_no_overlap: {
    field: 'input.memberId',
    message: 'the member already takes part in this project on some of these days (recorded at the same moment); end that participation first (endProjectParticipation) or choose other days',
  },
};
