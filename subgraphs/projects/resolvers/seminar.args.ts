import { IsOptional, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateRange, IdsField, IntRange, NodeFilter } from '../../shared/graphql/filters';
import { ConnectionType, ListArgs, OrderInput } from '../../shared/graphql/pagination';
import { DateScalar } from '../../shared/graphql/scalars';
import { Seminar, SeminarFormat } from '../entities/seminar.entity';

@ObjectType('SeminarConnection', { description: 'A page of seminars.' })
export class SeminarConnection extends ConnectionType(Seminar, 'The seminars on this page, oldest first.') {}

export enum SeminarOrderField {
  HELD_ON = 'heldOn',
  TITLE = 'title',
  ATTENDEES = 'attendees',
}

registerEnumType(SeminarOrderField, {
  name: 'SeminarOrderField',
  description: 'What seminars can be sorted by.',
  valuesConfig: {
    HELD_ON: { description: 'Day the seminar is held.' },
    TITLE: { description: 'Title, in Swedish order.' },
    ATTENDEES: { description: 'How many took part.' },
  },
});

@InputType('SeminarOrder', { description: 'One sort key for seminars.' })
export class SeminarOrder extends OrderInput(SeminarOrderField, 'SeminarOrderField') {}

@InputType('SeminarFilter', { description: 'Which seminars to list; every condition given must hold.' })
export class SeminarFilter extends NodeFilter {
  @Field(() => [SeminarFormat], { nullable: true, description: 'Only seminars in these formats.' })
  formatIn?: SeminarFormat[] | null;

  @IdsField('Only seminars held for these networks.')
  networkIdIn?: string[] | null;

  @IdsField('Only seminars these members organised.')
  organiserIdIn?: string[] | null;

  @Field(() => DateRange, { nullable: true, description: 'Only seminars held within these days.' })
  heldOn?: DateRange | null;

  @Field(() => IntRange, { nullable: true, description: 'Only seminars with this many attendees.' })
  @IsOptional()
  @ValidateNested()
  attendees?: IntRange | null;

  @Field(() => String, { nullable: true, description: 'Text in the title (case- and accent-insensitive).' })
  @IsOptional()
  @Length(1, 100)
  search?: string | null;
}

@ArgsType()
export class SeminarsArgs extends ListArgs(SeminarOrder, 'Oldest first (by heldOn)') {
  @Field(() => SeminarFilter, { nullable: true, description: 'Conditions on the seminars to list.' })
  @IsOptional()
  @ValidateNested()
  filter?: SeminarFilter | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only seminars held on this day or later.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only seminars held on this day or earlier.' })
  to?: string | null;

  @Field(() => SeminarFormat, { nullable: true, description: 'Only seminars in this format.' })
  format?: SeminarFormat | null;

  @Field(() => ID, { nullable: true, description: 'Only seminars held for this network.' })
  @IsOptional()
  @IsUUID('all', { message: 'networkId must be a network id (a UUID)' })
  networkId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only seminars this member organised.' })
  @IsOptional()
  @IsUUID('all', { message: 'organiserId must be a member id (a UUID)' })
  organiserId?: string | null;
}

const MAX_ATTENDEES = 100_000;

@InputType({ description: 'A new seminar.' })
export class CreateSeminarInput {
  @Field(() => String, { description: 'Title.' })
  @Length(2, 300)
  title!: string;

  @Field(() => DateScalar, { description: 'Day the seminar is held.' })
  heldOn!: string;

  @Field(() => SeminarFormat, { description: 'Digital or on site.' })
  format!: SeminarFormat;

  @Field(() => ID, { nullable: true, description: 'The network it is held for, if any; the network must have started by then.' })
  @IsOptional()
  @IsUUID('all', { message: 'networkId must be a network id (a UUID)' })
  networkId?: string | null;

  @Field(() => ID, { description: 'The organising member; it must be a member of Sambruk on the day.' })
  @IsUUID('all', { message: 'organiserId must be a member id (a UUID)' })
  organiserId!: string;

  @Field(() => Int, { description: 'Number of attendees (people); 0 for a seminar not yet held.' })
  @Min(0)
  @Max(MAX_ATTENDEES)
  attendees!: number;
}

@InputType({ description: 'Changes to a seminar; fields left out stay as they are.' })
export class UpdateSeminarInput {
  @Field(() => String, { nullable: true, description: 'Title.' })
  @IsOptional()
  @Length(2, 300)
  title?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day the seminar is held.' })
  heldOn?: string;

  @Field(() => SeminarFormat, { nullable: true, description: 'Digital or on site.' })
  format?: SeminarFormat;

  @Field(() => ID, { nullable: true, description: 'The network it is held for; null to detach it from its network.' })
  @IsOptional()
  @IsUUID('all', { message: 'networkId must be a network id (a UUID)' })
  networkId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organising member; it must be a member of Sambruk on the day.' })
  @IsOptional()
  @IsUUID('all', { message: 'organiserId must be a member id (a UUID)' })
  organiserId?: string;

  @Field(() => Int, { nullable: true, description: 'Number of attendees (people).' })
  @IsOptional()
  @Min(0)
  @Max(MAX_ATTENDEES)
  attendees?: number;
}
