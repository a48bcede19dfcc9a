import type { FilterQuery } from '@mikro-orm/core';
import { ArrayMaxSize, ArrayUnique, IsOptional, IsUUID, Length } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../../shared/graphql/pagination';

/** How networks and projects, collaborations both, word what they have alike. */
export interface CollaborationWords {
  plural: 'networks' | 'projects';
  /** What the `description` field is. */
  description: string;
  /** What the `partners` field is. */
  partners: string;
  /** What the `partner` filter keeps. */
  partnerFilter: string;
}

/** The fields a new network or project is given alike: a unique name, a description and its partners. */
export function NewCollaborationInput(words: CollaborationWords) {
  @InputType()
  abstract class NewCollaboration {
    @Field(() => String, { description: `Name, unique among ${words.plural}.` })
    @Length(2, 200)
    name!: string;

    @Field(() => String, { description: words.description })
    @Length(10, 5000)
    description!: string;

    @Field(() => [String], { defaultValue: [], description: words.partners })
    @ArrayMaxSize(50)
    @ArrayUnique()
    @Length(2, 100, { each: true })
    partners!: string[];
  }
  return NewCollaboration;
}

/** The same fields as changes: left out, they stay as they are. */
export function CollaborationChangesInput(words: CollaborationWords) {
  @InputType()
  abstract class CollaborationChanges {
    @Field(() => String, { nullable: true, description: `Name, unique among ${words.plural}.` })
    @IsOptional()
    @Length(2, 200)
    name?: string;

    @Field(() => String, { nullable: true, description: words.description })
    @IsOptional()
    @Length(10, 5000)
    description?: string;

    @Field(() => [String], { nullable: true, description: words.partners })
    @IsOptional()
    @ArrayMaxSize(50)
    @ArrayUnique()
    @Length(2, 100, { each: true })
    partners?: string[];
  }
  return CollaborationChanges;
}

/** The filters networks and projects are listed by alike: a member taking part, a partner. */
export function CollaborationsArgs(words: CollaborationWords) {
  @ArgsType()
  abstract class Collaborations extends PageArgs {
    @Field(() => ID, { nullable: true, description: `Only ${words.plural} this member takes or took part in.` })
    @IsOptional()
    @IsUUID('all', { message: 'memberId must be a member id (a UUID)' })
    memberId?: string | null;

    @Field(() => String, { nullable: true, description: words.partnerFilter })
    partner?: string | null;
  }
  return Collaborations;
}

/** The conditions of those filters, for a network's or project's `participations` and `partners`. */
export function collaborationConditions<T>(args: { memberId?: string | null; partner?: string | null }): FilterQuery<T>[] {
  const conditions: FilterQuery<T>[] = [];
  if (args.memberId) conditions.push({ participations: { $some: { memberId: args.memberId } } } as never);
  if (args.partner) conditions.push({ partners: { $contains: [args.partner] } } as never);
  return conditions;
}
