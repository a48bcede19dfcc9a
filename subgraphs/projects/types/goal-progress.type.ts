import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../shared/graphql/scalars';
import { Event } from '../entities/event.entity';
import { Member } from '../entities/member.stub';
import { Network } from '../entities/network.entity';
import { Project } from '../entities/project.entity';
import { Service } from '../entities/service.stub';

@ObjectType('NetworkTally', { description: 'A network and how many members take part in it on the day measured.' })
export class NetworkTally {
  @Field(() => Network, { description: 'The network.' })
  network!: Network;

  @Field(() => Int, { description: 'Participating members on the day.' })
  members!: number;
}

@ObjectType('GoalProgress', { description: "A goal's progress computed from the graph on a day, with the items counted so every figure can be checked." })
export class GoalProgress {
  @Field(() => DateScalar, { description: 'The day measured (for a yearly count: the last day of the period counted).' })
  on!: string;

  @Field(() => Int, { description: 'The count.' })
  value!: number;

  @Field(() => Boolean, { description: 'Whether the count meets the target.' })
  met!: boolean;

  @Field(() => [Member], { description: 'The members counted (MEMBERS, MEMBERS_IN_NO_COLLABORATION).' })
  members!: Member[];

  @Field(() => [Project], { description: 'The projects counted (NEW_PROJECTS).' })
  projects!: Project[];

  @Field(() => [NetworkTally], { description: 'The networks counted, with their members (NETWORKS_WITH_MEMBERS); every network, counted or not, is listed.' })
  networks!: NetworkTally[];

  @Field(() => [Event], { description: 'The digital seminars counted (DIGITAL_SEMINARS): events of kind SEMINAR in format DIGITAL.' })
  seminars!: Event[];

  @Field(() => [Service], { description: 'The services counted (NEW_SERVICES).' })
  services!: Service[];
}
