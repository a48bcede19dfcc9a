import { Field, Int, ObjectType } from 'type-graphql';
import { YearCounts } from '../../shared/graphql/counts';
import { Network } from '../entities/network.entity';
import { Project } from '../entities/project.entity';

/** Participations of one project or network in a year. */
@ObjectType()
abstract class ParticipationCounts extends YearCounts {
  collaborationId!: string;

  @Field(() => Int, { description: 'How many different members took part during the year.' })
  members!: number;
}

@ObjectType('ProjectParticipationCountRow', {
  description: 'Participations in one project in a year: `active` on some day of the year, `started` (joined), `ended` (left), `atYearEnd`.',
})
export class ProjectParticipationCountRow extends ParticipationCounts {
  @Field(() => Project, { nullable: true, description: 'The project.' })
  project!: Project | null;
}

@ObjectType('NetworkParticipationCountRow', {
  description: 'Participations in one competence network in a year: `active` on some day of the year, `started` (joined), `ended` (left), `atYearEnd`.',
})
export class NetworkParticipationCountRow extends ParticipationCounts {
  @Field(() => Network, { nullable: true, description: 'The network.' })
  network!: Network | null;
}
