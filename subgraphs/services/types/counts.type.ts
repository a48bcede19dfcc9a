import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { YearCounts } from '../../shared/graphql/counts';

export enum SubscriptionCountDimension {
  SERVICE = 'SERVICE',
  COUNTY = 'COUNTY',
}

registerEnumType(SubscriptionCountDimension, {
  name: 'SubscriptionCountDimension',
  description: 'What subscription counts are grouped by, besides the year.',
  valuesConfig: {
    SERVICE: { description: 'The collaboration service.' },
    COUNTY: {
      description: "The subscribing member's county (län), asked of the membership subgraph for all the members in one batched `_entities` lookup.",
    },
  },
});

@ObjectType('SubscriptionCountRow', {
  description:
    'Subscriptions in a year (and service and county when grouped by them): `active` on some day of the year, `started`, `ended`, `atYearEnd` ' +
    'on 31 December, and how many members subscribed.',
})
export class SubscriptionCountRow extends YearCounts {
  serviceId!: string | null;

  @Field(() => String, { nullable: true, description: "The members' county, when grouped by COUNTY; null also for members without one." })
  county!: string | null;

  @Field(() => Int, { description: 'How many different members had an active subscription in the group during the year.' })
  members!: number;
}

@ObjectType('CouncilSeatCountRow', {
  description: 'Seats on one service’s governance council in a year: `active` on some day of the year, `started` (appointed), `ended`, `atYearEnd`.',
})
export class CouncilSeatCountRow extends YearCounts {
  councilId!: string;

  @Field(() => Int, { description: 'How many different members held seats during the year.' })
  members!: number;
}
