import { Field, Int, ObjectType } from 'type-graphql';
import { Money, money } from '../../shared/domain/money';
import { MembershipFee } from '../entities/membership-fee.entity';
import { ProjectFunding } from '../entities/project-funding.entity';
import { ServiceCharge } from '../entities/service-charge.entity';

/** What a member paid in a year, part by part, in öre. */
export interface CostSums {
  fees: bigint;
  charges: bigint;
  contributions: bigint;
}

/** Where a statement's parts come from, each fetched only when a field asks for it: loaders for one year, or rows already at hand. */
export interface CostParts {
  fees(): Promise<MembershipFee[]>;
  serviceCharges(): Promise<ServiceCharge[]>;
  projectContributions(): Promise<ProjectFunding[]>;
  sums(): Promise<CostSums>;
}

@ObjectType('CostStatement', {
  description:
    'What a member pays Sambruk in a year: its membership fee, one line per service charged, its project contributions, and the total — always the sum ' +
    'of those parts.',
})
export class CostStatement {
  @Field(() => Int, { description: 'The calendar year.' })
  readonly year: number;

  constructor(
    year: number,
    private readonly parts: CostParts,
  ) {
    this.year = year;
  }

  @Field(() => MembershipFee, { nullable: true, description: 'The membership fee for the year; null when none is recorded.' })
  get membershipFee(): Promise<MembershipFee | null> {
    return this.parts.fees().then((fees) => fees[0] ?? null);
  }

  @Field(() => [ServiceCharge], { description: 'One line per collaboration service the member was charged for, largest first.' })
  get serviceCharges(): Promise<ServiceCharge[]> {
    return this.parts.serviceCharges();
  }

  @Field(() => [ProjectFunding], { description: "The member's contributions to co-funded projects, largest first." })
  get projectContributions(): Promise<ProjectFunding[]> {
    return this.parts.projectContributions();
  }

  @Field(() => Money, { description: 'The sum of the service charges.' })
  get serviceChargesTotal(): Promise<Money> {
    return this.parts.sums().then((sums) => money(sums.charges));
  }

  @Field(() => Money, { description: 'The sum of the project contributions.' })
  get projectContributionsTotal(): Promise<Money> {
    return this.parts.sums().then((sums) => money(sums.contributions));
  }

  @Field(() => Money, { description: 'Membership fee + service charges + project contributions.' })
  get total(): Promise<Money> {
    return this.parts.sums().then((sums) => money(sums.fees + sums.charges + sums.contributions));
  }
}
