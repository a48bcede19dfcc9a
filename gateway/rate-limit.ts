import { useRateLimiting } from '@graphql-hive/gateway';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import InMemoryLRUCache from '@graphql-mesh/cache-inmemory-lru';
import type { Config } from '../subgraphs/shared/config';

interface ClientContext {
  request?: Request;
  req?: { socket?: { remoteAddress?: string } };
}

/** A client is its token when it sends one, otherwise the address it connects from (never a header it could make up). */
function clientOf(context: unknown): string {
  const { request, req } = context as ClientContext;
  return request?.headers.get('authorization') ?? req?.socket?.remoteAddress ?? 'unknown';
}

/** Requests per minute per client for every root field. */
export function rateLimitPlugins(cfg: Config): GatewayPlugin[] {
  const window = { max: cfg.RATE_LIMIT_PER_MINUTE, ttl: 60_000, identifyFn: clientOf };
  const counters = new InMemoryLRUCache();
  const limiter = useRateLimiting({ config: [{ type: 'Query', field: '*', ...window }, { type: 'Mutation', field: '*', ...window }], cache: counters });
  return [limiter as GatewayPlugin, { onDispose: () => counters[Symbol.dispose]() }];
}
