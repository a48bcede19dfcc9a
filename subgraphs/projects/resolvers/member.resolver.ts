import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../shared/graphql/context';
import { Event } from '../entities/event.entity';
import { Member } from '../entities/member.stub';
import { NetworkParticipation } from '../entities/network-participation.entity';
import { ProjectParticipation } from '../entities/project-participation.entity';
import { eventsByOrganiserMember, networkParticipationsByMember, projectParticipationsByMember } from '../loaders';

/** What the projects subgraph adds to a member: its projects, networks and the events it organised. */
@Resolver(() => Member)
export class MemberResolver {
  @FieldResolver(() => [ProjectParticipation], { description: 'The projects the member takes or took part in, with its role, newest first.' })
  projects(@Root() member: Member, @Ctx() ctx: RequestContext): Promise<ProjectParticipation[]> {
    return projectParticipationsByMember(ctx).load(member.id);
  }

  @FieldResolver(() => [NetworkParticipation], { description: 'The competence networks the member takes or took part in, newest first.' })
  networks(@Root() member: Member, @Ctx() ctx: RequestContext): Promise<NetworkParticipation[]> {
    return networkParticipationsByMember(ctx).load(member.id);
  }

  @FieldResolver(() => [Event], { description: 'The events (seminars, workshops, conferences) the member organised, oldest first.' })
  organisedEvents(@Root() member: Member, @Ctx() ctx: RequestContext): Promise<Event[]> {
    return eventsByOrganiserMember(ctx).load(member.id);
  }
}
