import { ArgsType, Field, Int } from 'type-graphql';

/** The years a count or series covers. */
@ArgsType()
export class YearRangeArgs {
  @Field(() => Int, { description: 'The first year.' })
  fromYear!: number;

  @Field(() => Int, { description: 'The last year (included); at most 30 years after fromYear.' })
  toYear!: number;
}
