import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { createInMemoryCache, useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';

const CATALOGUE_TTL_MS = 5 * 60_000;
/** The public catalogue's root fields: anonymous reads that touch them are answered from memory. */
const CATALOGUE = { 'Query.services': CATALOGUE_TTL_MS, 'Query.service': CATALOGUE_TTL_MS, 'Query.managementPartners': CATALOGUE_TTL_MS };

/** A response cache that forgets everything whenever a mutation passes: a new service is in no cached entry to invalidate by id. */
function clearedOnMutation(): Cache {
  let cache = createInMemoryCache();
  return {
    get: (key) => cache.get(key),
    set: (key, result, entities, ttl) => cache.set(key, result, entities, ttl),
    invalidate: () => {
      cache = createInMemoryCache();
    },
  };
}

const anonymous = (request: Request) => !request.headers.has('authorization');

/**
 * Anonymous catalogue reads are served from memory for up to five minutes (reads of anything else
 * are not cached: their TTL is zero); any mutation through the gateway empties the cache. Callers
 * with a token are never cached: their session keeps them apart and their TTL is zero too.
 */
export function catalogueCache(): GatewayPlugin {
  return useResponseCache({
    cache: clearedOnMutation(),
    session: (request) => (anonymous(request) ? null : request.headers.get('authorization')),
    ttl: 0,
    ttlPerSchemaCoordinate: CATALOGUE,
    onTtl: ({ ttl, context }) => (anonymous((context as { request: Request }).request) ? ttl : 0),
  }) as GatewayPlugin;
}
