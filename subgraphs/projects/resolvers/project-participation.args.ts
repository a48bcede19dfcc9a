import { IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../../shared/graphql/scalars';
import { ProjectRole } from '../entities/project-participation.entity';

@InputType({ description: 'A member joining a project.' })
export class AddProjectParticipantInput {
  @Field(() => ID, { description: 'The project.' })
  @IsUUID('all', { message: 'projectId must be a project id (a UUID)' })
  projectId!: string;

  @Field(() => ID, { description: 'The member; it must be a member of Sambruk for the whole participation.' })
  @IsUUID('all', { message: 'memberId must be a member id (a UUID)' })
  memberId!: string;

  @Field(() => ProjectRole, { description: "The member's role in the project." })
  role!: ProjectRole;

  @Field(() => DateScalar, { description: 'First day of the participation; not before the project was raised as an idea.' })
  from!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Day it ended (no longer taking part from this day), for a participation recorded afterwards; required (and not after the end) for a completed ' +
      'or cancelled project.',
  })
  to?: string | null;
}
