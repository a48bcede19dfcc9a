import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { textSearch } from '../../shared/domain/search';
import { DataSource } from '../../shared/domain/source';
import { Access, Restricted } from '../../shared/graphql/auth';
import { definedChanges } from '../../shared/graphql/changes';
import type { RequestContext } from '../../shared/graphql/context';
import { allOf, oneOf } from '../../shared/graphql/filters';
import { findOrFail } from '../../shared/graphql/lookup';
import { findPage, SortDirection } from '../../shared/graphql/pagination';
import { FieldProvenance, provenanceOf } from '../../shared/graphql/provenance';
import { Campaign } from '../entities/campaign.entity';
import { Event } from '../entities/event.entity';
import { Network } from '../entities/network.entity';
import { NetworkParticipation } from '../entities/network-participation.entity';
import { NetworkPartnerRole } from '../entities/network-partner-role.entity';
import { campaignsByNetwork, eventsByNetwork, networksById, participationsByNetwork, partnerRolesByNetwork } from '../loaders';
import { checkUniqueName } from '../rules';
import { collaborationConditions } from './collaboration.args';
import { CreateNetworkInput, NetworkConnection, NetworkOrderField, NetworksArgs, UpdateNetworkInput } from './network.args';
import { PARTNER_NAMES, partnerNames } from './partner-role';

const SEARCHED = ['name', 'topic'];

function networksFilter(args: NetworksArgs): FilterQuery<Network> {
  const filter = args.filter ?? {};
  return allOf<Network>(
    ...collaborationConditions(args, filter, SEARCHED),
    oneOf('status', filter.statusIn),
    args.status && { status: args.status },
    textSearch(SEARCHED, args.search),
  );
}

const NETWORKS = { name: 'networks', defaultOrder: [{ field: NetworkOrderField.NAME, direction: SortDirection.ASC }] };

@Resolver(() => Network)
export class NetworkResolver {
  @Query(() => Network, { nullable: true, description: 'One competence network by id; null when there is none.' })
  network(@Arg('id', () => ID, { description: "The network's id." }) id: string, @Ctx() ctx: RequestContext): Promise<Network | null> {
    return networksById(ctx).load(id);
  }

  @Query(() => NetworkConnection, { description: 'Competence networks, filtered and paged, ordered by name.' })
  networks(@Args() args: NetworksArgs, @Ctx() ctx: RequestContext): Promise<NetworkConnection> {
    return findPage(ctx.em, Network, () => networksFilter(args), args, NETWORKS);
  }

  @FieldResolver(() => [FieldProvenance], {
    description: 'For a network the documents name (source SEED): which of its fields they give only roughly (ESTIMATED) or not at all (DEMO).',
  })
  provenance(@Root() network: Network, @Ctx() ctx: RequestContext): Promise<FieldProvenance[]> {
    return provenanceOf(ctx).load(network.id);
  }

  @FieldResolver(() => [NetworkParticipation], { description: 'The members that take or took part, by start.' })
  participants(@Root() network: Network, @Ctx() ctx: RequestContext): Promise<NetworkParticipation[]> {
    return participationsByNetwork(ctx).load(network.id);
  }

  @FieldResolver(() => [Campaign], { description: 'Campaign weeks the network ran, oldest first.' })
  campaigns(@Root() network: Network, @Ctx() ctx: RequestContext): Promise<Campaign[]> {
    return campaignsByNetwork(ctx).load(network.id);
  }

  @FieldResolver(() => [Event], { description: 'Events (seminars, workshops, conference tracks) held for or with the network, oldest first.' })
  events(@Root() network: Network, @Ctx() ctx: RequestContext): Promise<Event[]> {
    return eventsByNetwork(ctx).load(network.id);
  }

  @FieldResolver(() => [NetworkPartnerRole], { description: 'The roles partners hold or held on the network, by partner name.' })
  partnerRoles(@Root() network: Network, @Ctx() ctx: RequestContext): Promise<NetworkPartnerRole[]> {
    return partnerRolesByNetwork(ctx).load(network.id);
  }

  @FieldResolver(() => [String], PARTNER_NAMES)
  async partners(@Root() network: Network, @Ctx() ctx: RequestContext): Promise<string[]> {
    return partnerNames(await partnerRolesByNetwork(ctx).load(network.id));
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => Network, { description: 'Records a new competence network (admins).' })
  async createNetwork(
    @Arg('input', () => CreateNetworkInput, { description: 'The new network.' }) input: CreateNetworkInput,
    @Ctx() { em }: RequestContext,
  ): Promise<Network> {
    await checkUniqueName(em, Network, input.name, 'input.name');
    const network = em.create(Network, { ...input, reportedParticipants: input.reportedParticipants ?? null, source: DataSource.ENTERED });
    await em.flush();
    return network;
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => Network, { description: "Changes a network's details (admins)." })
  async updateNetwork(
    @Arg('id', () => ID, { description: "The network's id." }) id: string,
    @Arg('input', () => UpdateNetworkInput, { description: 'The changes.' }) input: UpdateNetworkInput,
    @Ctx() { em }: RequestContext,
  ): Promise<Network> {
    const network = await findOrFail(em, Network, id, 'id', 'network');
    if (input.name != null) await checkUniqueName(em, Network, input.name, 'input.name', network.id);
    em.assign(network, definedChanges(input, ['reportedParticipants']));
    await em.flush();
    return network;
  }
}
