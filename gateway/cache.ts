import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { type Cache, createInMemoryCache, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { getOperationAST, Kind, OperationTypeNode, parse } from 'graphql';
import type { Redis } from 'ioredis';

interface GraphQLParams {
  query?: string;
  operationName?: string;
}

const CATALOGUE_TTL_MS = 5 * 60_000;
/** The public catalogue's root fields: anonymous queries that ask for nothing else are answered from memory. */
const CATALOGUE_FIELDS = new Set(['services', 'service', 'managementPartners', '__typename']);
const REMEMBERED_DOCUMENTS = 1000;

function isCatalogueQuery({ query, operationName }: GraphQLParams): boolean {
  try {
    const operation = getOperationAST(parse(query ?? ''), operationName);
    return (
      operation?.operation === OperationTypeNode.QUERY &&
      operation.selectionSet.selections.every((selection) => selection.kind === Kind.FIELD && CATALOGUE_FIELDS.has(selection.name.value))
    );
  } catch {
    return false;
  }
}

/** isCatalogueQuery, remembered for the documents seen most recently (the catalogue is read far more often than anything is sent once). */
function catalogueQueries(): (params: GraphQLParams) => boolean {
  const known = new Map<string, boolean>();
  return (params) => {
    const key = `${params.operationName ?? ''}\n${params.query ?? ''}`;
    const remembered = known.get(key);
    if (remembered !== undefined) return remembered;
    if (known.size >= REMEMBERED_DOCUMENTS) known.clear();
    const answer = isCatalogueQuery(params);
    known.set(key, answer);
    return answer;
  };
}

/** A response cache that can be emptied at once: a new service is in no cached entry to invalidate by id. */
type EmptiableCache = Cache & { empty(): Promise<void> | void };

function memoryCache(): EmptiableCache {
  let cache = createInMemoryCache();
  return {
    get: (key) => cache.get(key),
    set: (key, result, entities, ttl) => cache.set(key, result, entities, ttl),
    invalidate: (entities) => cache.invalidate(entities),
    empty: () => {
      cache = createInMemoryCache();
    },
  };
}

/**
 * The cache in Redis, shared by every gateway replica: each answer under `<prefix>catalogue:<key>` and
 * its key in the set `<prefix>catalogue`, so that emptying it (a mutation through any replica) removes
 * them all. While Redis does not answer, every read is a miss and nothing is kept.
 */
function redisCache(redis: Redis, prefix: string): EmptiableCache {
  const keys = `${prefix}catalogue`;
  const entry = (key: string) => `${keys}:${key}`;
  const empty = async () => {
    const cached = await redis.smembers(keys);
    await redis.del(keys, ...cached.map(entry));
  };
  return {
    get: (key) =>
      redis.get(entry(key)).then(
        (text) => (text ? JSON.parse(text) : undefined),
        () => undefined,
      ),
    set: (key, result, _entities, ttl) =>
      redis
        .multi()
        .set(entry(key), JSON.stringify(result), 'PX', ttl)
        .sadd(keys, key)
        .pexpire(keys, ttl)
        .exec()
        .then(
          () => undefined,
          () => undefined,
        ),
    invalidate: () => empty().catch(() => undefined),
    empty,
  };
}

/**
 * Anonymous catalogue queries are answered from memory for up to five minutes. The plugin is enabled
 * for those requests alone: it adds `__typename` and `id` to every operation it handles, so any other
 * operation must reach the query planner exactly as it was sent. Any mutation through the gateway
 * empties the cache, from a hook of our own that leaves the mutation as it was sent. With Redis
 * (REDIS_URL) the cache is shared by every gateway replica, and so is its emptying.
 */
export function catalogueCache(redis: Redis | undefined, prefix: string): GatewayPlugin[] {
  const cache = redis ? redisCache(redis, prefix) : memoryCache();
  const isCatalogue = catalogueQueries();
  const cached = new WeakSet<Request>();
  const mutations = new WeakSet<Request>();
  const marker: GatewayPlugin = {
    onParams({ request, params }) {
      if (!request.headers.has('authorization') && isCatalogue(params)) cached.add(request);
    },
    onExecute({ args }) {
      if (getOperationAST(args.document, args.operationName)?.operation === OperationTypeNode.MUTATION) mutations.add(args.contextValue.request);
    },
    /** After the mutation, before its answer is sent: once a client has it, no replica answers from the old catalogue. */
    async onResultProcess({ request }) {
      if (mutations.has(request)) await cache.empty();
    },
  };
  const responseCache = useResponseCache({ cache, enabled: (request) => cached.has(request), session: () => null, ttl: CATALOGUE_TTL_MS }) as GatewayPlugin;
  return [marker, responseCache];
}
