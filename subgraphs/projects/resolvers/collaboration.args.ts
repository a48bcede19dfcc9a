import { ArrayMaxSize, IsOptional, IsUUID, Length } from 'class-validator';
import { ArgsType, type ClassType, Field, ID, InputType } from 'type-graphql';
import { textSearch } from '../../shared/domain/search';
import { DateRange, IdsField, NodeFilter, oneOf, within } from '../../shared/graphql/filters';
import { ListArgs, type OrderKey } from '../../shared/graphql/pagination';

/** How networks and projects, collaborations both, word what they have alike. */
export interface CollaborationWords {
  plural: 'networks' | 'projects';
  /** What the `description` field is. */
  description: string;
  /** What the `partner` filter keeps. */
  partnerFilter: string;
}

/** The fields a new network or project is given alike: a unique name and a description (partners take roles on it: addProjectPartnerRole, addNetworkPartnerRole). */
export function NewCollaborationInput(words: CollaborationWords) {
  @InputType()
  abstract class NewCollaboration {
    @Field(() => String, { description: `Name, unique among ${words.plural}.` })
    @Length(2, 200)
    name!: string;

    @Field(() => String, { description: words.description })
    @Length(10, 5000)
    description!: string;
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
  }
  return CollaborationChanges;
}

/** The filter fields networks and projects have alike. */
@InputType()
export abstract class CollaborationFilter extends NodeFilter {
  @IdsField('Only those these members take or took part in (any of them).')
  memberIdIn?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only those where a partner with any of these names (exact) holds or held a role.' })
  @IsOptional()
  @ArrayMaxSize(50)
  partnerIn?: string[] | null;

  @IdsField('Only those where any of these partners holds or held a role.')
  partnerIdIn?: string[] | null;

  @Field(() => DateRange, { nullable: true, description: 'Only those that started within these days.' })
  startedOn?: DateRange | null;

  @Field(() => String, { nullable: true, description: 'Text in the name (case- and accent-insensitive).' })
  @IsOptional()
  @Length(1, 100)
  search?: string | null;
}

/** The arguments networks and projects are listed by alike: page, order, a member taking part, a partner. */
export function CollaborationsArgs<O extends OrderKey>(words: CollaborationWords, order: ClassType<O>) {
  @ArgsType()
  abstract class Collaborations extends ListArgs(order, 'By name') {
    @Field(() => ID, { nullable: true, description: `Only ${words.plural} this member takes or took part in (as filter.memberIdIn with one id).` })
    @IsOptional()
    @IsUUID('all', { message: 'memberId must be a member id (a UUID)' })
    memberId?: string | null;

    @Field(() => String, { nullable: true, description: words.partnerFilter })
    partner?: string | null;
  }
  return Collaborations;
}

/** The conditions of those arguments and filter fields, for a network's or project's `participations` and `partnerRoles`. */
export function collaborationConditions(
  args: { memberId?: string | null; partner?: string | null },
  filter: CollaborationFilter,
  searched: string[],
): unknown[] {
  return [
    oneOf('id', filter.idIn),
    args.memberId && { participations: { $some: { memberId: args.memberId } } },
    filter.memberIdIn && { participations: { $some: { memberId: { $in: filter.memberIdIn } } } },
    args.partner && { partnerRoles: { $some: { partner: { name: args.partner } } } },
    filter.partnerIn && { partnerRoles: { $some: { partner: { name: { $in: filter.partnerIn } } } } },
    filter.partnerIdIn && { partnerRoles: { $some: { partner: { $in: filter.partnerIdIn } } } },
    within('startedOn', filter.startedOn, 'filter.startedOn'),
    textSearch(searched, filter.search),
  ];
}
