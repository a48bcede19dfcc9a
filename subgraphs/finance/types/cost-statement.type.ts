import { Field, Int, ObjectType } from 'type-graphql';
import { Money } from '../../shared/domain/money';
import { MembershipFee } from '../entities/membership-fee.entity';
import { ProjectFunding } from '../entities/project-funding.entity';
import { ServiceCharge } from '../entities/service-charge.entity';

@ObjectType('CostStatement', {
  description:
    'What a member pays Sambruk in a year: its membership fee, one line per service charged, its project contributions, and the total — always the sum ' +
    'of those parts.',
})
export class CostStatement {
  @Field(() => Int, { description: 'The calendar year.' })
  year!: number;

  @Field(() => MembershipFee, { nullable: true, description: 'The membership fee for the year; null when none is recorded.' })
  membershipFee!: MembershipFee | null;

  @Field(() => [ServiceCharge], { description: 'One line per collaboration service the member was charged for, largest first.' })
  serviceCharges!: ServiceCharge[];

  @Field(() => [ProjectFunding], { description: "The member's contributions to co-funded projects, largest first." })
  projectContributions!: ProjectFunding[];

  @Field(() => Money, { description: 'The sum of the service charges.' })
  serviceChargesTotal!: Money;

  @Field(() => Money, { description: 'The sum of the project contributions.' })
  projectContributionsTotal!: Money;

  @Field(() => Money, { description: 'Membership fee + service charges + project contributions.' })
  total!: Money;
}
