import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../shared/graphql/context';
import { Integration } from '../entities/integration.entity';
import { Member, memberRef } from '../entities/member.stub';
import { Service } from '../entities/service.entity';
import { servicesById } from '../loaders';

@Resolver(() => Integration)
export class IntegrationResolver {
  @FieldResolver(() => Service, { description: 'The service integrated.' })
  async service(@Root() integration: Integration, @Ctx() ctx: RequestContext): Promise<Service> {
    return (await servicesById(ctx).load(integration.service.id))!;
  }

  @FieldResolver(() => Member, { nullable: true, description: 'The member that uses the integration; null for an integration of the whole service.' })
  member(@Root() integration: Integration): Member | null {
    return integration.memberId ? memberRef(integration.memberId) : null;
  }
}
