import { createHash } from 'node:crypto';
import { BlockList, isIP, isIPv6 } from 'node:net';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';
import type { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

/** Where clients' operation counts live: in this gateway's memory, or in Redis shared by every gateway replica. */
export interface RateLimitStore {
  /** Counts one operation of `client`; resolves to the milliseconds until it may send again when it is over its budget, else to null. */
  take(client: string): Promise<number | null>;
}

/** A fixed one-minute window per client, in this process's memory. */
export const memoryRateLimitStore = (perMinute: number): RateLimitStore => storeOf(new RateLimiterMemory({ points: perMinute, duration: 60 }));

/**
 * A fixed one-minute window per client in Redis, so that gateway replicas share one budget; while
 * Redis does not answer, each gateway counts in its own memory instead.
 */
export const redisRateLimitStore = (redis: Redis, perMinute: number, prefix: string): RateLimitStore =>
  storeOf(
    new RateLimiterRedis({
      storeClient: redis,
      points: perMinute,
      duration: 60,
      keyPrefix: `${prefix}rate`,
      insuranceLimiter: new RateLimiterMemory({ points: perMinute, duration: 60 }),
    }),
  );

function storeOf(limiter: RateLimiterAbstract): RateLimitStore {
  return {
    take: (client) =>
      limiter.consume(client).then(
        () => null,
        (refusal: unknown) => {
          if (refusal instanceof RateLimiterRes) return refusal.msBeforeNext;
          throw refusal;
        },
      ),
  };
}

/** What Node's HTTP adapter puts in the server context. */
interface NodeServerContext {
  req?: { socket?: { remoteAddress?: string } };
}

const family = (address: string) => (isIPv6(address) ? 'ipv6' : 'ipv4');

/** The load balancers in front of the gateway (TRUSTED_PROXIES: addresses or CIDR ranges), whose X-Forwarded-For is believed. */
export function trustedProxies(entries: string[]): BlockList {
  const trusted = new BlockList();
  for (const entry of entries) {
    const [address, prefix] = entry.split('/');
    if (prefix) trusted.addSubnet(address, Number(prefix), family(address));
    else trusted.addAddress(address, family(address));
  }
  return trusted;
}

/**
 * The address a caller connects from; behind a trusted load balancer, the one the balancer saw (the
 * last in X-Forwarded-For, which it appends: earlier ones the caller could have made up).
 */
function addressOf(request: Request, context: unknown, trusted: BlockList): string {
  const peer = (context as NodeServerContext).req?.socket?.remoteAddress?.replace(/^::ffff:/, '') ?? 'unknown';
  if (!isIP(peer) || !trusted.check(peer, family(peer))) return peer;
  const forwarded = (request.headers.get('x-forwarded-for') ?? '').split(',').map((address) => address.trim());
  return forwarded.at(-1) || peer;
}

/**
 * A client is its token when it sends one (verified before this runs; kept only as a hash), otherwise
 * the address it connects from — never a header it could make up.
 */
function clientOf(request: Request, context: unknown, trusted: BlockList): string {
  const authorization = request.headers.get('authorization');
  if (authorization) return `token:${createHash('sha256').update(authorization).digest('base64url')}`;
  return `address:${addressOf(request, context, trusted)}`;
}

function rateLimited(perMinute: number, waitMs: number): GraphQLError {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return new GraphQLError(`too many requests: at most ${perMinute} operations per minute per client (RATE_LIMIT_PER_MINUTE); retry after ${seconds} s`, {
    extensions: { code: 'RATE_LIMITED', http: { status: 429, headers: { 'retry-after': String(seconds) } } },
  });
}

/** One budget per client: every operation counts once, whatever root fields it asks for; over budget it is answered 429 without being parsed. */
export function rateLimitPlugin(perMinute: number, store: RateLimitStore, trusted = new BlockList()): GatewayPlugin {
  return {
    async onParams({ request, context, setResult }) {
      const waitMs = await store.take(clientOf(request, context, trusted));
      if (waitMs !== null) setResult({ errors: [rateLimited(perMinute, waitMs)] });
    },
  };
}

/** Redis's store when the gateway has one (REDIS_URL), else this process's memory. */
export const rateLimitStore = (perMinute: number, redis: Redis | undefined, prefix: string): RateLimitStore =>
  redis ? redisRateLimitStore(redis, perMinute, prefix) : memoryRateLimitStore(perMinute);
