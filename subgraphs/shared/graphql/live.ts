import { EventEmitter, once } from 'node:events';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { createLogger } from '../platform/logger';
import { Access, requireAccess } from './auth';
import { type ChangeEvent, changeChannel, decodeFeedCursor, type FeedQuery, readFeed } from './change-feed';
import type { RequestContext } from './context';

/** Says `grew` whenever a commit adds to the subgraph's change feed (PostgreSQL LISTEN on its channel), for live subscriptions and webhooks. */
export class FeedNotifier extends EventEmitter {
  private client: Client | undefined;

  constructor(
    private readonly subgraph: string,
    private readonly databaseUrl: string,
  ) {
    super();
    this.setMaxListeners(0);
  }

  async start(): Promise<void> {
    this.client = new Client({ connectionString: this.databaseUrl });
    this.client.on('notification', () => this.emit('grew'));
    this.client.on('error', (error) => createLogger(this.subgraph).warn('change feed listener lost', { error: String(error) }));
    await this.client.connect();
    await this.client.query(`listen ${changeChannel(this.subgraph)}`);
    notifiers.set(this.subgraph, this);
  }

  async stop(): Promise<void> {
    notifiers.delete(this.subgraph);
    this.emit('grew');
    await this.client?.end().catch(() => undefined);
  }
}

const notifiers = new Map<string, FeedNotifier>();

/** How long a live subscription waits for a notification before it reads the feed anyway. */
const RECHECK_MS = 1000;

/**
 * The feed's events after `query.after` that match it, then each new one as it commits: what a
 * subscriber missed first, then live, from one ordered source, so nothing is lost or repeated.
 */
export async function* liveChanges(em: EntityManager, subgraph: string, query: Omit<FeedQuery, 'limit'>): AsyncGenerator<ChangeEvent> {
  let after = query.after;
  for (;;) {
    const notifier = notifiers.get(subgraph);
    if (!notifier) return;
    const grew = Promise.race([once(notifier, 'grew'), new Promise((wake) => setTimeout(wake, RECHECK_MS).unref())]);
    const events = await readFeed(em, subgraph, { ...query, after, limit: 100 });
    for (const event of events) {
      after = event.position;
      yield event;
    }
    if (!events.length) await grew;
  }
}

/** What a subscription to one member's changes is asked: the member, and optionally a change feed cursor to replay from. */
export interface MemberChangesArgs {
  memberId: string;
  after?: string | null;
}

/**
 * A subscription's source: the changes of `types` that are the member's data (or, with `entityId`,
 * the member itself), for analysts, admins and the member's own users; FORBIDDEN for anyone else.
 */
export function followMember(ctx: RequestContext, subgraph: string, args: MemberChangesArgs, types: string[], action: string, entityId?: string) {
  requireAccess(ctx, [Access.ANALYST, Access.OWN_MEMBER], args.memberId, action);
  const after = decodeFeedCursor(subgraph, args.after);
  return liveChanges(ctx.em, subgraph, { after, types, ...(entityId ? { entityId } : { memberId: args.memberId }) });
}
