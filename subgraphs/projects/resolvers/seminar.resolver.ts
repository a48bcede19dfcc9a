import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { checkMemberOn } from '../../shared/domain/member-facts';
import { textSearch } from '../../shared/domain/search';
import { DataSource } from '../../shared/domain/source';
import { Access, Restricted } from '../../shared/graphql/auth';
import { definedChanges } from '../../shared/graphql/changes';
import type { RequestContext } from '../../shared/graphql/context';
import { BadUserInputError } from '../../shared/graphql/errors';
import { allOf, oneOf, within } from '../../shared/graphql/filters';
import { findOrFail } from '../../shared/graphql/lookup';
import { findPage, SortDirection } from '../../shared/graphql/pagination';
import { requireMemberFacts } from '../../shared/graphql/peers';
import { Member, memberRef } from '../entities/member.stub';
import { Network } from '../entities/network.entity';
import { Seminar } from '../entities/seminar.entity';
import { networksById, seminarsById } from '../loaders';
import { checkNotBefore } from '../rules';
import { CreateSeminarInput, SeminarConnection, SeminarOrderField, SeminarsArgs, UpdateSeminarInput } from './seminar.args';

function seminarsFilter(args: SeminarsArgs): FilterQuery<Seminar> {
  if (args.from && args.to && args.to < args.from) throw new BadUserInputError('to', `${args.to} is before from (${args.from})`);
  const filter = args.filter ?? {};
  return allOf<Seminar>(
    oneOf('id', filter.idIn),
    within('heldOn', { gte: args.from, lte: args.to }, 'heldOn'),
    within('heldOn', filter.heldOn, 'filter.heldOn'),
    oneOf('format', filter.formatIn),
    args.format && { format: args.format },
    oneOf('network', filter.networkIdIn),
    args.networkId && { network: args.networkId },
    oneOf('organiserId', filter.organiserIdIn),
    args.organiserId && { organiserId: args.organiserId },
    within('attendees', filter.attendees, 'filter.attendees'),
    textSearch(['title'], filter.search),
  );
}

const SEMINARS = { name: 'seminars', defaultOrder: [{ field: SeminarOrderField.HELD_ON, direction: SortDirection.ASC }] };

interface SeminarPlan {
  heldOn: string;
  networkId: string | null;
  organiserId: string;
}

/** The network (if any) must exist and have started, and the organiser must be a member on the day. */
async function checkSeminar(ctx: RequestContext, plan: SeminarPlan): Promise<Network | null> {
  const network = plan.networkId ? await findOrFail(ctx.em, Network, plan.networkId, 'input.networkId', 'network') : null;
  if (network) checkNotBefore(plan.heldOn, network.startedOn, 'input.heldOn', `"${network.name}" started`);
  checkMemberOn(await requireMemberFacts(ctx, plan.organiserId, 'input.organiserId'), plan.heldOn, 'input.organiserId');
  return network;
}

@Resolver(() => Seminar)
export class SeminarResolver {
  @Query(() => Seminar, { nullable: true, description: 'One seminar by id; null when there is none.' })
  seminar(@Arg('id', () => ID, { description: "The seminar's id." }) id: string, @Ctx() ctx: RequestContext): Promise<Seminar | null> {
    return seminarsById(ctx).load(id);
  }

  @Query(() => SeminarConnection, { description: 'Seminars, filtered and paged, oldest first.' })
  seminars(@Args() args: SeminarsArgs, @Ctx() ctx: RequestContext): Promise<SeminarConnection> {
    return findPage(ctx.em, Seminar, () => seminarsFilter(args), args, SEMINARS);
  }

  @FieldResolver(() => Network, { nullable: true, description: 'The network the seminar is held for; null when none.' })
  network(@Root() seminar: Seminar, @Ctx() ctx: RequestContext): Promise<Network | null> {
    return seminar.network ? networksById(ctx).load(seminar.network.id) : Promise.resolve(null);
  }

  @FieldResolver(() => Member, { description: 'The member that organised the seminar.' })
  organiser(@Root() seminar: Seminar): Member {
    return memberRef(seminar.organiserId);
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => Seminar, { description: 'Records a seminar (admins).' })
  async createSeminar(
    @Arg('input', () => CreateSeminarInput, { description: 'The new seminar.' }) input: CreateSeminarInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Seminar> {
    const network = await checkSeminar(ctx, { heldOn: input.heldOn, networkId: input.networkId ?? null, organiserId: input.organiserId });
    const { title, heldOn, format, organiserId, attendees } = input;
    const seminar = ctx.em.create(Seminar, { title, heldOn, format, organiserId, attendees, network, source: DataSource.ENTERED });
    await ctx.em.flush();
    return seminar;
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => Seminar, { description: "Changes a seminar's details (admins)." })
  async updateSeminar(
    @Arg('id', () => ID, { description: "The seminar's id." }) id: string,
    @Arg('input', () => UpdateSeminarInput, { description: 'The changes.' }) input: UpdateSeminarInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Seminar> {
    const seminar = await findOrFail(ctx.em, Seminar, id, 'id', 'seminar');
    const { networkId, ...changes } = definedChanges(input, ['networkId']);
    const network = await checkSeminar(ctx, {
      heldOn: changes.heldOn ?? seminar.heldOn,
      networkId: networkId === undefined ? (seminar.network?.id ?? null) : networkId,
      organiserId: changes.organiserId ?? seminar.organiserId,
    });
    ctx.em.assign(seminar, { ...changes, network });
    await ctx.em.flush();
    return seminar;
  }
}
