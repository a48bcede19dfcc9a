import { IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/graphql/pagination';
import { DateScalar } from '../../shared/graphql/scalars';
import { Project, ProjectPhase } from '../entities/project.entity';
import { CollaborationChangesInput, CollaborationsArgs, type CollaborationWords, NewCollaborationInput } from './collaboration.args';

const PROJECT: CollaborationWords = {
  plural: 'projects',
  description: 'What the project does and why.',
  partners: 'External partner organisations that are not members, e.g. "OS2"; each named once.',
  partnerFilter: 'Only projects with this external partner, e.g. "OS2" (exact name).',
};

@ObjectType('ProjectConnection', { description: 'A page of projects.' })
export class ProjectConnection extends ConnectionType(Project, 'The projects on this page, by name.') {}

@ArgsType()
export class ProjectsArgs extends CollaborationsArgs(PROJECT) {
  @Field(() => ProjectPhase, { nullable: true, description: 'Only projects in this phase now.' })
  phase?: ProjectPhase | null;

  @Field(() => Int, { nullable: true, description: 'Only projects that left the idea stage in this year, e.g. 2023.' })
  @IsOptional()
  @Min(1990)
  @Max(2100)
  startedIn?: number | null;

  @Field(() => String, { nullable: true, description: 'Part of the name (case-insensitive).' })
  search?: string | null;
}

@InputType({ description: 'A new project; it starts as an idea.' })
export class CreateProjectInput extends NewCollaborationInput(PROJECT) {
  @Field(() => DateScalar, { nullable: true, description: 'Day the idea was raised (the IDEA phase starts); today when left out.' })
  proposedOn?: string | null;
}

@InputType({ description: 'Changes to a project; fields left out stay as they are. The phase changes only through `moveProjectPhase`.' })
export class UpdateProjectInput extends CollaborationChangesInput(PROJECT) {}
