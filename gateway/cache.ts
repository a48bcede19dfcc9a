import { createHash } from 'node:crypto';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { type ExecutionResult, getOperationAST, OperationTypeNode } from 'graphql';
import type { Redis } from 'ioredis';
import { SUBGRAPH_NAMES } from '../subgraphs/shared/platform/config';

type MaybePromise<T> = T | Promise<T>;

/** A cached answer, if any, and the store's generation when it was looked up (it moves on with every invalidation). */
interface Lookup {
  result?: ExecutionResult;
  generation: number;
}

/** Where answers are kept: this gateway's memory, or Redis shared by every replica. */
export interface ResponseStore {
  read(key: string): MaybePromise<Lookup>;
  /** Keeps `result` under `key`, tagged, unless something was invalidated since `generation` (it could be stale already). */
  write(key: string, result: ExecutionResult, tags: string[], generation: number): MaybePromise<void>;
  /** Drops every answer carrying one of `tags`. */
  invalidate(tags: string[]): MaybePromise<void>;
}

interface MemoryEntry {
  result: ExecutionResult;
  tags: string[];
  expiresAt: number;
}

/** At most `maxEntries` answers for `ttlMs` each, the least recently read dropped first. */
export function memoryStore(maxEntries: number, ttlMs: number): ResponseStore {
  const entries = new Map<string, MemoryEntry>();
  const tagged = new Map<string, Set<string>>();
  let generation = 0;
  const remove = (key: string) => {
    for (const tag of entries.get(key)?.tags ?? []) tagged.get(tag)?.delete(key);
    entries.delete(key);
  };
  return {
    read(key) {
      const entry = entries.get(key);
      if (!entry) return { generation };
      entries.delete(key);
      if (entry.expiresAt <= Date.now()) {
        remove(key);
        return { generation };
      }
      entries.set(key, entry);
      return { result: entry.result, generation };
    },
    write(key, result, tags, since) {
      if (since !== generation) return;
      remove(key);
      if (entries.size >= maxEntries) remove(entries.keys().next().value as string);
      entries.set(key, { result: JSON.parse(JSON.stringify(result)), tags, expiresAt: Date.now() + ttlMs });
      for (const tag of tags) tagged.set(tag, (tagged.get(tag) ?? new Set()).add(key));
    },
    invalidate(tags) {
      generation += 1;
      for (const tag of tags) for (const key of tagged.get(tag) ?? []) remove(key);
    },
  };
}

/** Sets the answer and adds its key to each tag's set, unless the generation moved on since it was read. */
const WRITE_SCRIPT = `if (redis.call('GET', KEYS[1]) or '0') ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3])
for i = 3, #KEYS do redis.call('SADD', KEYS[i], ARGV[4]); redis.call('PEXPIRE', KEYS[i], ARGV[3]) end
return 1`;

/**
 * The answers in Redis, shared by every gateway replica: each under `<prefix>response:<key>` with
 * its TTL, its key in one set per tag, and a generation counter that every invalidation moves on.
 * While Redis does not answer, every read is a miss and nothing is kept.
 */
export function redisStore(redis: Redis, prefix: string, ttlMs: number): ResponseStore {
  const generationKey = `${prefix}response-generation`;
  const entry = (key: string) => `${prefix}response:${key}`;
  const tagSet = (tag: string) => `${prefix}response-tag:${tag}`;
  return {
    read: (key) =>
      redis.mget(entry(key), generationKey).then(
        ([text, generation]) => ({ result: text ? JSON.parse(text) : undefined, generation: Number(generation ?? 0) }),
        () => ({ generation: Number.NaN }),
      ),
    write: async (key, result, tags, generation) => {
      if (Number.isNaN(generation)) return;
      const keys = [generationKey, entry(key), ...tags.map(tagSet)];
      await redis.eval(WRITE_SCRIPT, keys.length, ...keys, String(generation), JSON.stringify(result), String(ttlMs), key).catch(() => undefined);
    },
    invalidate: async (tags) => {
      await redis.incr(generationKey);
      for (const tag of tags) {
        const keys = await redis.smembers(tagSet(tag));
        await redis.del(tagSet(tag), ...keys.map(entry));
      }
    },
  };
}

/**
 * Which subgraphs compute answers from which others' data (through their peers, see
 * subgraphs/shared/graphql/peers.ts): services checks members, projects counts members and services,
 * finance prices members' subscriptions and projects. A write to a subgraph can change what its readers answer.
 */
const READERS: Record<string, readonly string[]> = {
  membership: ['services', 'projects', 'finance'],
  services: ['projects', 'finance'],
  projects: ['finance'],
  finance: [],
};

/** The tags a write to these subgraphs invalidates: theirs and their readers'; every subgraph's when none is known. */
function invalidatedBy(written: Iterable<string>): string[] {
  const tags = new Set<string>();
  for (const name of written) for (const tag of [name, ...(READERS[name] ?? SUBGRAPH_NAMES)]) tags.add(tag);
  return tags.size ? [...tags] : [...SUBGRAPH_NAMES];
}

interface GraphQLParams {
  query?: string;
  operationName?: string | null;
  variables?: unknown;
  extensions?: unknown;
}

interface VerifiedToken {
  jwt?: { payload?: { role?: unknown; member_id?: unknown; sub?: unknown } };
}

/** Who asks, from the token the JWT plugin verified (never the token itself): role, member and subject; anonymous without one. */
function viewerOf(context: unknown): string {
  const payload = (context as VerifiedToken).jwt?.payload;
  return payload ? JSON.stringify([payload.role, payload.member_id ?? null, payload.sub ?? null]) : 'anonymous';
}

function keyOf(params: GraphQLParams, viewer: string): string {
  const operation = JSON.stringify([viewer, params.operationName ?? null, params.query ?? null, params.variables ?? null, params.extensions ?? null]);
  return createHash('sha256').update(operation).digest('base64url');
}

/** What one uncached operation does: its kind, the subgraphs it read and those it wrote to. */
interface Pending {
  key: string;
  generation: number;
  kind?: OperationTypeNode;
  read: Set<string>;
  written: Set<string>;
}

const cacheable = (result: unknown): result is ExecutionResult =>
  typeof result === 'object' && result !== null && !(Symbol.asyncIterator in result) && !(result as ExecutionResult).errors?.length;

const then = <T>(value: MaybePromise<T>, next: (resolved: T) => void): MaybePromise<void> => (value instanceof Promise ? value.then(next) : next(value));

/**
 * Answers a query from the store when the same viewer sent the same operation and variables before.
 * The document is never changed: the planner and the subgraphs see exactly what the client sent.
 * Each answer is tagged with the subgraphs that answered part of it; a mutation invalidates the
 * subgraphs it wrote to and those that read them, before its own answer is sent. Answers with errors
 * are not kept.
 */
export function responseCache(store: ResponseStore): GatewayPlugin {
  const pending = new WeakMap<Request, Pending>();
  return {
    onParams({ request, params, context, setResult }) {
      const key = keyOf(params, viewerOf(context));
      return then(store.read(key), ({ result, generation }) => {
        if (result) setResult(result);
        else pending.set(request, { key, generation, read: new Set(), written: new Set() });
      });
    },
    onExecute({ args }) {
      const operation = pending.get(args.contextValue.request);
      if (operation) operation.kind = getOperationAST(args.document, args.operationName)?.operation;
    },
    onSubgraphExecute({ subgraphName, executionRequest }) {
      const operation = pending.get((executionRequest.context as { request: Request } | undefined)?.request as Request);
      if (!operation) return;
      const writes = operation.kind === OperationTypeNode.MUTATION && executionRequest.operationType === OperationTypeNode.MUTATION;
      (writes ? operation.written : operation.read).add(subgraphName);
    },
    onExecutionResult({ request, result }) {
      const operation = pending.get(request);
      if (operation?.kind === OperationTypeNode.MUTATION) return store.invalidate(invalidatedBy(operation.written.size ? operation.written : operation.read));
      if (operation?.kind === OperationTypeNode.QUERY && cacheable(result) && operation.read.size)
        return store.write(operation.key, result, [...operation.read], operation.generation);
    },
  };
}

/** The response cache in Redis when the gateway has one (REDIS_URL), else in this process's memory. */
export const responseStore = (redis: Redis | undefined, prefix: string, maxEntries: number, ttlMs: number): ResponseStore =>
  redis ? redisStore(redis, prefix, ttlMs) : memoryStore(maxEntries, ttlMs);
