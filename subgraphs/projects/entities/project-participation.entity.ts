import { Entity, Enum, Index, ManyToOne, type Rel } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { periodExclusion } from '../../shared/domain/periods';
import { Participation, participationConstraints } from './participation';
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
    LEAD: { description: "Leads the project on the members' side." },
    PARTICIPANT: { description: 'Takes part with its own staff.' },
    CO_FUNDER: { description: 'Co-funds the project (medfinansiär).' },
  },
});

@Entity({ tableName: 'project_participation' })
@Index({
  name: 'project_participation_no_overlap',
  expression: periodExclusion('"projects"."project_participation"', 'project_participation_no_overlap', ['project_id', 'member_id']),
})
@ObjectType('ProjectParticipation', { description: 'A member taking part in a project in a role, over a period.' })
export class ProjectParticipation extends Participation {
  @ManyToOne(() => Project, { index: true, deleteRule: 'cascade' })
  project!: Rel<Project>;

  @Enum({ items: () => ProjectRole, type: 'text' })
  @Field(() => ProjectRole, { description: "The member's role in the project." })
  role!: ProjectRole;
}

export const PROJECT_PARTICIPATION_CONSTRAINTS = participationConstraints('project');
