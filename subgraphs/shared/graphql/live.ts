import { EventEmitter } from 'node:events';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createLogger } from '../platform/logger';
import { Access, requireAccess } from './auth';
import type { ChangeChannel } from './change-channel';
import { type ChangeEvent, decodeFeedCursor, encodeFeedCursor, type FeedQuery, feedCommits, readFeed } from './change-feed';
import type { RequestContext } from './context';
import { AppError } from './errors';

/**
 * Says `grew` whenever a commit adds to the subgraph's change feed (heard on its message channel, from
 * any replica), and `lost` when the channel goes away (it reconnects by itself), for live
 * subscriptions and webhooks. Announces this replica's own commits on the channel.
 */
export class FeedNotifier extends EventEmitter {
  /** How many times the channel was lost: a subscription that sees it change ends with CHANNEL_LOST. */
  losses = 0;
  private readonly log;
  private readonly announce = () => this.channel.announce();

  constructor(
    private readonly subgraph: string,
    private readonly channel: ChangeChannel,
    /** How long a live subscription waits for a notification before it reads the feed anyway. */
    readonly pollMs: number,
  ) {
    super();
    this.setMaxListeners(0);
    this.log = createLogger(subgraph);
  }

  async start(): Promise<void> {
    await this.channel.open({
      grew: () => this.emit('grew'),
      lost: (reason) => {
        this.losses += 1;
        this.log.warn('change feed channel lost; reconnecting', { reason });
        this.emit('lost');
      },
      back: () => {
        this.log.info('change feed channel back');
        this.emit('grew');
      },
    });
    feedCommits.on(this.subgraph, this.announce);
    notifiers.set(this.subgraph, this);
  }

  async stop(): Promise<void> {
    feedCommits.off(this.subgraph, this.announce);
    notifiers.delete(this.subgraph);
    this.emit('grew');
    await this.channel.close();
  }
}

const notifiers = new Map<string, FeedNotifier>();

/** Resolves at the notifier's next `grew` or `lost`, or after its poll interval, whichever comes first. */
function nextWake(notifier: FeedNotifier): Promise<void> {
  return new Promise((resolve) => {
    const wake = () => {
      clearTimeout(timer);
      notifier.off('grew', wake).off('lost', wake);
      resolve();
    };
    const timer = setTimeout(wake, notifier.pollMs);
    notifier.on('grew', wake).on('lost', wake);
  });
}

/** What a live subscription yields when the message channel went away: the cursor to subscribe again with. */
export class ChannelLost {
  constructor(readonly after: string) {}
}

/** The message channel of live changes went away; the subscription ends, and one made with `after` misses nothing. */
export class ChannelLostError extends AppError {
  constructor(after: string) {
    super(
      'CHANNEL_LOST',
      'the message channel of live changes was lost: subscribe again with the cursor in extensions.after to get every change since the last one received',
      { after },
    );
  }
}

/** The change event a live subscription's resolver was given; CHANNEL_LOST when it was the news that the channel went away. */
export function eventOf(root: ChangeEvent | ChannelLost): ChangeEvent {
  if (root instanceof ChannelLost) throw new ChannelLostError(root.after);
  return root;
}

const newestPosition = async (em: EntityManager, subgraph: string): Promise<string> =>
  (await em.execute(`select coalesce(max(position), 0)::text as newest from "${subgraph}"."change_event"`))[0].newest;

/**
 * The feed's events after `query.after` (from now on when null) that match it, a page at a time, then
 * each new page as it commits: what a subscriber missed first, then live, from one ordered source, so
 * nothing is lost or repeated. Ends with ChannelLost (and the cursor of the last event) when the channel goes away.
 */
export async function* livePages(em: EntityManager, subgraph: string, query: Omit<FeedQuery, 'limit' | 'after'> & { after: string | null }) {
  let after = query.after ?? (await newestPosition(em, subgraph));
  for (;;) {
    const notifier = notifiers.get(subgraph);
    if (!notifier) return;
    const losses = notifier.losses;
    const woken = nextWake(notifier);
    const events = await readFeed(em, subgraph, { ...query, after, limit: 100 });
    if (events.length) {
      after = events[events.length - 1].position;
      yield events;
    } else await woken;
    if (notifier.losses !== losses) {
      yield new ChannelLost(encodeFeedCursor(subgraph, after));
      return;
    }
  }
}

/** livePages one event at a time. */
export async function* liveChanges(em: EntityManager, subgraph: string, query: Parameters<typeof livePages>[2]): AsyncGenerator<ChangeEvent | ChannelLost> {
  for await (const page of livePages(em, subgraph, query)) {
    if (page instanceof ChannelLost) yield page;
    else yield* page;
  }
}

/** What a subscription to one member's changes is asked: the member, and optionally a change feed cursor to replay from. */
export interface MemberChangesArgs {
  memberId: string;
  after?: string | null;
}

/** The position a subscription's `after` names, or null (from now on) when it is left out. */
export const startOf = (subgraph: string, after: string | null | undefined) => (after ? decodeFeedCursor(subgraph, after) : null);

/**
 * A subscription's source: the changes of `types` that are the member's data (or, with `entityId`,
 * the member itself), for analysts, admins and the member's own users; FORBIDDEN for anyone else.
 */
export function followMember(ctx: RequestContext, subgraph: string, args: MemberChangesArgs, types: string[], action: string, entityId?: string) {
  requireAccess(ctx, [Access.ANALYST, Access.OWN_MEMBER], args.memberId, action);
  const after = startOf(subgraph, args.after);
  return liveChanges(ctx.em, subgraph, { after, types, ...(entityId ? { entityId } : { memberId: args.memberId }) });
}
