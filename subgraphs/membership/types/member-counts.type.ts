import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { YearCounts } from '../../shared/graphql/counts';
import { MemberKind } from '../entities/member.entity';

export enum MemberCountDimension {
  MEMBER_KIND = 'MEMBER_KIND',
  COUNTY = 'COUNTY',
}

registerEnumType(MemberCountDimension, {
  name: 'MemberCountDimension',
  description: 'What member counts are grouped by, besides the year.',
  valuesConfig: {
    MEMBER_KIND: { description: 'The kind of organisation.' },
    COUNTY: { description: 'The county (län).' },
  },
});

@ObjectType('MemberCountRow', {
  description:
    'Memberships in a year (and kind and county when grouped by them): `active` members on some day of the year, `started` = joined, ' +
    '`ended` = left (their last day as members fell in the year), `atYearEnd` members on 31 December.',
})
export class MemberCountRow extends YearCounts {
  @Field(() => MemberKind, { nullable: true, description: 'The kind of member, when grouped by MEMBER_KIND.' })
  kind!: MemberKind | null;

  @Field(() => String, { nullable: true, description: 'The county, when grouped by COUNTY; null also for members without one.' })
  county!: string | null;
}
