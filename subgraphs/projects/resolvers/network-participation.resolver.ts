import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Access, Restricted } from '../../shared/graphql/auth';
import type { RequestContext } from '../../shared/graphql/context';
import { findOrFail } from '../../shared/graphql/lookup';
import { checkPeriod } from '../../shared/domain/periods';
import { checkMemberDuring } from '../../shared/domain/member-facts';
import { requireMemberFacts } from '../../shared/graphql/peers';
import { DateScalar } from '../../shared/graphql/scalars';
import { DataSource } from '../../shared/domain/source';
import { NetworkParticipation } from '../entities/network-participation.entity';
import { Network } from '../entities/network.entity';
import { networksById } from '../loaders';
import { Member, memberRef } from '../entities/member.stub';
import { checkNoOverlap, checkNotBefore } from '../rules';
import { AddNetworkParticipantInput } from './network-participation.args';
import { endParticipation } from './participation';

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
    const period = { from: input.from, to: input.to ?? null };
    checkPeriod(period, 'input.to');
    checkNotBefore(input.from, network.startedOn, 'input.from', `"${network.name}" started`);
    checkMemberDuring(await requireMemberFacts(ctx, input.memberId, 'input.memberId'), period, { from: 'input.from', to: 'input.to' });
    checkNoOverlap(await ctx.em.find(NetworkParticipation, { network, memberId: input.memberId }), period, 'input.memberId', `"${network.name}"`);
    const participation = ctx.em.create(NetworkParticipation, { network, memberId: input.memberId, ...period, source: DataSource.ENTERED });
    await ctx.em.flush();
    return participation;
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => NetworkParticipation, { description: 'Ends a member\'s participation in a network: it no longer takes part from `on` (admins).' })
  endNetworkParticipation(
    @Arg('id', () => ID, { description: 'The participation.' }) id: string,
    @Arg('on', () => DateScalar, { description: 'First day the member no longer takes part; after the participation\'s first day.' }) on: string,
    @Ctx() { em }: RequestContext,
  ): Promise<NetworkParticipation> {
    return endParticipation(em, NetworkParticipation, id, on);
  }
}
