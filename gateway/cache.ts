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

/** A mutation document has the keyword; anything else can skip the plugin's walk over its result. */
const mayMutate = (context: { params?: { query?: string } }) => context.params?.query?.includes('mutation') ?? true;

/**
 * Anonymous catalogue reads are served from memory for up to five minutes (reads of anything else
 * are not cached: their TTL is zero); any mutation through the gateway empties the cache. Reads by
 * callers with a token bypass the plugin; were one to reach it, its session and zero TTL keep it apart.
 */
export function catalogueCache(): GatewayPlugin {
  return useResponseCache({
    cache: clearedOnMutation(),
    enabled: (request, context) => anonymous(request) || mayMutate(context),
    session: (request) => (anonymous(request) ? null : request.headers.get('authorization')),
    ttl: 0,
    ttlPerSchemaCoordinate: CATALOGUE,
    onTtl: ({ ttl, context }) => (anonymous((context as { request: Request }).request) ? ttl : 0),
  }) as GatewayPlugin;
}
