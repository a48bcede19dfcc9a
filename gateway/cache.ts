import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { type Cache, createInMemoryCache, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { getOperationAST, Kind, OperationTypeNode, parse } from 'graphql';

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
function emptiableCache(): Cache & { empty(): void } {
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
 * Anonymous catalogue queries are answered from memory for up to five minutes. The plugin is enabled
 * for those requests alone: it adds `__typename` and `id` to every operation it handles, so any other
 * operation must reach the query planner exactly as it was sent. Any mutation through the gateway
 * empties the cache, from a hook of our own that leaves the mutation as it was sent.
 */
export function catalogueCache(): GatewayPlugin[] {
  const cache = emptiableCache();
  const isCatalogue = catalogueQueries();
  const cached = new WeakSet<Request>();
  const marker: GatewayPlugin = {
    onParams({ request, params }) {
      if (!request.headers.has('authorization') && isCatalogue(params)) cached.add(request);
    },
    onExecute({ args }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== OperationTypeNode.MUTATION) return;
      return { onExecuteDone: () => cache.empty() };
    },
  };
  const responseCache = useResponseCache({ cache, enabled: (request) => cached.has(request), session: () => null, ttl: CATALOGUE_TTL_MS }) as GatewayPlugin;
  return [marker, responseCache];
}
