import { Field, Int, ObjectType } from 'type-graphql';
import { Money } from '../../shared/domain/money';
import { PriceModel } from '../entities/price-model.entity';
import { ServiceCost } from '../entities/service-cost.entity';

@ObjectType('ServiceEconomy', {
  description:
    "A collaboration service's economy for a year. Each service must carry its own economy: what its members are charged should cover what it costs.",
})
export class ServiceEconomy {
  @Field(() => Int, { description: 'The calendar year.' })
  year!: number;

  @Field(() => Money, { description: 'What the service charged its members (sum of the service charges).' })
  charged!: Money;

  @Field(() => Int, { description: 'How many members were charged (a member charged on two subscriptions, having switched variant, counts once).' })
  chargedMembers!: number;

  @Field(() => Money, { description: 'What the service cost the association (sum of `costLines`).' })
  costs!: Money;

  @Field(() => [ServiceCost], { description: 'The costs, largest first.' })
  costLines!: ServiceCost[];

  @Field(() => Money, { description: 'Charged minus costs; negative when the charges do not cover the costs.' })
  balance!: Money;

  @Field(() => Boolean, { description: 'True when the charges cover the costs (balance zero or more).' })
  covered!: boolean;

  @Field(() => [PriceModel], {
    nullable: true,
    description:
      'The price model versions whose billing runs produced the charges (empty when all were entered by hand); given by `Service.economy`, null in series.',
  })
  priceModels?: PriceModel[] | null;
}
