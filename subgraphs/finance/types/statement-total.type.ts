import { Field, ObjectType } from 'type-graphql';
import { Money } from '../../shared/domain/money';
import { TotalScope } from '../entities/stated-total.entity';

@ObjectType('StatementTotal', {
  description:
    'A total of a financial statement computed from its lines, beside the figure the source document states. Real documents do not always add up; both ' +
    'are kept.',
})
export class StatementTotal {
  @Field(() => String, { description: 'What the total adds up, e.g. "Total income" or "External costs".' })
  label!: string;

  @Field(() => TotalScope, { description: 'Which lines the total adds up.' })
  scope!: TotalScope;

  @Field(() => String, { nullable: true, description: 'The section, for a section subtotal; otherwise null.' })
  section!: string | null;

  @Field(() => Money, { description: 'The sum of the lines (for the result: income minus costs). Income and costs are positive amounts.' })
  computed!: Money;

  @Field(() => Money, { nullable: true, description: 'The figure printed in the source document, in the same sign convention; null when it states none.' })
  stated!: Money | null;

  @Field(() => Money, {
    nullable: true,
    description:
      'Stated minus computed; null when nothing is stated. Non-zero when the document does not add up (or, for a result, includes items not itemised ' +
      'in the lines).',
  })
  difference!: Money | null;
}
