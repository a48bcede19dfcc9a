import { Entity, Index, ManyToOne, type Rel } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { partnerRoleConstraints } from '../../shared/domain/partner-roles';
import { periodExclusion } from '../../shared/domain/periods';
import { PartnerRole } from './partner-role';
import { Project } from './project.entity';

@Entity({ tableName: 'project_partner_role' })
@Index({
  name: 'project_partner_role_no_overlap',
  expression: periodExclusion('"projects"."project_partner_role"', 'project_partner_role_no_overlap', ['project_id', 'partner_id', 'role']),
})
@ObjectType('ProjectPartnerRole', { description: 'A role a partner holds on a project over a period.' })
export class ProjectPartnerRole extends PartnerRole {
  @ManyToOne(() => Project, { index: true, deleteRule: 'cascade' })
  project!: Rel<Project>;
}

export const PROJECT_PARTNER_ROLE_CONSTRAINTS = partnerRoleConstraints('project');
