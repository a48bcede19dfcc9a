import { IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../../shared/graphql/scalars';

@InputType({ description: 'A meeting a governance council held.' })
export class RecordCouncilMeetingInput {
  @Field(() => ID, { description: 'The council.' })
  @IsUUID()
  councilId!: string;

  @Field(() => DateScalar, { description: 'Day of the meeting; one meeting per council and day.' })
  heldOn!: string;

  @Field(() => String, { nullable: true, description: 'A short note, e.g. what was decided.' })
  @IsOptional()
  @Length(1, 2000)
  note?: string | null;
}
