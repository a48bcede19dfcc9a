import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Access, Restricted } from '../../shared/graphql/auth';
import type { RequestContext } from '../../shared/graphql/context';
import { findOrFail } from '../../shared/graphql/lookup';
import { DateScalar } from '../../shared/graphql/scalars';
import { Member, memberRef } from '../entities/member.stub';
import { Network } from '../entities/network.entity';
import { NetworkParticipation } from '../entities/network-participation.entity';
import { networksById } from '../loaders';
import { checkNotBefore } from '../rules';
import { AddNetworkParticipantInput } from './network-participation.args';
import { addParticipation, endParticipation } from './participation';

@Resolver(() => NetworkParticipation)
export class NetworkParticipationResolver {
  @FieldResolver(() => Network, { description: 'The network.' })
  async network(@Root() participation: NetworkParticipation, @Ctx() ctx: RequestContext): Promise<Network> {
    return (await networksById(ctx).load(participation.network.id))!;
  }

  @FieldResolver(() => Member, { description: 'The participating member.' })
  member(@Root() participation: NetworkParticipation): Member {
    return memberRef(participation.memberId);
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => NetworkParticipation, { description: 'Records that a member takes part in a competence network from a day (admins).' })
  async addNetworkParticipant(
    @Arg('input', () => AddNetworkParticipantInput, { description: 'The participation.' }) input: AddNetworkParticipantInput,
    @Ctx() ctx: RequestContext,
  ): Promise<NetworkParticipation> {
    const network = await findOrFail(ctx.em, Network, input.networkId, 'input.networkId', 'network');
    return addParticipation(ctx, NetworkParticipation, network, 'network', input, () =>
      checkNotBefore(input.from, network.startedOn, 'input.from', `"${network.name}" started`),
    );
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => NetworkParticipation, { description: "Ends a member's participation in a network: it no longer takes part from `on` (admins)." })
  endNetworkParticipation(
    @Arg('id', () => ID, { description: 'The participation.' }) id: string,
    @Arg('on', () => DateScalar, { description: "First day the member no longer takes part; after the participation's first day." }) on: string,
    @Ctx() { em }: RequestContext,
  ): Promise<NetworkParticipation> {
    return endParticipation(em, NetworkParticipation, id, on);
  }
}
