import { Max, Min } from 'class-validator';
import { ArgsType, ClassType, Directive, Field, Int, ObjectType } from 'type-graphql';
import { BadUserInputError } from './errors';

@ObjectType({ description: 'Where a page of a list ends and whether more follows.' })
@Directive('@shareable')
export class PageInfo {
  @Field(() => String, { nullable: true, description: 'Cursor of the last node on this page; pass it as `after` to get the next page.' })
  endCursor!: string | null;

  @Field(() => Boolean, { description: 'True when more nodes follow this page.' })
  hasNextPage!: boolean;
}

export const MAX_PAGE_SIZE = 1000;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: `How many nodes to return (1–${MAX_PAGE_SIZE}).` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 50;

  @Field(() => String, { nullable: true, description: "Return nodes after this cursor (a previous page's `endCursor`)." })
  after?: string | null;
}

export interface Connection<T> {
  totalCount: number;
  nodes: T[];
  pageInfo: PageInfo;
}

/** Declares `<Name>Connection { totalCount, nodes, pageInfo }` for a node type. */
export function ConnectionType<T extends object>(node: ClassType<T>, nodeDescription: string) {
  @ObjectType()
  abstract class ConnectionClass implements Connection<T> {
    @Field(() => Int, { description: 'How many nodes match the filters, over all pages.' })
    totalCount!: number;

    @Field(() => [node], { description: nodeDescription })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Paging information for this page.' })
    pageInfo!: PageInfo;
  }
  return ConnectionClass;
}

const encodeCursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

/** The last offset a list can put in a cursor: `totalCount` is a GraphQL Int (at most 2^31 - 1). */
const MAX_CURSOR_OFFSET = 2 ** 31 - 2;

/**
 * The row offset a cursor points after; 0 when there is none. A cursor no list could have made
 * (another text, or an offset out of a list's range) is BAD_USER_INPUT naming `after`.
 */
export function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const match = /^offset:(0|[1-9]\d{0,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  const offset = match ? Number(match[1]) : Number.NaN;
  if (!(offset <= MAX_CURSOR_OFFSET))
    throw new BadUserInputError('after', 'this is not a cursor from this list: pass a pageInfo.endCursor it answered, or leave after out for the first page');
  return offset + 1;
}

/** Builds a connection from one page of nodes that starts at `offset`. */
export function toConnection<T>(nodes: T[], totalCount: number, offset: number): Connection<T> {
  const last = offset + nodes.length - 1;
  return {
    totalCount,
    nodes,
    pageInfo: { endCursor: nodes.length ? encodeCursor(last) : null, hasNextPage: last + 1 < totalCount },
  };
}
