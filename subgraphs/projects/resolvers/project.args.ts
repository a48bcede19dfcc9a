import { ArrayMaxSize, ArrayUnique, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../shared/graphql/pagination';
import { DateScalar } from '../../shared/graphql/scalars';
import { Project, ProjectPhase } from '../entities/project.entity';

@ObjectType('ProjectConnection', { description: 'A page of projects.' })
export class ProjectConnection extends ConnectionType(Project, 'The projects on this page, by name.') {}

@ArgsType()
export class ProjectsArgs extends PageArgs {
  @Field(() => ProjectPhase, { nullable: true, description: 'Only projects in this phase now.' })
  phase?: ProjectPhase | null;

  @Field(() => ID, { nullable: true, description: 'Only projects this member takes or took part in.' })
  @IsOptional()
  @IsUUID('all', { message: 'memberId must be a member id (a UUID)' })
  memberId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only projects that left the idea stage in this year, e.g. 2023.' })
  @IsOptional()
  @Min(1990)
  @Max(2100)
  startedIn?: number | null;

  @Field(() => String, { nullable: true, description: 'Only projects with this external partner, e.g. "OS2" (exact name).' })
  partner?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name (case-insensitive).' })
  search?: string | null;
}

const partnersField = { description: 'External partner organisations that are not members, e.g. "OS2"; each named once.' };

@InputType({ description: 'A new project; it starts as an idea.' })
export class CreateProjectInput {
  @Field(() => String, { description: 'Name, unique among projects.' })
  @Length(2, 200)
  name!: string;

  @Field(() => String, { description: 'What the project does and why.' })
  @Length(10, 5000)
  description!: string;

  @Field(() => [String], { defaultValue: [], ...partnersField })
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Length(2, 100, { each: true })
  partners!: string[];

  @Field(() => DateScalar, { nullable: true, description: 'Day the idea was raised (the IDEA phase starts); today when left out.' })
  proposedOn?: string | null;
}

@InputType({ description: 'Changes to a project; fields left out stay as they are. The phase changes only through `moveProjectPhase`.' })
export class UpdateProjectInput {
  @Field(() => String, { nullable: true, description: 'Name, unique among projects.' })
  @IsOptional()
  @Length(2, 200)
  name?: string;

  @Field(() => String, { nullable: true, description: 'What the project does and why.' })
  @IsOptional()
  @Length(10, 5000)
  description?: string;

  @Field(() => [String], { nullable: true, ...partnersField })
  @IsOptional()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Length(2, 100, { each: true })
  partners?: string[];
}
