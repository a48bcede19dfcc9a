import { EventEmitter } from 'node:events';
import {
  type ChangeSet,
  Entity,
  type EntityClass,
  Enum,
  type EventSubscriber,
  type FlushEventArgs,
  PrimaryKey,
  Property,
  type TransactionEventArgs,
} from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLDateTime } from 'graphql-scalars';
import { Args, ArgsType, Ctx, Directive, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { AuditChange, inMutation, recordedChanges } from './audit';
import { Access, ownerOf, Restricted } from './auth';
import type { RequestContext } from './context';
import { BadUserInputError } from './errors';
import { type Edge, EdgeType, MAX_PAGE_SIZE, PageInfo } from './pagination';

/**
 * One committed change, the outbox of the change feed (and of webhooks and live subscriptions).
 * A mutation's events are written by its own transaction just before it commits, under a lock
 * held until the commit: positions are handed out in commit order, so once a reader sees a
 * position, every smaller one is visible too and resuming after it never skips an event.
 */
@Entity({ tableName: 'change_event' })
@ObjectType('ChangeEvent', { description: 'One committed change to a record: its type, id, what happened, which fields changed and when.' })
@Directive('@shareable')
export class ChangeEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  @Field(() => String, { description: "The event's place in its subgraph's feed: a number that grows with every commit (as a string; it may skip)." })
  position!: string;

  @Property({ type: 'datetime' })
  @Field(() => GraphQLDateTime, { description: 'When the change was committed.' })
  at: Date = new Date();

  @Property({ type: 'text' })
  @Field(() => String, { description: 'GraphQL type of the changed record, e.g. "Member".' })
  entityType!: string;

  @Property({ type: 'text' })
  @Field(() => ID, { description: 'Id of the changed record.' })
  entityId!: string;

  @Enum({ items: () => AuditChange, type: 'text' })
  @Field(() => AuditChange, { description: 'Whether the record was created, updated or deleted.' })
  operation!: AuditChange;

  @Property({ type: 'text[]' })
  @Field(() => [String], { description: 'Names of the fields the change set (all of them for a new record, none for a deleted one).' })
  fields!: string[];

  @Property({ type: 'uuid', nullable: true, index: true })
  @Field(() => ID, { nullable: true, description: 'The member whose data changed; null for data of no single member.' })
  memberId: string | null = null;

  @Field(() => String, { description: "This event's place in the feed as a cursor: pass it as `after` to read what follows it." })
  cursor!: string;
}

type PendingEvent = Pick<ChangeEvent, 'entityType' | 'entityId' | 'operation' | 'fields' | 'memberId'>;

/** Whose data a changed entity is: the member it marks as its owner, or the member it names. */
function memberOf(entity: object): string | null {
  const named = entity as { memberId?: unknown; member?: { id?: unknown } };
  const owner = ownerOf(entity) ?? named.memberId ?? named.member?.id;
  return typeof owner === 'string' ? owner : null;
}

function pendingEvent(changeSet: ChangeSet<object>, operation: AuditChange): PendingEvent {
  return {
    entityType: changeSet.meta.className,
    entityId: String(changeSet.getPrimaryKey()),
    operation,
    fields: operation === AuditChange.DELETED ? [] : Object.keys(changeSet.payload ?? {}),
    memberId: memberOf(changeSet.entity),
  };
}

/** The channel PostgreSQL notifies (with the newest position) when a subgraph's feed grows. */
export const changeChannel = (subgraph: string) => `sambruk_changes_${subgraph}`;

/** Says `<subgraph>` after each commit that wrote change events, for the channel that tells the other replicas. */
export const feedCommits = new EventEmitter().setMaxListeners(0);

/**
 * Collects a mutation's changes as it flushes them and writes them as change events when its
 * transaction commits: first the subgraph's feed lock (held until the commit ends), then the
 * events, then a notification that PostgreSQL sends when the commit is done.
 */
export class ChangeFeedSubscriber implements EventSubscriber {
  private readonly pending = new WeakMap<object, PendingEvent[]>();
  private readonly written = new WeakSet<object>();
  private readonly entities: ReadonlySet<string>;

  constructor(entities: EntityClass<unknown>[]) {
    this.entities = new Set(entities.map((entity) => entity.name));
  }

  onFlush({ em, uow }: FlushEventArgs): void {
    const transaction = em.getTransactionContext();
    if (!inMutation() || !transaction) return;
    const events = this.pending.get(transaction) ?? [];
    for (const [changeSet, operation] of recordedChanges(uow, this.entities)) events.push(pendingEvent(changeSet, operation));
    this.pending.set(transaction, events);
  }

  async beforeTransactionCommit({ em, transaction }: TransactionEventArgs): Promise<void> {
    const events = transaction ? this.pending.get(transaction) : undefined;
    if (!events?.length) return;
    this.pending.delete(transaction);
    this.written.add(transaction);
    const subgraph = em.config.get('schema')!;
    const run = (sql: string, params: unknown[]) => (em as EntityManager).getConnection().execute(sql, params, 'all', transaction);
    await run('select pg_advisory_xact_lock(hashtext(?))', [`sambruk change feed ${subgraph}`]);
    await run(
      `with written as (insert into "${subgraph}"."change_event" (at, entity_type, entity_id, operation, fields, member_id) ` +
        'select clock_timestamp(), e."entityType", e."entityId", e.operation, array(select jsonb_array_elements_text(e.fields)), e."memberId" ' +
        'from jsonb_to_recordset(?::jsonb) as e("entityType" text, "entityId" text, operation text, fields jsonb, "memberId" uuid) returning position) ' +
        'select pg_notify(?, max(position)::text) from written',
      [JSON.stringify(events), changeChannel(subgraph)],
    );
  }

  afterTransactionCommit({ em, transaction }: TransactionEventArgs): void {
    if (transaction && this.written.delete(transaction)) feedCommits.emit(em.config.get('schema')!);
  }
}

export const encodeFeedCursor = (subgraph: string, position: string) => Buffer.from(`${subgraph}:${position}`).toString('base64url');

/** The position a cursor of this subgraph's feed names ('0' for none); BAD_USER_INPUT naming `after` for anything else. */
export function decodeFeedCursor(subgraph: string, cursor: string | null | undefined): string {
  if (!cursor) return '0';
  const match = new RegExp(`^${subgraph}:(0|[1-9]\\d{0,17})$`).exec(Buffer.from(cursor, 'base64url').toString());
  if (!match)
    throw new BadUserInputError(
      'after',
      `this is not a cursor of the ${subgraph} change feed: pass a cursor it answered, or leave after out to start at the beginning`,
    );
  return match[1];
}

const ChangeEventEdge = EdgeType(ChangeEvent, { shareable: true });

@ObjectType('ChangeEventConnection', { description: 'A page of the change feed, oldest change first.' })
@Directive('@shareable')
export class ChangeEventConnection {
  @Field(() => [ChangeEventEdge], { description: 'The changes on this page with their cursors, in feed order.' })
  edges!: Edge<ChangeEvent>[];

  @Field(() => [ChangeEvent], { description: 'The changes on this page, in feed order.' })
  nodes!: ChangeEvent[];

  @Field(() => PageInfo, { description: 'Where this page ends: its endCursor is where to resume, also when the page is empty.' })
  pageInfo!: PageInfo;
}

@ArgsType()
class ChangeFeedArgs {
  @Field(() => Int, { defaultValue: 100, description: `How many changes to return (1–${MAX_PAGE_SIZE}).` })
  first: number = 100;

  @Field(() => String, {
    nullable: true,
    description: "Return changes after this cursor (an event's `cursor` or a page's `endCursor`); from the beginning when left out.",
  })
  after?: string | null;

  @Field(() => [String], { nullable: true, description: 'Only changes to records of these GraphQL types, e.g. ["Member"]; all types when left out.' })
  types?: string[] | null;
}

interface FeedRow {
  position: string;
  at: Date;
  entity_type: string;
  entity_id: string;
  operation: AuditChange;
  fields: string[];
  member_id: string | null;
}

export interface FeedQuery {
  after: string;
  limit: number;
  types?: string[] | null;
  memberId?: string | null;
  entityId?: string | null;
}

/** The committed events after a position, oldest first. */
export async function readFeed(em: EntityManager, subgraph: string, query: FeedQuery): Promise<ChangeEvent[]> {
  const types = query.types ?? [];
  const filters = [
    ...(types.length ? [`entity_type in (${types.map(() => '?').join(', ')})`] : []),
    ...(query.memberId ? ['member_id = ?'] : []),
    ...(query.entityId ? ['entity_id = ?'] : []),
  ];
  const rows: FeedRow[] = await em.execute(
    `select position, at, entity_type, entity_id, operation, fields, member_id from "${subgraph}"."change_event" ` +
      `where position > ? ${filters.map((filter) => `and ${filter} `).join('')}order by position limit ?`,
    [query.after, ...types, ...[query.memberId, query.entityId].filter(Boolean), query.limit],
  );
  return rows.map((row) =>
    Object.assign(new ChangeEvent(), {
      position: String(row.position),
      at: new Date(row.at),
      entityType: row.entity_type,
      entityId: row.entity_id,
      operation: row.operation,
      fields: row.fields,
      memberId: row.member_id,
      cursor: encodeFeedCursor(subgraph, String(row.position)),
    }),
  );
}

/** Unknown names in a list of record types, as BAD_USER_INPUT naming `field`. */
export function checkTypes(field: string, types: readonly string[] | null | undefined, known: readonly string[]): void {
  const unknown = (types ?? []).filter((type) => !known.includes(type));
  if (unknown.length)
    throw new BadUserInputError(field, `no record of type ${unknown.map((type) => `"${type}"`).join(', ')} changes here; the types are ${known.join(', ')}`);
}

/** `<subgraph>Changes`: the subgraph's change feed, for analysts and admins, and for a member user its own member's changes. */
export function createChangeFeedResolver(subgraph: string, types: string[]) {
  @Resolver()
  class ChangeFeedResolver {
    @Restricted(Access.ANALYST, Access.MEMBER)
    @Query(() => ChangeEventConnection, {
      name: `${subgraph}Changes`,
      description: `Committed changes to the ${subgraph} subgraph's records, oldest first; resuming from a cursor never skips or repeats a change. A member user sees its own member's changes only.`,
    })
    async changes(@Args(() => ChangeFeedArgs) args: ChangeFeedArgs, @Ctx() ctx: RequestContext): Promise<ChangeEventConnection> {
      if (!(args.first >= 1 && args.first <= MAX_PAGE_SIZE)) throw new BadUserInputError('first', `must be between 1 and ${MAX_PAGE_SIZE}`);
      checkTypes('types', args.types, types);
      const after = decodeFeedCursor(subgraph, args.after);
      const memberId = ctx.viewer.role === 'member' ? ctx.viewer.memberId : null;
      const events = await readFeed(ctx.em, subgraph, { after, limit: args.first + 1, types: args.types, memberId });
      const nodes = events.slice(0, args.first);
      const endCursor = nodes.length ? nodes[nodes.length - 1].cursor : args.after ? args.after : null;
      return {
        edges: nodes.map((node) => ({ cursor: node.cursor, node })),
        nodes,
        pageInfo: { startCursor: nodes[0]?.cursor ?? null, endCursor, hasNextPage: events.length > args.first, hasPreviousPage: Boolean(args.after) },
      };
    }
  }
  return ChangeFeedResolver;
}
