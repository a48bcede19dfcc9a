import { createHmac } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { type Config, config } from '../platform/config';
import { createLogger } from '../platform/logger';
import { outboundUrlProblem } from '../platform/outbound-url';
import type { FeedNotifier } from './live';

export type WebhookSettings = Pick<
  Config,
  'WEBHOOK_ALLOWED_HOSTS' | 'WEBHOOK_TIMEOUT_MS' | 'WEBHOOK_RETRY_BASE_MS' | 'WEBHOOK_DISABLE_AFTER_MS' | 'WEBHOOK_POLL_MS'
>;

export const SIGNATURE_HEADER = 'x-sambruk-signature';

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" under the endpoint's secret>`: what a receiver recomputes to verify a delivery. */
export function signDelivery(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** How long after the `attempts`-th failure a delivery is tried again: the base, doubling, at most an hour. */
export const retryDelayMs = (attempts: number, base: number) => Math.min(base * 2 ** Math.max(attempts - 1, 0), 3_600_000);

interface Due {
  id: string;
  endpoint_id: string;
  payload: string;
  attempts: number;
  url: string;
  secret: string;
}

type Outcome = { ok: true; status: number } | { ok: false; status: number | null; error: string };

async function post(due: Due, settings: WebhookSettings, stopping: AbortSignal): Promise<Outcome> {
  const problem = await outboundUrlProblem(due.url, settings.WEBHOOK_ALLOWED_HOSTS);
  if (problem) return { ok: false, status: null, error: `url ${problem}` };
  try {
    const response = await fetch(due.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sambruk-delivery': due.id, [SIGNATURE_HEADER]: signDelivery(due.secret, due.payload) },
      body: due.payload,
      redirect: 'manual',
      signal: AbortSignal.any([AbortSignal.timeout(settings.WEBHOOK_TIMEOUT_MS), stopping]),
    });
    await response.body?.cancel();
    return response.ok ? { ok: true, status: response.status } : { ok: false, status: response.status, error: `answered HTTP ${response.status}` };
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    return {
      ok: false,
      status: null,
      error: timedOut ? `timed out after ${settings.WEBHOOK_TIMEOUT_MS} ms` : `could not be reached: ${(error as Error).message}`,
    };
  }
}

/**
 * Delivers one subgraph's change feed to its webhook endpoints, at least once: each round turns the
 * events after every enabled endpoint's cursor into deliveries (one statement, so the cursor moves
 * exactly as far as the deliveries made), then sends the deliveries that are due. Sending first
 * leases a delivery (its next attempt moves past the timeout), so one a stopped process was sending
 * is sent again after a restart. Rounds run every WEBHOOK_POLL_MS and whenever the feed grows.
 */
export class WebhookDeliverer {
  private readonly log;
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<void> = Promise.resolve();
  private again = false;
  private running = false;
  private stopped = false;
  private readonly inFlight = new AbortController();

  constructor(
    private readonly orm: MikroORM,
    private readonly subgraph: string,
    private readonly notifier: FeedNotifier,
    private readonly settings: WebhookSettings = config(),
  ) {
    this.log = createLogger(subgraph);
  }

  private readonly onGrew = () => this.wake();

  start(): void {
    this.notifier.on('grew', this.onGrew);
    this.schedule();
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.inFlight.abort();
    this.notifier.off('grew', this.onGrew);
    await this.round;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.wake();
      this.schedule();
    }, this.settings.WEBHOOK_POLL_MS);
    this.timer.unref();
  }

  /** Runs a round now, or right after the one running. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    this.round = (async () => {
      do {
        this.again = false;
        await this.runRound().catch((error) => this.log.warn('webhook round failed', { error: String(error) }));
      } while (this.again && !this.stopped);
      this.running = false;
    })();
  }

  private execute<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.orm.em.getConnection().execute(sql, params);
  }

  private async runRound(): Promise<void> {
    await this.fanOut();
    const due = await this.lease();
    await Promise.all(due.map(async (delivery) => this.record(delivery, await post(delivery, this.settings, this.inFlight.signal))));
  }

  private fanOut(): Promise<unknown> {
    const s = `"${this.subgraph}"`;
    return this.execute(
      `with endpoint as (select id, cursor, event_types from ${s}.webhook_endpoint where enabled for update skip locked), ` +
        `newest as (select coalesce(max(position), 0) as position from ${s}.change_event), ` +
        `queued as (insert into ${s}.webhook_delivery (id, endpoint_id, position, payload, status, attempts, next_attempt_at, created_at) ` +
        `select gen_random_uuid(), endpoint.id, e.position, json_build_object('subgraph', ?::text, 'position', e.position::text, 'at', e.at, ` +
        `'entityType', e.entity_type, 'entityId', e.entity_id, 'operation', e.operation, 'fields', e.fields, 'memberId', e.member_id)::text, 'PENDING', 0, now(), now() ` +
        `from endpoint join ${s}.change_event e on e.position > endpoint.cursor and e.position <= (select position from newest) ` +
        `and (cardinality(endpoint.event_types) = 0 or e.entity_type = any(endpoint.event_types)) on conflict do nothing) ` +
        `update ${s}.webhook_endpoint w set cursor = greatest(w.cursor, (select position from newest)) from endpoint where w.id = endpoint.id`,
      [this.subgraph],
    );
  }

  private lease(): Promise<Due[]> {
    const s = `"${this.subgraph}"`;
    const leaseMs = this.settings.WEBHOOK_TIMEOUT_MS + 1000;
    return this.execute<Due>(
      `update ${s}.webhook_delivery d set attempts = d.attempts + 1, next_attempt_at = now() + make_interval(secs => ? / 1000.0) ` +
        `from ${s}.webhook_endpoint w where w.id = d.endpoint_id and d.id in (select d2.id from ${s}.webhook_delivery d2 join ${s}.webhook_endpoint w2 ` +
        `on w2.id = d2.endpoint_id and w2.enabled where d2.status = 'PENDING' and d2.next_attempt_at <= now() order by d2.position limit 50 ` +
        `for update of d2 skip locked) returning d.id, d.endpoint_id, d.payload, d.attempts, w.url, w.secret`,
      [leaseMs],
    );
  }

  private async record(due: Due, outcome: Outcome): Promise<void> {
    const s = `"${this.subgraph}"`;
    if (this.stopped) return;
    if (outcome.ok) {
      await this.execute(
        `with delivered as (update ${s}.webhook_delivery set status = 'DELIVERED', delivered_at = now(), last_status_code = ?, last_error = null where id = ?) ` +
          `update ${s}.webhook_endpoint set failing_since = null where id = ?`,
        [outcome.status, due.id, due.endpoint_id],
      );
      return;
    }
    const retryMs = retryDelayMs(due.attempts, this.settings.WEBHOOK_RETRY_BASE_MS);
    await this.execute(
      `with failed as (update ${s}.webhook_delivery set last_status_code = ?, last_error = ?, next_attempt_at = now() + make_interval(secs => ? / 1000.0) where id = ?) ` +
        `update ${s}.webhook_endpoint set failing_since = coalesce(failing_since, now()), ` +
        `enabled = enabled and coalesce(failing_since, now()) > now() - make_interval(secs => ? / 1000.0), ` +
        `disabled_reason = case when enabled and coalesce(failing_since, now()) <= now() - make_interval(secs => ? / 1000.0) ` +
        `then 'every delivery failed since ' || to_char(failing_since at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') || '; the last ' || ? else disabled_reason end ` +
        `where id = ?`,
      [
        outcome.status,
        outcome.error,
        retryMs,
        due.id,
        this.settings.WEBHOOK_DISABLE_AFTER_MS,
        this.settings.WEBHOOK_DISABLE_AFTER_MS,
        outcome.error,
        due.endpoint_id,
      ],
    );
  }
}
