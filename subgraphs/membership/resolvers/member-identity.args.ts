import { Length } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { DateScalar } from '../../shared/graphql/scalars';
import { MemberKind } from '../entities/member.entity';

@ArgsType()
export class RenameMemberArgs {
  @Field(() => ID, { description: 'The member renamed.' })
  id!: string;

  @Field(() => String, { description: 'Its official name from `on`, e.g. "Region Jönköpings län".' })
  @Length(2, 200)
  name!: string;

  @Field(() => MemberKind, { nullable: true, description: 'Its kind from `on`; the kind it has until then when left out.' })
  kind?: MemberKind | null;

  @Field(() => DateScalar, { description: 'First day of the new name and kind; after the day its current name took effect.' })
  on!: string;
}
