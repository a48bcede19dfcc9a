import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { checkPeriod } from '../../shared/domain/periods';
import { DataSource } from '../../shared/domain/source';
import { Access, Restricted } from '../../shared/graphql/auth';
import type { RequestContext } from '../../shared/graphql/context';
import { ConflictError } from '../../shared/graphql/errors';
import { findOrFail } from '../../shared/graphql/lookup';
import { requireMemberFacts } from '../../shared/graphql/peers';
import { DateScalar } from '../../shared/graphql/scalars';
import { takeTurns } from '../../shared/graphql/transaction';
import { Council } from '../entities/council.entity';
import { CouncilSeat } from '../entities/council-seat.entity';
import { Member, memberRef } from '../entities/member.stub';
import { councilsById } from '../loaders';
import { checkSeat } from '../rules';
import { AppointCouncilSeatInput } from './council-seat.args';

@Resolver(() => CouncilSeat)
export class CouncilSeatResolver {
  @FieldResolver(() => Member, { description: 'The member the person sits for.' })
  member(@Root() seat: CouncilSeat): Member {
    return memberRef(seat.memberId);
  }

  @FieldResolver(() => Council, { description: 'The council the seat belongs to.' })
  async council(@Root() seat: CouncilSeat, @Ctx() ctx: RequestContext): Promise<Council> {
    return (await councilsById(ctx).load(seat.council.id))!;
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => CouncilSeat, { description: 'Appoints a person to a governance council for a member that uses its service (admins).' })
  async appointCouncilSeat(
    @Arg('input', () => AppointCouncilSeatInput, { description: 'The seat.' }) input: AppointCouncilSeatInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CouncilSeat> {
    const period = { from: input.from, to: input.to ?? null };
    checkPeriod(period, 'input.to');
    const council = await findOrFail(ctx.em, Council, input.councilId, 'input.councilId', 'council');
    await ctx.em.populate(council, ['service']);
    const member = await requireMemberFacts(ctx, input.memberId, 'input.memberId');
    await takeTurns(ctx.em, 'council seat', council.id);
    await checkSeat(ctx.em, council, member, input.role, period);
    const seat = ctx.em.create(CouncilSeat, { council, memberId: member.id, person: input.person, role: input.role, ...period, source: DataSource.ENTERED });
    await ctx.em.flush();
    return seat;
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => CouncilSeat, { description: 'Ends a council seat: the person no longer holds it from `on` (admins).' })
  async endCouncilSeat(
    @Arg('id', () => ID, { description: 'The seat to end.' }) id: string,
    @Arg('on', () => DateScalar, { description: "First day the seat is no longer held; after the seat's first day." }) on: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CouncilSeat> {
    const seat = await findOrFail(ctx.em, CouncilSeat, id, 'id', 'council seat', 'update');
    if (seat.to !== null) throw new ConflictError('id', `the seat already ended on ${seat.to}`);
    checkPeriod({ from: seat.from, to: on }, 'on');
    seat.to = on;
    await ctx.em.flush();
    return seat;
  }
}
