import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { MEMBERSHIP_FEE_SUBJECT } from '../../shared/domain/billing';
import { Access, Restricted } from '../../shared/graphql/auth';
import type { RequestContext } from '../../shared/graphql/context';
import { BadUserInputError } from '../../shared/graphql/errors';
import { isUuid } from '../../shared/graphql/lookup';
import { priceScenario } from '../billing';
import { PriceModel } from '../entities/price-model.entity';
import { newVersion, tariffOf } from '../price-models';
import { checkYear, requireService } from '../rules';
import { PriceScenario } from '../types/price-scenario.type';
import { DefinePriceModelInput, PriceModelInput } from './price-model.args';

const proposedArg = { description: 'The model proposed, as it would be defined.' };
const yearArg = { description: 'The year to compare, with its members, subscriptions and costs.' };

/** A proposed model checked for a scenario of `year`: its tariff and the day of the year its populations are read. */
function proposalOf(proposedModel: PriceModelInput, year: number, ctx: RequestContext) {
  checkYear(year, ctx.today, 'year');
  return { tariff: tariffOf(proposedModel, 'proposedModel'), populationDay: proposedModel.populationDay ?? '11-01' };
}

@Resolver(() => PriceModel)
export class PriceModelResolver {
  @Query(() => [PriceModel], {
    description: "Every version of the membership fee schedule (serviceId left out) or of a service's price models (all variants), oldest first.",
  })
  async priceModels(
    @Arg('serviceId', () => ID, { nullable: true, description: 'The service; left out for the membership fee schedule.' }) serviceId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PriceModel[]> {
    if (serviceId != null && !isUuid(serviceId)) throw new BadUserInputError('serviceId', `"${serviceId}" is not an id`);
    const where = serviceId == null ? { subject: MEMBERSHIP_FEE_SUBJECT } : { serviceId };
    return ctx.em.find(PriceModel, where, { orderBy: { variant: 'asc', version: 'asc' } });
  }

  @Restricted(Access.ADMIN)
  @Mutation(() => PriceModel, {
    description:
      'Defines a new version of the membership fee schedule or of a service’s price model, valid from a 1 January after every earlier version; ' +
      'earlier versions are kept as they are (admins).',
  })
  async definePriceModel(
    @Arg('input', () => DefinePriceModelInput, { description: 'What the version prices, from when, and how.' }) input: DefinePriceModelInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PriceModel> {
    if (input.serviceId != null) await requireService(ctx, input.serviceId, 'input.serviceId');
    const model = await newVersion(ctx.em, input);
    await ctx.em.flush();
    return model;
  }

  @Restricted(Access.ANALYST)
  @Query(() => PriceScenario, {
    nullable: true,
    description: 'What each member would pay for a service under a proposed price model compared with the model in force; writes nothing (analysts, admins).',
  })
  async priceScenario(
    @Arg('serviceId', () => ID, { description: 'The service.' }) serviceId: string,
    @Arg('proposedModel', () => PriceModelInput, proposedArg) proposedModel: PriceModelInput,
    @Arg('year', () => Int, yearArg) year: number,
    @Ctx() ctx: RequestContext,
  ): Promise<PriceScenario> {
    const proposal = proposalOf(proposedModel, year, ctx);
    await requireService(ctx, serviceId, 'serviceId');
    return priceScenario(ctx, year, serviceId, proposal);
  }

  @Restricted(Access.ANALYST)
  @Query(() => PriceScenario, {
    nullable: true,
    description: 'What each member would pay under a proposed membership fee schedule compared with the one in force; writes nothing (analysts, admins).',
  })
  async feeScenario(
    @Arg('proposedModel', () => PriceModelInput, proposedArg) proposedModel: PriceModelInput,
    @Arg('year', () => Int, yearArg) year: number,
    @Ctx() ctx: RequestContext,
  ): Promise<PriceScenario> {
    return priceScenario(ctx, year, null, proposalOf(proposedModel, year, ctx));
  }
}
