import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../shared/graphql/context';
import type { Member } from '../entities/member.entity';
import { membersById } from '../loaders';
import { Viewer, type ViewerRole } from '../types/viewer.type';

@Resolver(() => Viewer)
export class ViewerResolver {
  @Query(() => Viewer, { description: 'Who is asking: role, subject and, for a member user, its member (mig själv). Anonymous callers get role ANONYMOUS.' })
  viewer(@Ctx() { viewer }: RequestContext): Viewer {
    return { role: viewer.role.toUpperCase() as ViewerRole, subject: viewer.subject, memberId: viewer.memberId };
  }

  @FieldResolver()
  async member(@Root() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<Member | null> {
    return viewer.memberId ? membersById(ctx).load(viewer.memberId) : null;
  }
}
