import { connect as connectNats, type NatsConnection } from '@nats-io/transport-node';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import type { Config } from '../platform/config';

/** What a channel tells its listener: the feed grew, the channel was lost (it reconnects by itself), it is back. */
export interface ChannelListener {
  grew(): void;
  lost(reason: string): void;
  back(): void;
}

/**
 * The message channel through which every replica of a subgraph hears that its change feed grew. It
 * only says so: subscribers read the feed from their cursor, so a notification lost costs a delay, not an event.
 */
export interface ChangeChannel {
  open(listener: ChannelListener): Promise<void>;
  /** After a commit that wrote change events: tells every replica (PostgreSQL's NOTIFY was sent by the commit itself). */
  announce(): void;
  close(): Promise<void>;
}

export type ChannelSettings = Pick<Config, 'CHANGE_CHANNEL' | 'REDIS_URL' | 'REDIS_PREFIX' | 'NATS_URL'>;

/** The application name of a subgraph's LISTEN connection in pg_stat_activity. */
export const listenerName = (subgraph: string) => `sambruk changes ${subgraph}`;

const pause = (ms: number) => new Promise((wake) => setTimeout(wake, ms).unref());

/** PostgreSQL LISTEN on the channel the committing transaction NOTIFYs; a lost connection is made again, waiting longer each time (up to 5 s). */
class PostgresChannel implements ChangeChannel {
  private client: Client | undefined;
  private closed = false;

  constructor(
    private readonly subgraph: string,
    private readonly channel: string,
    private readonly databaseUrl: string,
  ) {}

  async open(listener: ChannelListener): Promise<void> {
    this.client = await this.listen(listener);
  }

  private async listen(listener: ChannelListener): Promise<Client> {
    const client = new Client({ connectionString: this.databaseUrl, application_name: listenerName(this.subgraph) });
    client.on('notification', () => listener.grew());
    client.on('error', (error) => this.lose(client, listener, String(error)));
    client.on('end', () => this.lose(client, listener, 'the LISTEN connection ended'));
    await client.connect();
    await client.query(`listen ${this.channel}`);
    return client;
  }

  private lose(client: Client, listener: ChannelListener, reason: string): void {
    if (this.client !== client || this.closed) return;
    this.client = undefined;
    client.end().catch(() => undefined);
    listener.lost(reason);
    void this.reconnect(listener);
  }

  private async reconnect(listener: ChannelListener): Promise<void> {
    for (let delay = 100; !this.closed; delay = Math.min(delay * 2, 5000)) {
      await pause(delay);
      const client = await this.listen(listener).catch(() => undefined);
      if (!client) continue;
      if (this.closed) return void client.end().catch(() => undefined);
      this.client = client;
      return listener.back();
    }
  }

  announce(): void {}

  async close(): Promise<void> {
    this.closed = true;
    await this.client?.end().catch(() => undefined);
  }
}

/** Redis pub/sub: one connection subscribed (ioredis reconnects and subscribes again by itself), one that publishes and fails at once while Redis is away. */
class RedisChannel implements ChangeChannel {
  private readonly subscriber: Redis;
  private readonly publisher: Redis;
  private connected = false;
  private opened = false;

  constructor(
    url: string,
    private readonly topic: string,
  ) {
    this.subscriber = new Redis(url, { lazyConnect: true, retryStrategy: (times) => Math.min(times * 100, 2000) });
    this.publisher = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 });
    for (const connection of [this.subscriber, this.publisher]) connection.on('error', () => undefined);
  }

  async open(listener: ChannelListener): Promise<void> {
    this.subscriber.on('message', (topic) => topic === this.topic && listener.grew());
    this.subscriber.on('close', () => {
      if (this.connected) listener.lost('the Redis connection closed');
      this.connected = false;
    });
    this.subscriber.on('ready', () => {
      if (this.opened && !this.connected) listener.back();
      this.connected = true;
    });
    await this.subscriber.connect();
    await this.subscriber.subscribe(this.topic);
    await this.publisher.connect();
    this.opened = true;
  }

  announce(): void {
    this.publisher.publish(this.topic, '1').catch(() => undefined);
  }

  async close(): Promise<void> {
    this.connected = false;
    this.subscriber.disconnect();
    this.publisher.disconnect();
  }
}

/** NATS core pub/sub on one subject; the client reconnects for ever and says so in its status. */
class NatsChannel implements ChangeChannel {
  private connection: NatsConnection | undefined;

  constructor(
    private readonly url: string,
    private readonly subject: string,
  ) {}

  async open(listener: ChannelListener): Promise<void> {
    const connection = await connectNats({ servers: this.url, maxReconnectAttempts: -1, reconnectTimeWait: 250, pingInterval: 2000 });
    connection.subscribe(this.subject, { callback: () => listener.grew() });
    void (async () => {
      for await (const status of connection.status()) {
        if (status.type === 'disconnect') listener.lost('the NATS connection closed');
        if (status.type === 'reconnect') listener.back();
      }
    })();
    this.connection = connection;
  }

  announce(): void {
    this.connection?.publish(this.subject);
  }

  async close(): Promise<void> {
    await this.connection?.close();
  }
}

/** The channel CHANGE_CHANNEL names for a subgraph: postgres (LISTEN/NOTIFY, the default), redis (REDIS_URL) or nats (NATS_URL). */
export function changeChannelFor(subgraph: string, pgChannel: string, databaseUrl: string, settings: ChannelSettings): ChangeChannel {
  if (settings.CHANGE_CHANNEL === 'redis') return new RedisChannel(settings.REDIS_URL!, `${settings.REDIS_PREFIX}changes:${subgraph}`);
  if (settings.CHANGE_CHANNEL === 'nats') return new NatsChannel(settings.NATS_URL!, `sambruk.changes.${subgraph}`);
  return new PostgresChannel(subgraph, pgChannel, databaseUrl);
}
