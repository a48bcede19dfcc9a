import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Access, Restricted } from '../../shared/graphql/auth';
import type { RequestContext } from '../../shared/graphql/context';
import { findOrFail } from '../../shared/graphql/lookup';
import { FieldProvenance, provenanceOf } from '../../shared/graphql/provenance';
import { DateScalar } from '../../shared/graphql/scalars';
import { Network } from '../entities/network.entity';
import { NetworkPartnerRole } from '../entities/network-partner-role.entity';
import { Partner } from '../entities/partner.entity';
import { Project } from '../entities/project.entity';
import { ProjectPartnerRole } from '../entities/project-partner-role.entity';
import { networksById, partnersById, projectsById } from '../loaders';
import { addPartnerRole, endPartnerRole } from './partner-role';
import { AddNetworkPartnerRoleInput, AddProjectPartnerRoleInput } from './partner-role.args';

const END_ON = { description: 'First day the partner no longer holds the role; after its first day.' };

const PROVENANCE = { description: 'For a role the documents give (source SEED): the words that state it, and which fields they only bound (ESTIMATED).' };

@Resolver(() => ProjectPartnerRole)
export class ProjectPartnerRoleResolver {
  @FieldResolver(() => Partner, { description: 'The partner.' })
  async partner(@Root() role: ProjectPartnerRole, @Ctx() ctx: RequestContext): Promise<Partner> {
    return (await partnersById(ctx).load(role.partner.id))!;
  }

  @FieldResolver(() => [FieldProvenance], PROVENANCE)
  provenance(@Root() role: ProjectPartnerRole, @Ctx() ctx: RequestContext): Promise<FieldProvenance[]> {
    return provenanceOf(ctx).load(role.id);
  }

  @FieldResolver(() => Project, { description: 'The project.' })
  async project(@Root() role: ProjectPartnerRole, @Ctx() ctx: RequestContext): Promise<Project> {
    return (await projectsById(ctx).load(role.project.id))!;
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => ProjectPartnerRole, { description: 'Records that a partner holds a role on a project (admins).' })
  async addProjectPartnerRole(
    @Arg('input', () => AddProjectPartnerRoleInput, { description: 'The role.' }) input: AddProjectPartnerRoleInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ProjectPartnerRole> {
    const project = await findOrFail(ctx.em, Project, input.projectId, 'input.projectId', 'project');
    return addPartnerRole(ctx, ProjectPartnerRole, project, 'project', input);
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => ProjectPartnerRole, { description: "Ends a partner's role on a project: it no longer holds it from `on` (admins)." })
  endProjectPartnerRole(
    @Arg('id', () => ID, { description: 'The role.' }) id: string,
    @Arg('on', () => DateScalar, END_ON) on: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ProjectPartnerRole> {
    return endPartnerRole(ctx, ProjectPartnerRole, id, on);
  }
}

@Resolver(() => NetworkPartnerRole)
export class NetworkPartnerRoleResolver {
  @FieldResolver(() => Partner, { description: 'The partner.' })
  async partner(@Root() role: NetworkPartnerRole, @Ctx() ctx: RequestContext): Promise<Partner> {
    return (await partnersById(ctx).load(role.partner.id))!;
  }

  @FieldResolver(() => [FieldProvenance], PROVENANCE)
  provenance(@Root() role: NetworkPartnerRole, @Ctx() ctx: RequestContext): Promise<FieldProvenance[]> {
    return provenanceOf(ctx).load(role.id);
  }

  @FieldResolver(() => Network, { description: 'The network.' })
  async network(@Root() role: NetworkPartnerRole, @Ctx() ctx: RequestContext): Promise<Network> {
    return (await networksById(ctx).load(role.network.id))!;
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => NetworkPartnerRole, { description: 'Records that a partner holds a role on a competence network (admins).' })
  async addNetworkPartnerRole(
    @Arg('input', () => AddNetworkPartnerRoleInput, { description: 'The role.' }) input: AddNetworkPartnerRoleInput,
    @Ctx() ctx: RequestContext,
  ): Promise<NetworkPartnerRole> {
    const network = await findOrFail(ctx.em, Network, input.networkId, 'input.networkId', 'network');
    return addPartnerRole(ctx, NetworkPartnerRole, network, 'network', input);
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => NetworkPartnerRole, { description: "Ends a partner's role on a network: it no longer holds it from `on` (admins)." })
  endNetworkPartnerRole(
    @Arg('id', () => ID, { description: 'The role.' }) id: string,
    @Arg('on', () => DateScalar, END_ON) on: string,
    @Ctx() ctx: RequestContext,
  ): Promise<NetworkPartnerRole> {
    return endPartnerRole(ctx, NetworkPartnerRole, id, on);
  }
}
