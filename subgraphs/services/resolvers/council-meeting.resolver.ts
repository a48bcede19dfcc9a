import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { DataSource } from '../../shared/domain/source';
import { Access, Restricted } from '../../shared/graphql/auth';
import type { RequestContext } from '../../shared/graphql/context';
import { BadUserInputError, ConflictError } from '../../shared/graphql/errors';
import { findOrFail, locked } from '../../shared/graphql/lookup';
import { Council } from '../entities/council.entity';
import { CouncilMeeting } from '../entities/council-meeting.entity';
import { Service } from '../entities/service.entity';
import { RecordCouncilMeetingInput } from './council-meeting.args';

@Resolver(() => CouncilMeeting)
export class CouncilMeetingResolver {
  @Restricted(Access.ADMIN)
  @Mutation(() => CouncilMeeting, { description: 'Records that a governance council met (admins).' })
  async recordCouncilMeeting(
    @Arg('input', () => RecordCouncilMeetingInput, { description: 'The meeting.' }) input: RecordCouncilMeetingInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CouncilMeeting> {
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
