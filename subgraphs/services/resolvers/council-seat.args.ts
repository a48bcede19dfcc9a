import { IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../../shared/graphql/scalars';
import { CouncilRole } from '../entities/council-seat.entity';

@InputType({ description: 'A person taking a seat on a governance council for a subscribing member.' })
export class AppointCouncilSeatInput {
  @Field(() => ID, { description: 'The council.' })
  @IsUUID()
  councilId!: string;

  @Field(() => ID, { description: "The member the person sits for; it must use the council's service over the whole period." })
  @IsUUID()
  memberId!: string;

  @Field(() => String, { description: 'Full name of the person.' })
  @Length(2, 200)
  person!: string;

  @Field(() => CouncilRole, { defaultValue: CouncilRole.MEMBER, description: 'The seat; a council has one chair at a time.' })
  role: CouncilRole = CouncilRole.MEMBER;

  @Field(() => DateScalar, { description: 'First day in the seat.' })
  from!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day the seat ends (not held from this day), after `from`; null until further notice.' })
  to?: string | null;
}
