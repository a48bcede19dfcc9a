import { IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType, OrderInput } from '../../shared/graphql/pagination';
import { DateScalar } from '../../shared/graphql/scalars';
import { Project, ProjectPhase } from '../entities/project.entity';
import { CollaborationChangesInput, CollaborationFilter, CollaborationsArgs, type CollaborationWords, NewCollaborationInput } from './collaboration.args';

const PROJECT: CollaborationWords = {
  plural: 'projects',
  description: 'What the project does and why.',
  partnerFilter: 'Only projects where the partner of this name (exact, e.g. "OS2") holds or held a role.',
};

@ObjectType('ProjectConnection', { description: 'A page of projects.' })
export class ProjectConnection extends ConnectionType(Project, 'The projects on this page, by name.') {}

export enum ProjectOrderField {
  NAME = 'name',
  PHASE = 'phase',
  STARTED_ON = 'startedOn',
}

registerEnumType(ProjectOrderField, {
  name: 'ProjectOrderField',
  description: 'What projects can be sorted by.',
  valuesConfig: {
    NAME: { description: 'Name, in Swedish order.' },
    PHASE: { description: 'The phase now.' },
    STARTED_ON: { description: 'Day the project left the idea stage; ideas last.' },
  },
});

@InputType('ProjectOrder', { description: 'One sort key for projects.' })
export class ProjectOrder extends OrderInput(ProjectOrderField, 'ProjectOrderField') {}

@InputType('ProjectFilter', { description: 'Which projects to list; every condition given must hold.' })
export class ProjectFilter extends CollaborationFilter {
  @Field(() => [ProjectPhase], { nullable: true, description: 'Only projects in one of these phases now.' })
  phaseIn?: ProjectPhase[] | null;
}

@ArgsType()
export class ProjectsArgs extends CollaborationsArgs(PROJECT, ProjectOrder) {
  @Field(() => ProjectFilter, { nullable: true, description: 'Conditions on the projects to list.' })
  @IsOptional()
  @ValidateNested()
  filter?: ProjectFilter | null;

  @Field(() => ProjectPhase, { nullable: true, description: 'Only projects in this phase now (as filter.phaseIn with one phase).' })
  phase?: ProjectPhase | null;

  @Field(() => Int, { nullable: true, description: 'Only projects that left the idea stage in this year, e.g. 2023.' })
  @IsOptional()
  @Min(1990)
  @Max(2100)
  startedIn?: number | null;

  @Field(() => String, { nullable: true, description: 'Same as filter.search.' })
  search?: string | null;
}

@InputType({ description: 'A new project; it starts as an idea.' })
export class CreateProjectInput extends NewCollaborationInput(PROJECT) {
  @Field(() => DateScalar, { nullable: true, description: 'Day the idea was raised (the IDEA phase starts); today when left out.' })
  proposedOn?: string | null;
}

@InputType({ description: 'Changes to a project; fields left out stay as they are. The phase changes only through `moveProjectPhase`.' })
export class UpdateProjectInput extends CollaborationChangesInput(PROJECT) {}
