import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../shared/graphql/context';
import { DateScalar } from '../../shared/graphql/scalars';
import { Council } from '../entities/council.entity';
import { CouncilMeeting } from '../entities/council-meeting.entity';
import { CouncilSeat } from '../entities/council-seat.entity';
import { Service } from '../entities/service.entity';
import { meetingsByCouncil, seatsByCouncil, servicesById } from '../loaders';

@Resolver(() => Council)
export class CouncilResolver {
  @FieldResolver(() => Service, { description: 'The service the council governs.' })
  async service(@Root() council: Council, @Ctx() ctx: RequestContext): Promise<Service> {
    return (await servicesById(ctx).load(council.service.id))!;
  }

  @FieldResolver(() => [CouncilSeat], { description: "The council's seats: the chair first, then by first day." })
  seats(
    @Root() council: Council,
    @Arg('activeOn', () => DateScalar, { nullable: true, description: 'Only seats held on this day; every seat, past and present, when left out.' }) activeOn:
      | string
      | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CouncilSeat[]> {
    return seatsByCouncil(ctx, activeOn ?? null).load(council.id);
  }

  @FieldResolver(() => [CouncilMeeting], { description: "The council's meetings, oldest first." })
  meetings(
    @Root() council: Council,
    @Arg('year', () => Int, { nullable: true, description: 'Only meetings in this calendar year; every meeting when left out.' }) year: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CouncilMeeting[]> {
    return meetingsByCouncil(ctx, year ?? null).load(council.id);
  }
}
