import { resolve } from 'node:path';
import { type GatewayConfigContext, type GatewayConfigSupergraph, type GatewayPlugin, Logger } from '@graphql-hive/gateway-runtime';
import { PinoLogWriter } from '@graphql-hive/logger/writers/pino';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { type ExecutionRequest, getOperationASTFromRequest } from '@graphql-tools/utils';
import { GraphQLError } from 'graphql';
import { maskError } from 'graphql-yoga';
import type { Redis } from 'ioredis';
import { type Config, config, SUBGRAPH_NAMES, subgraphSettings } from '../subgraphs/shared/platform/config';
import { REQUEST_ID_HEADER } from '../subgraphs/shared/platform/http';
import { createLogger, createPino } from '../subgraphs/shared/platform/logger';
import { responseCache, responseStore } from './cache';
import { corsOptions, varyByOrigin } from './cors';
import { dashboardFiles } from './dashboard-files';
import { graphiqlOptions } from './graphiql';
import { metricsPlugins } from './metrics';
import { securityPlugins } from './plugins';
import { rateLimitPlugin, rateLimitStore, trustedProxies } from './rate-limit';
import { readinessCheck, subgraphsOf } from './readiness';
import { requestLog } from './request-log';
import { subgraphFailures } from './subgraph-failures';
import { tracingPlugins } from './tracing';
import { trustedDocuments } from './trusted-documents';

export interface GatewayOptions {
  supergraphPath: string;
  /** Subgraph URLs that replace the ones recorded in the supergraph, by subgraph name. */
  subgraphUrls: Record<string, string>;
  /** Settings that replace the environment's for this gateway alone (tests start gateways with small limits). */
  settings?: Partial<Config>;
}

export function gatewayOptionsFromEnv(cfg: Config = config()): GatewayOptions {
  const overrides = SUBGRAPH_NAMES.flatMap((name) => {
    const url = subgraphSettings(name, cfg).urlOverride;
    return url ? [[name, url] as const] : [];
  });
  return { supergraphPath: resolve(cfg.SUPERGRAPH_PATH), subgraphUrls: Object.fromEntries(overrides) };
}

/** The environment's settings with this gateway's own replacements. */
export const settingsOf = (options: GatewayOptions): Config => ({ ...config(), ...options.settings });

/**
 * Hive's logger at LOG_LEVEL, writing through ours (JSON lines, secrets redacted). Its debug lines show
 * the headers and variables of subgraph requests: our pino redacts the caller's token there too
 * (`*.authorization`, and any bearer token in a line). Hive's own `redact` option is not used: it
 * compiles a new redactor for the child logger of every request.
 */
const hiveLogger = (cfg: Config) =>
  new Logger({
    level: cfg.LOG_LEVEL === 'silent' ? false : cfg.LOG_LEVEL,
    writers: [new PinoLogWriter(createPino('gateway', cfg.LOG_LEVEL))],
  });

/**
 * Hive's runtime disposes itself as soon as the process gets SIGTERM, aborting the subgraph calls in
 * flight. Plugins are disposed last first, so this one, placed last, holds that back until the HTTP
 * server has drained.
 */
const drainedFirst = (drain: () => Promise<void>): GatewayPlugin => ({ onDispose: drain });

/** What a gateway has made before its configuration: how it drains, and the Redis it shares with other replicas (REDIS_URL). */
export interface GatewayResources {
  drain: () => Promise<void>;
  redis?: Redis;
}

function plugins(subgraphs: Record<string, string>, cfg: Config, { drain, redis }: GatewayResources, context: GatewayConfigContext) {
  const log = createLogger('gateway', cfg.LOG_LEVEL);
  return [
    ...tracingPlugins(context),
    ...metricsPlugins(context),
    readinessCheck(subgraphs, cfg.SUBGRAPH_TIMEOUT_MS),
    dashboardFiles(cfg.DASHBOARD_DIR),
    ...securityPlugins(cfg),
    ...(cfg.RESPONSE_CACHE === 'on' ? [responseCache(responseStore(redis, cfg.REDIS_PREFIX, cfg.RESPONSE_CACHE_MAX_ENTRIES, cfg.RESPONSE_CACHE_TTL_MS))] : []),
    // After the cache: the last answer set before execution wins, so a cached answer over budget is refused too.
    rateLimitPlugin(cfg.RATE_LIMIT_PER_MINUTE, rateLimitStore(cfg.RATE_LIMIT_PER_MINUTE, redis, cfg.REDIS_PREFIX), trustedProxies(cfg.TRUSTED_PROXIES)),
    varyByOrigin(),
    subgraphFailures(cfg.SUBGRAPH_TIMEOUT_MS, log),
    requestLog(log),
    drainedFirst(drain),
  ];
}

/**
 * A subgraph's coded error that ends a subscription (e.g. FORBIDDEN) reaches the gateway as the
 * error object of its event stream, not a GraphQLError: it keeps its message and code, like a
 * query's errors do, instead of becoming "Unexpected error."; anything else is masked as usual.
 */
function keepSubgraphRefusals(error: unknown, message: string, isDev?: boolean): Error {
  const refusal = error as { message?: unknown; path?: ReadonlyArray<string | number>; extensions?: { code?: unknown; serviceName?: unknown } };
  const fromSubgraph = !(error instanceof Error) && typeof refusal?.message === 'string' && typeof refusal.extensions?.serviceName === 'string';
  if (fromSubgraph && typeof refusal.extensions?.code === 'string')
    return new GraphQLError(refusal.message as string, { path: refusal.path, extensions: refusal.extensions });
  return maskError(error, message, isDev);
}

/**
 * SUBGRAPH_TIMEOUT_MS for queries and mutations; none for a subscription, which stays open as long as
 * its subscriber does (the runtime would otherwise end every subscription after the timeout).
 */
const upstreamTimeout =
  (timeoutMs: number): Extract<GatewayConfigSupergraph['upstreamTimeout'], (...args: never[]) => unknown> =>
  ({ executionRequest }) => {
    const request = executionRequest as ExecutionRequest;
    return (request.operationType ?? getOperationASTFromRequest(request).operation) === 'subscription' ? undefined : timeoutMs;
  };

/**
 * Hive's Rust-planner handler, with the schema it executes subgraph calls with built as the supergraph
 * loads (while `npm start`'s subgraphs start) instead of on the first subgraph call (about 0.45 s):
 * asking for one of the supergraph's subgraphs builds it.
 */
const eagerUnifiedGraphHandler =
  (subgraph: string | undefined): typeof unifiedGraphHandler =>
  async (handlerOptions) => {
    const handler = await unifiedGraphHandler(handlerOptions);
    if (subgraph) handler.getSubgraphSchema?.(subgraph);
    return handler;
  };

/**
 * Hive Gateway configuration: the Rust query planner, the supergraph file, URL overrides, header
 * forwarding, security, CORS, subgraph timeouts and failures, readiness and the response cache.
 */
export function gatewayConfig(options: GatewayOptions, resources: GatewayResources): GatewayConfigSupergraph {
  const cfg = settingsOf(options);
  const subgraphs = subgraphsOf(options.supergraphPath, options.subgraphUrls);
  return {
    supergraph: options.supergraphPath,
    unifiedGraphHandler: eagerUnifiedGraphHandler(Object.keys(subgraphs)[0]),
    transportEntries: Object.fromEntries(Object.entries(options.subgraphUrls).map(([name, location]) => [name, { location }])),
    healthCheckEndpoint: '/health',
    maskedErrors: { maskError: keepSubgraphRefusals },
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => {
        const authorization = request.headers.get('authorization');
        return authorization ? { authorization } : {};
      },
    },
    logging: hiveLogger(cfg),
    requestId: { headerName: REQUEST_ID_HEADER },
    graphqlEndpoint: '/graphql',
    plugins: (context) => plugins(subgraphs, cfg, resources, context),
    upstreamTimeout: upstreamTimeout(cfg.SUBGRAPH_TIMEOUT_MS),
    cors: corsOptions(cfg.CORS_ORIGINS),
    disableIntrospection: cfg.INTROSPECTION === 'off' ? { disableIf: () => true } : undefined,
    ...graphiqlOptions(cfg),
    persistedDocuments: trustedDocuments(cfg),
  };
}
