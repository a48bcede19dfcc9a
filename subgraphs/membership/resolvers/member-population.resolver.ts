import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Access, Restricted } from '../../shared/graphql/auth';
import type { RequestContext } from '../../shared/graphql/context';
import { BadUserInputError, ConflictError } from '../../shared/graphql/errors';
import { findOrFail } from '../../shared/graphql/lookup';
import { DateScalar } from '../../shared/graphql/scalars';
import { Member } from '../entities/member.entity';
import { MemberPopulation } from '../entities/member-population.entity';
import { populationsByMember } from '../loaders';

@Resolver(() => Member)
export class MemberPopulationResolver {
  @FieldResolver(() => [MemberPopulation], { description: "The member's recorded numbers of inhabitants, oldest first." })
  populations(@Root() member: Member, @Ctx() ctx: RequestContext): Promise<MemberPopulation[]> {
    return populationsByMember(ctx).load(member.id);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Inhabitants on a day: the latest figure recorded on or before it, else `population`; null when neither is known.',
  })
  async populationOn(
    @Root() member: Member,
    @Arg('date', () => DateScalar, { description: 'The day, e.g. a price model\'s reference day "2022-11-01".' }) date: string,
    @Ctx() ctx: RequestContext,
  ): Promise<number | null> {
    const recorded = (await populationsByMember(ctx).load(member.id)).filter((record) => record.on <= date);
    return recorded.at(-1)?.population ?? member.population;
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => MemberPopulation, { description: "Records a member's number of inhabitants as of a day, e.g. from SCB's figures for 1 November (admins)." })
  async recordPopulation(
    @Arg('memberId', () => ID, { description: 'The member.' }) memberId: string,
    @Arg('on', () => DateScalar, { description: 'The day the figure is for.' }) on: string,
    @Arg('population', () => Int, { description: 'Number of inhabitants, zero or more.' }) population: number,
    @Ctx() { em }: RequestContext,
  ): Promise<MemberPopulation> {
    if (population < 0) throw new BadUserInputError('population', `${population} is negative: give the number of inhabitants, zero or more`);
    const member = await findOrFail(em, Member, memberId, 'memberId', 'member', 'share');
    if (await em.count(MemberPopulation, { memberId, on })) throw new ConflictError('on', `${member.name} already has a population recorded for ${on}`);
    const record = em.create(MemberPopulation, { memberId, on, population });
    await em.flush();
    return record;
  }
}
