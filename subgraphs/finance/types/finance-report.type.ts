import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../../shared/domain/money';
import { Member } from '../entities/member.stub';
import { Service } from '../entities/service.stub';

export enum ReportDimension {
  YEAR = 'YEAR',
  MEMBER = 'MEMBER',
  SERVICE = 'SERVICE',
  COUNTY = 'COUNTY',
  MEMBER_KIND = 'MEMBER_KIND',
  POPULATION_BAND = 'POPULATION_BAND',
}

const ASKED_OF_MEMBERSHIP = "Finance keeps no member data: it asks the membership subgraph for all the report's members in one batched `_entities` lookup.";

registerEnumType(ReportDimension, {
  name: 'ReportDimension',
  description: 'What a finance report groups its rows by; a report takes up to three at once.',
  valuesConfig: {
    YEAR: { description: 'The calendar year paid for.' },
    MEMBER: { description: 'The member that paid.' },
    SERVICE: { description: 'The collaboration service charged for; membership fees and project contributions fall in the row without a service.' },
    COUNTY: { description: `The member's county (län). ${ASKED_OF_MEMBERSHIP}` },
    MEMBER_KIND: { description: `The kind of member (municipality, region, …) at the end of each year. ${ASKED_OF_MEMBERSHIP}` },
    POPULATION_BAND: { description: `The band of the member's number of inhabitants. ${ASKED_OF_MEMBERSHIP}` },
  },
});

export enum PopulationBand {
  UNDER_15000 = 'UNDER_15000',
  FROM_15000_TO_39999 = 'FROM_15000_TO_39999',
  FROM_40000_TO_79999 = 'FROM_40000_TO_79999',
  FROM_80000_TO_149999 = 'FROM_80000_TO_149999',
  FROM_150000_TO_499999 = 'FROM_150000_TO_499999',
  FROM_500000 = 'FROM_500000',
  NO_INHABITANTS = 'NO_INHABITANTS',
}

registerEnumType(PopulationBand, {
  name: 'PopulationBand',
  description: "A band of a member's number of inhabitants (the bands of the DEMO fee model).",
  valuesConfig: {
    UNDER_15000: { description: 'Under 15 000 inhabitants.' },
    FROM_15000_TO_39999: { description: '15 000–39 999 inhabitants.' },
    FROM_40000_TO_79999: { description: '40 000–79 999 inhabitants.' },
    FROM_80000_TO_149999: { description: '80 000–149 999 inhabitants.' },
    FROM_150000_TO_499999: { description: '150 000–499 999 inhabitants.' },
    FROM_500000: { description: '500 000 inhabitants or more.' },
    NO_INHABITANTS: { description: 'No number of inhabitants is recorded: a federation, an association or SKR.' },
  },
});

/** The band of a number of inhabitants. */
export function populationBandOf(population: number | null): PopulationBand {
  if (population === null) return PopulationBand.NO_INHABITANTS;
  const bands: Array<[below: number, band: PopulationBand]> = [
    [15_000, PopulationBand.UNDER_15000],
    [40_000, PopulationBand.FROM_15000_TO_39999],
    [80_000, PopulationBand.FROM_40000_TO_79999],
    [150_000, PopulationBand.FROM_80000_TO_149999],
    [500_000, PopulationBand.FROM_150000_TO_499999],
  ];
  return bands.find(([below]) => population < below)?.[1] ?? PopulationBand.FROM_500000;
}

export enum ReportOrder {
  DIMENSIONS = 'DIMENSIONS',
  TOTAL_DESC = 'TOTAL_DESC',
}

registerEnumType(ReportOrder, {
  name: 'ReportOrder',
  description: "The order of a finance report's rows.",
  valuesConfig: {
    DIMENSIONS: {
      description:
        'By the dimensions in the order given: years ascending, counties, kinds and bands by name in Swedish order, members and services by id; ' +
        'the row without a value last.',
    },
    TOTAL_DESC: { description: 'Largest total first, then by the dimensions.' },
  },
});

@ObjectType('FinanceReportRow', {
  description: 'What one group of members paid: the values of the report’s dimensions (null for a dimension the report does not group by) and the measures.',
})
export class FinanceReportRow {
  @Field(() => Int, { nullable: true, description: 'The year, when grouped by YEAR.' })
  year!: number | null;

  @Field(() => Member, { nullable: true, description: 'The member, when grouped by MEMBER.' })
  member!: Member | null;

  @Field(() => Service, {
    nullable: true,
    description: 'The service, when grouped by SERVICE; null also for fees and contributions, which are for no service.',
  })
  service!: Service | null;

  @Field(() => String, { nullable: true, description: "The members' county (län), when grouped by COUNTY; null for members without one." })
  county!: string | null;

  @Field(() => String, { nullable: true, description: 'The kind of member (a MemberKind value), when grouped by MEMBER_KIND.' })
  memberKind!: string | null;

  @Field(() => PopulationBand, { nullable: true, description: 'The population band, when grouped by POPULATION_BAND.' })
  populationBand!: PopulationBand | null;

  @Field(() => Int, { description: 'How many members paid something in this group (each once).' })
  memberCount!: number;

  @Field(() => Money, { description: 'Membership fees (medlemsavgifter).' })
  membershipFees!: Money;

  @Field(() => Money, { description: 'Service charges (utdebitering).' })
  serviceCharges!: Money;

  @Field(() => Money, { description: 'Contributions to co-funded projects.' })
  projectContributions!: Money;

  @Field(() => Money, { description: 'Membership fees + service charges + project contributions.' })
  total!: Money;

  @Field(() => Int, {
    nullable: true,
    description: "The inhabitants of the group's members that have a number of inhabitants (today's figure, from membership); null when none has.",
  })
  population!: number | null;

  @Field(() => Money, {
    nullable: true,
    description:
      'What the members with inhabitants paid, per inhabitant (their total divided by `population`, rounded half up to whole öre); null without population.',
  })
  perResident!: Money | null;
}

@ObjectType('FinanceReport', { description: 'What members paid Sambruk over a range of years, grouped by up to three dimensions, with the grand total.' })
export class FinanceReport {
  @Field(() => Int, { description: 'The first year of the report.' })
  fromYear!: number;

  @Field(() => Int, { description: 'The last year of the report (included).' })
  toYear!: number;

  @Field(() => [ReportDimension], { description: 'The dimensions the rows are grouped by, in the order asked.' })
  dimensions!: ReportDimension[];

  @Field(() => [FinanceReportRow], { description: 'One row per combination of dimension values that has payments; combinations without any are left out.' })
  rows!: FinanceReportRow[];

  @Field(() => FinanceReportRow, { description: 'Everything the report covers as one row: the sum of the rows (its member count counts each member once).' })
  total!: FinanceReportRow;
}
