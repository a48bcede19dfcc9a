import { createHash } from 'node:crypto';
import type { EntityManager, EntityName, EntityProperty, FilterQuery, QueryOrder } from '@mikro-orm/core';
import { raw } from '@mikro-orm/core';
import { ArrayMaxSize, IsOptional, Max, Min } from 'class-validator';
import { ArgsType, type ClassType, Directive, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BadUserInputError } from './errors';

@ObjectType({ description: 'Where a page of a list starts and ends, and whether more nodes lie before or after it (Relay PageInfo).' })
@Directive('@shareable')
export class PageInfo {
  @Field(() => String, { nullable: true, description: 'Cursor of the first node on this page; pass it as `before` to get the page before.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last node on this page; pass it as `after` to get the next page.' })
  endCursor!: string | null;

  @Field(() => Boolean, { description: 'True when more nodes follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, {
    description: 'True when nodes come before this page: with `last`, whether more lie before it; with `after`, true (the cursor is a node before it).',
  })
  hasPreviousPage!: boolean;
}

export const MAX_PAGE_SIZE = 1000;
export const DEFAULT_PAGE_SIZE = 50;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many nodes to return from the start (1–${MAX_PAGE_SIZE}); ${DEFAULT_PAGE_SIZE} when neither first nor last is given.`,
  })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Return nodes after this cursor (a previous page's `endCursor` or an edge's `cursor`)." })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `How many nodes to return from the end (1–${MAX_PAGE_SIZE}), instead of first.` })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  last?: number | null;

  @Field(() => String, { nullable: true, description: "Return nodes before this cursor (a page's `startCursor` or an edge's `cursor`)." })
  before?: string | null;
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Which way a list is sorted by a field. Missing values (null) come last either way; text sorts in Swedish order (Å, Ä, Ö after Z).',
  valuesConfig: {
    ASC: { description: 'Smallest, earliest or first in the alphabet first.' },
    DESC: { description: 'Largest, latest or last in the alphabet first.' },
  },
});

/** One sort key of a list: an entity property and a direction. */
export interface OrderKey<F extends string = string> {
  field: F;
  direction: SortDirection;
}

/** Declares an input `{ field, direction }` over a list's enum of sortable fields (whose values are the entity's property names). */
export function OrderInput<F extends string>(fields: Record<string, F>, fieldsName: string) {
  @InputType()
  abstract class Order implements OrderKey<F> {
    @Field(() => fields, { description: `The field to sort by (${fieldsName}).` })
    field!: F;

    @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Which way; ascending when left out.' })
    direction: SortDirection = SortDirection.ASC;
  }
  return Order;
}

/** Page arguments plus `orderBy: [<X>Order!]` for a list whose order input is `order`. */
export function ListArgs<O extends OrderKey>(order: ClassType<O>, defaultOrder: string) {
  @ArgsType()
  abstract class List extends PageArgs {
    @Field(() => [order], {
      nullable: true,
      description: `Sort keys, most significant first; ties are broken by id, so the order is stable. ${defaultOrder} when left out.`,
    })
    @IsOptional()
    @ArrayMaxSize(5)
    orderBy?: O[] | null;
  }
  return List;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  totalCount: number;
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
}

/** Declares `<Node>Edge { cursor node }`, one node of a page and its cursor. `shareable` for types every subgraph declares alike. */
export function EdgeType<T extends object>(node: ClassType<T>, options: { shareable?: boolean } = {}) {
  @ObjectType(`${node.name}Edge`, { description: `One ${node.name} of a page and its cursor.` })
  @(options.shareable ? Directive('@shareable') : () => undefined)
  class EdgeClass implements Edge<T> {
    @Field(() => String, { description: 'Where this node is in the list; pass it as `after` or `before`.' })
    cursor!: string;

    @Field(() => node, { description: 'The node.' })
    node!: T;
  }
  return EdgeClass;
}

/**
 * Declares `<Name>Connection { totalCount, edges { cursor node }, nodes, pageInfo }` for a node type,
 * with its `<Node>Edge` (Relay cursor connection). `shareable` for types every subgraph declares alike.
 */
export function ConnectionType<T extends object>(node: ClassType<T>, nodeDescription: string, options: { shareable?: boolean } = {}) {
  const EdgeClass = EdgeType(node, options);

  @ObjectType()
  abstract class ConnectionClass implements Connection<T> {
    @Field(() => Int, { description: 'How many nodes match the filters, over all pages.' })
    totalCount!: number;

    @Field(() => [EdgeClass], { description: 'The nodes on this page with their cursors, in order.' })
    edges!: Edge<T>[];

    @Field(() => [node], { description: nodeDescription })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Paging information for this page.' })
    pageInfo!: PageInfo;
  }
  return ConnectionClass;
}

/** How a list is named and sorted when the caller does not say. */
export interface ListSpec<F extends string> {
  /** The list's name; a cursor is good only for the list and order that made it. */
  name: string;
  defaultOrder: OrderKey<F>[];
}

const SWEDISH = '"sv-SE-x-icu"';

interface SortKey {
  field: string;
  direction: SortDirection;
  /** The key as a filter/order key: the property, or a raw SQL expression (text in Swedish order). */
  expression: () => string;
  kind: 'text' | 'number' | 'bigint' | 'date' | 'datetime' | 'uuid';
  nullable: boolean;
}

function sortKeys(em: EntityManager, entity: EntityName<object>, keys: OrderKey[]): SortKey[] {
  const { properties } = em.getMetadata().find(entity)! as { properties: Record<string, EntityProperty> };
  const seen = new Set<string>();
  const withId = keys.some((key) => key.field === 'id') ? keys : [...keys, { field: 'id', direction: SortDirection.ASC }];
  return withId.map(({ field, direction }, index) => {
    if (seen.has(field)) throw new BadUserInputError(`orderBy.${index}.field`, `${field} is already a sort key; give each field once`);
    seen.add(field);
    const property = properties[field];
    const type = String(property.columnTypes[0]).toLowerCase();
    const kind = KINDS.find(([pattern]) => pattern.test(type))?.[1] ?? 'text';
    const column = property.fieldNames[0];
    const expression = kind === 'text' ? () => raw((alias: string) => `${alias}.${column} collate ${SWEDISH}`) : () => field;
    return { field, direction, expression, kind, nullable: Boolean(property.nullable) };
  });
}

const KINDS: Array<[RegExp, SortKey['kind']]> = [
  [/^uuid/, 'uuid'],
  [/^bigint|^int8|^numeric/, 'bigint'],
  [/^int|^smallint|^double|^real/, 'number'],
  [/^date$/, 'date'],
  [/^timestamp/, 'datetime'],
];

type CursorValue = string | number | null;

const VALID: Record<SortKey['kind'], (value: unknown) => boolean> = {
  text: (value) => typeof value === 'string',
  number: (value) => typeof value === 'number' && Number.isFinite(value),
  bigint: (value) => typeof value === 'string' && /^-?\d{1,19}$/.test(value),
  date: (value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value),
  datetime: (value) => typeof value === 'string' && !Number.isNaN(Date.parse(value)),
  uuid: (value) => typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
};

function cursorValue(value: unknown): CursorValue {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  return (value ?? null) as CursorValue;
}

/** What a cursor is good for: the list and its sort keys. */
const orderTag = (list: string, keys: SortKey[]) => `${list}|${keys.map((key) => `${key.field}:${key.direction}`).join(',')}`;

const checksum = (tag: string, values: string) => createHash('sha256').update(`${tag}\n${values}`).digest('base64url').slice(0, 12);

function encodeCursor(tag: string, keys: SortKey[], node: object): string {
  const values = JSON.stringify(keys.map((key) => cursorValue((node as Record<string, unknown>)[key.field])));
  return Buffer.from(`${checksum(tag, values)}.${values}`).toString('base64url');
}

/**
 * The sort-key values a cursor points at. A cursor this list did not make for this order (another
 * text, a changed value, another list's or another order's) is BAD_USER_INPUT naming the argument.
 */
function decodeCursor(cursor: string, argument: 'after' | 'before', tag: string, keys: SortKey[]): CursorValue[] {
  const text = Buffer.from(cursor, 'base64url').toString();
  const dot = text.indexOf('.');
  const values = text.slice(dot + 1);
  const parsed = dot > 0 && checksum(tag, values) === text.slice(0, dot) ? safeParse(values) : undefined;
  const fits =
    Array.isArray(parsed) &&
    parsed.length === keys.length &&
    keys.every((key, index) => (parsed[index] === null ? key.nullable : VALID[key.kind](parsed[index])));
  if (!fits)
    throw new BadUserInputError(
      argument,
      'this is not a cursor from this list in this order: pass a cursor the same list answered with the same orderBy, or leave it out for the first page',
    );
  return parsed as CursorValue[];
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

type Condition = FilterQuery<object>;

const isAscending = (key: SortKey, reverse: boolean) => (key.direction === SortDirection.ASC) !== reverse;

/** Rows strictly after `value` in the key's order (nulls last), or strictly before it when `reverse`. */
function beyond(key: SortKey, value: CursorValue, reverse: boolean): Condition | null {
  if (value === null) return reverse ? { [key.expression()]: { $ne: null } } : null;
  const compared = { [key.expression()]: { [isAscending(key, reverse) ? '$gt' : '$lt']: value } };
  return key.nullable && !reverse ? { $or: [compared, { [key.expression()]: null }] } : compared;
}

/** Keyset condition: rows after (or before) the cursor's values, key by key. */
function keyset(keys: SortKey[], values: CursorValue[], reverse: boolean): Condition {
  const branches = keys.flatMap((key, index) => {
    const strictly = beyond(key, values[index], reverse);
    if (!strictly) return [];
    const equal = keys.slice(0, index).map((before, at) => ({ [before.expression()]: values[at] }));
    return [{ $and: [...equal, strictly] }];
  });
  return { $or: branches.length ? branches : [{ id: { $in: [] } }] };
}

function orderFor(keys: SortKey[], reverse: boolean) {
  return keys.map((key) => ({ [key.expression()]: `${isAscending(key, reverse) ? 'asc' : 'desc'} nulls ${reverse ? 'first' : 'last'}` as QueryOrder }));
}

function pageSize(args: PageArgs): { size: number; fromEnd: boolean } {
  if (args.first != null && args.last != null) throw new BadUserInputError('last', 'give first or last, not both');
  return args.last != null ? { size: args.last, fromEnd: true } : { size: args.first ?? DEFAULT_PAGE_SIZE, fromEnd: false };
}

/**
 * One page of a list, Relay-style: `where()` filters (called once per statement: MikroORM's raw SQL
 * fragments, as text search uses, are good for one query), `args.orderBy` (or the list's default) sorts with
 * id as the last key, and keyset cursors (`after`/`before`) stay right when rows are added between
 * pages. Two statements whatever the size: the page (one row more, to tell if more follow) and the count.
 */
export async function findPage<T extends object, F extends string>(
  em: EntityManager,
  entity: EntityName<T>,
  where: () => FilterQuery<T>,
  args: PageArgs & { orderBy?: OrderKey<F>[] | null },
  list: ListSpec<F>,
): Promise<Connection<T>> {
  const keys = sortKeys(em, entity as EntityName<object>, args.orderBy?.length ? args.orderBy : list.defaultOrder);
  const tag = orderTag(list.name, keys);
  const { size, fromEnd } = pageSize(args);
  const bounds: Condition[] = [where() as Condition];
  if (args.after) bounds.push(keyset(keys, decodeCursor(args.after, 'after', tag, keys), false));
  if (args.before) bounds.push(keyset(keys, decodeCursor(args.before, 'before', tag, keys), true));
  const [rows, totalCount] = await Promise.all([
    em.find(entity, { $and: bounds } as FilterQuery<T>, { orderBy: orderFor(keys, fromEnd) as never, limit: size + 1 }),
    em.count(entity, where()),
  ]);
  const more = rows.length > size;
  const nodes = fromEnd ? rows.slice(0, size).reverse() : rows.slice(0, size);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(tag, keys, node), node }));
  return {
    totalCount,
    edges,
    nodes,
    pageInfo: {
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
      hasNextPage: fromEnd ? Boolean(args.before) : more,
      hasPreviousPage: fromEnd ? more : Boolean(args.after),
    },
  };
}
