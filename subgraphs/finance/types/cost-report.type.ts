import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../../shared/domain/money';
import { Member } from '../entities/member.stub';
import { Service } from '../entities/service.stub';

export enum CostGroupBy {
  MEMBER = 'MEMBER',
  SERVICE = 'SERVICE',
  COUNTY = 'COUNTY',
  MEMBER_KIND = 'MEMBER_KIND',
}

registerEnumType(CostGroupBy, {
  name: 'CostGroupBy',
  description: 'How a cost report groups what members pay.',
  valuesConfig: {
    MEMBER: { description: 'One row per member.' },
    SERVICE: { description: 'One row per collaboration service (its charges), plus one row without a service for membership fees and project contributions.' },
    COUNTY: {
      description:
        "One row per county (län). Finance keeps no member data: it asks the membership subgraph for the members' counties in one batched `_entities` " +
        'lookup per report.',
    },
    MEMBER_KIND: {
      description: 'One row per kind of member (municipality, region, …) at the end of the year, looked up in the membership subgraph like COUNTY.',
    },
  },
});

@ObjectType('CostReportRow', { description: 'What one group of members paid in the year.' })
export class CostReportRow {
  @Field(() => String, {
    nullable: true,
    description:
      "The group: the member's or service's id, the county's name, or the member kind (a MemberKind value). Null for members without a county, and by " +
      'service for what is not tied to a service.',
  })
  key!: string | null;

  @Field(() => Member, { nullable: true, description: 'The member, when grouped by member.' })
  member!: Member | null;

  @Field(() => Service, { nullable: true, description: 'The service, when grouped by service.' })
  service!: Service | null;

  @Field(() => Int, { description: 'How many members paid something in this group.' })
  memberCount!: number;

  @Field(() => Money, { description: 'Membership fees.' })
  membershipFees!: Money;

  @Field(() => Money, { description: 'Service charges.' })
  serviceCharges!: Money;

  @Field(() => Money, { description: 'Contributions to co-funded projects.' })
  projectContributions!: Money;

  @Field(() => Money, { description: 'Membership fees + service charges + project contributions.' })
  total!: Money;
}

@ObjectType('CostReport', { description: 'What members paid Sambruk in a year, grouped. The grand total is the same whichever grouping is chosen.' })
export class CostReport {
  @Field(() => Int, { description: 'The calendar year.' })
  year!: number;

  @Field(() => CostGroupBy, { description: 'How the rows are grouped.' })
  groupBy!: CostGroupBy;

  @Field(() => [CostReportRow], { description: 'One row per group, largest total first.' })
  rows!: CostReportRow[];

  @Field(() => Money, { description: 'All membership fees of the year.' })
  membershipFees!: Money;

  @Field(() => Money, { description: 'All service charges of the year.' })
  serviceCharges!: Money;

  @Field(() => Money, { description: 'All project contributions of the year.' })
  projectContributions!: Money;

  @Field(() => Money, { description: 'The sum of the rows.' })
  total!: Money;
}
