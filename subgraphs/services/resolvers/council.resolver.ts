import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Access, Restricted } from '../../shared/graphql/auth';
import type { RequestContext } from '../../shared/graphql/context';
import { BadUserInputError, ConflictError } from '../../shared/graphql/errors';
import { findOrFail, locked } from '../../shared/graphql/lookup';
import { DateScalar } from '../../shared/graphql/scalars';
import { DataSource } from '../../shared/domain/source';
import { CouncilMeeting } from '../entities/council-meeting.entity';
import { CouncilSeat } from '../entities/council-seat.entity';
import { Council } from '../entities/council.entity';
import { Service } from '../entities/service.entity';
import { meetingsByCouncil, seatsByCouncil, servicesById } from '../loaders';
import { RecordCouncilMeetingInput } from './council.args';

@Resolver(() => Council)
export class CouncilResolver {
  @FieldResolver(() => Service, { description: 'The service the council governs.' })
  async service(@Root() council: Council, @Ctx() ctx: RequestContext): Promise<Service> {
    return (await servicesById(ctx).load(council.service.id))!;
  }

  @FieldResolver(() => [CouncilSeat], { description: 'The council\'s seats: the chair first, then by first day.' })
  seats(
    @Root() council: Council,
    @Arg('activeOn', () => DateScalar, { nullable: true, description: 'Only seats held on this day; every seat, past and present, when left out.' }) activeOn: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CouncilSeat[]> {
    return seatsByCouncil(ctx, activeOn ?? null).load(council.id);
  }

  @FieldResolver(() => [CouncilMeeting], { description: 'The council\'s meetings, oldest first.' })
  meetings(
    @Root() council: Council,
    @Arg('year', () => Int, { nullable: true, description: 'Only meetings in this calendar year; every meeting when left out.' }) year: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CouncilMeeting[]> {
    return meetingsByCouncil(ctx, year ?? null).load(council.id);
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => CouncilMeeting, { description: 'Records that a governance council met (admins).' })
  async recordCouncilMeeting(@Arg('input', () => RecordCouncilMeetingInput, { description: 'The meeting.' }) input: RecordCouncilMeetingInput, @Ctx() ctx: RequestContext): Promise<CouncilMeeting> {
    const council = await findOrFail(ctx.em, Council, input.councilId, 'input.councilId', 'council');
    const service = await ctx.em.findOneOrFail(Service, council.service.id, locked('share'));
    if (service.retiredOn !== null && input.heldOn >= service.retiredOn) {
      throw new BadUserInputError('input.heldOn', `${service.name} was retired on ${service.retiredOn}; its council no longer meets`);
    }
    if (await ctx.em.count(CouncilMeeting, { council, heldOn: input.heldOn })) {
      throw new ConflictError('input.heldOn', `the ${service.name} council already has a meeting on ${input.heldOn}`);
    }
    const meeting = ctx.em.create(CouncilMeeting, { council, heldOn: input.heldOn, note: input.note ?? null, source: DataSource.ENTERED });
    await ctx.em.flush();
    return meeting;
  }
}
