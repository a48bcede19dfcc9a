import { Field, Int, ObjectType } from 'type-graphql';
import { Money } from '../../shared/domain/money';
import { Member } from '../entities/member.stub';
import { PriceModel } from '../entities/price-model.entity';
import { Service } from '../entities/service.stub';
import { ServiceSubscription } from '../entities/service-subscription.stub';

@ObjectType('ScenarioLine', { description: 'What one member (for one subscription) pays under the model in force and would pay under the proposal.' })
export class ScenarioLine {
  @Field(() => Member, { description: 'The member.' })
  member!: Member;

  @Field(() => ServiceSubscription, { nullable: true, description: 'The subscription; null for a fee.' })
  subscription!: ServiceSubscription | null;

  @Field(() => Int, { description: 'Days of the year billed.' })
  days!: number;

  @Field(() => Int, { nullable: true, description: 'Inhabitants on the reference day.' })
  population!: number | null;

  @Field(() => Money, { description: 'Under the model in force.' })
  current!: Money;

  @Field(() => Money, { description: 'Under the proposed model.' })
  proposed!: Money;

  @Field(() => Money, { description: 'Proposed minus current: negative for a winner, positive for a loser.' })
  difference!: Money;
}

@ObjectType('PriceScenario', {
  description:
    'What-if for a price-model review: every member under the model in force and under a proposal, the winners and losers, and whether costs are covered. Nothing is written.',
})
export class PriceScenario {
  @Field(() => Int, { description: 'The year compared.' })
  year!: number;

  @Field(() => Service, { nullable: true, description: 'The service; null for the membership fee schedule.' })
  service!: Service | null;

  @Field(() => PriceModel, { nullable: true, description: 'The version in force; null when there is none.' })
  current!: PriceModel | null;

  @Field(() => Money, { description: 'Everything billed under the model in force.' })
  currentTotal!: Money;

  @Field(() => Money, { description: 'Everything billed under the proposal.' })
  proposedTotal!: Money;

  @Field(() => Money, { nullable: true, description: "The service's costs recorded for the year; null for the fee schedule." })
  costs!: Money | null;

  @Field(() => Boolean, { nullable: true, description: 'True when the proposal covers the costs; null for the fee schedule.' })
  coversCosts!: boolean | null;

  @Field(() => Int, { description: 'How many lines would pay less.' })
  winners!: number;

  @Field(() => Int, { description: 'How many lines would pay more.' })
  losers!: number;

  @Field(() => [ScenarioLine], { description: 'Every line, the largest increase first.' })
  lines!: ScenarioLine[];
}
