import { createServer, type IncomingMessage, type Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import { createYoga } from 'graphql-yoga';
import type { Registry } from 'prom-client';
import { today } from '../platform/clock';
import { type Config, config, type LogLevel, subgraphSettings, subgraphUrls } from '../platform/config';
import { countingStatements, migrate, type StatementCounter } from '../platform/database';
import { drainable } from '../platform/drain';
import { listen, REQUEST_ID_HEADER, requestIdOf } from '../platform/http';
import { createLogger, type Logger } from '../platform/logger';
import { answerMetrics, createMetricsRegistry, METRICS_PATH } from '../platform/metrics';
import { ensureDatabase, provideDatabase, whileLocked } from '../platform/postgres';
import { answerProbe, PROBE_PATHS } from '../platform/probes';
import { runAsProcess } from '../platform/process';
import { createProgress, type Progress } from '../platform/progress';
import { inServerSpan, startTracing } from '../platform/tracing';
import { handleGraphQL } from './apollo-http';
import { createTokenVerifier } from './auth';
import { type ChannelSettings, changeChannelFor } from './change-channel';
import { changeChannel } from './change-feed';
import { createRequestContext, type RequestContext } from './context';
import { createErrorFormatter } from './errors';
import { FeedNotifier } from './live';
import { observeOperations } from './observe';
import { buildFederatedSchema, openSubgraphOrm, type SubgraphDefinition } from './subgraph';
import { WebhookDeliverer } from './webhook-delivery';

export interface SubgraphOptions {
  databaseUrl: string;
  port?: number;
  host?: string;
  seed?: boolean;
  progress?: Progress;
  /** GraphQL URLs of the other subgraphs; defaults to their configured ports or URL overrides. */
  peers?: Record<string, string>;
  /** Today's date for each request: the date in Sweden unless given (tests fix the day). */
  clock?: () => string;
  /** LOG_LEVEL's unless given (tests read a subgraph's request lines). */
  logLevel?: LogLevel;
  /** The message channel of live changes and its poll interval, replacing the environment's (tests pick a channel). */
  changes?: Partial<ChannelSettings & Pick<Config, 'CHANGE_POLL_MS'>>;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  orm: MikroORM;
  statements: StatementCounter;
  stop(): Promise<void>;
}

async function startApollo(
  definition: SubgraphDefinition,
  schema: GraphQLSchema,
  observe: ApolloServerPlugin<RequestContext>,
): Promise<ApolloServer<RequestContext>> {
  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError: createErrorFormatter(definition.constraints),
    includeStacktraceInErrorResponses: false,
    // The process stops its subgraphs itself on SIGINT and SIGTERM (draining first); Apollo's own handler would re-raise the signal and end it midway.
    stopOnTerminationSignals: false,
    // No cache-control hints are used; the default plugin would instrument every field of every request.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), observe],
  });
  await apollo.start();
  return apollo;
}

interface Served {
  schema: GraphQLSchema;
  apollo: ApolloServer<RequestContext>;
  orm: MikroORM;
  log: Logger;
  metrics: Registry;
}

type ContextFor = (authorization: string | undefined, requestId: string) => Promise<RequestContext>;

/** Subscriptions over server-sent events (how the gateway asks for them): Apollo Server has no subscriptions, Yoga serves them from the same schema. */
function createSubscriptionServer(schema: GraphQLSchema, contextFor: ContextFor) {
  return createYoga<{ req: IncomingMessage; requestId: string }>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: false,
    landingPage: false,
    logging: false,
    context: ({ req, requestId }) => contextFor(req.headers.authorization, requestId),
  });
}

/** The subgraph's HTTP server: `/health`, `/ready` and `/metrics`, and GraphQL with a request context per request (subscriptions over SSE). */
function createHttpServer(definition: SubgraphDefinition, options: SubgraphOptions, { schema, apollo, orm, log, metrics }: Served): Server {
  const peers = options.peers ?? subgraphUrls();
  const verifyToken = createTokenVerifier();
  const clock = options.clock ?? today;
  const contextFor: ContextFor = async (authorization, requestId) =>
    createRequestContext(orm.em, { headers: { authorization }, requestId, peers, viewer: await verifyToken(authorization), today: clock() });
  const subscriptions = createSubscriptionServer(schema, contextFor);
  const http = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (PROBE_PATHS.has(path)) {
      void answerProbe(path, definition.name, options.databaseUrl, response);
      return;
    }
    if (path === METRICS_PATH) {
      void answerMetrics(metrics, response);
      return;
    }
    const requestId = requestIdOf(request);
    response.setHeader(REQUEST_ID_HEADER, requestId);
    if (request.headers.accept?.includes('text/event-stream')) {
      void subscriptions(request, response, { req: request, requestId });
      return;
    }
    const context = () => contextFor(request.headers.authorization, requestId);
    const serve = () => countingStatements(() => handleGraphQL(apollo, context, request, response));
    inServerSpan(definition.name, `graphql ${definition.name}`, request.headers, serve).catch((error) => {
      log.error('request failed', { requestId, error: String(error) });
      if (!response.headersSent) response.writeHead(error.status ?? 500);
      response.end();
    });
  });
  http.keepAliveTimeout = 65_000;
  return http;
}

/** Opens the subgraph's database (migrating, and seeding when asked, one replica at a time), then serves it over HTTP. */
export async function startSubgraph(definition: SubgraphDefinition, options: SubgraphOptions): Promise<RunningSubgraph> {
  startTracing(definition.name);
  await ensureDatabase(options.databaseUrl);
  const { orm, statements } = await openSubgraphOrm(definition, options.databaseUrl);
  await whileLocked(options.databaseUrl, `sambruk: migrate and seed ${definition.name}`, async () => {
    await migrate(orm);
    if (options.seed) await definition.seed(orm.em.fork(), options.progress ?? createProgress(definition.name));
  });
  const changes = { ...config(), ...options.changes };
  const channel = changeChannelFor(definition.name, changeChannel(definition.name), options.databaseUrl, changes);
  const notifier = new FeedNotifier(definition.name, channel, changes.CHANGE_POLL_MS);
  await notifier.start();
  const webhooks = new WebhookDeliverer(orm, definition.name, notifier);
  webhooks.start();
  const log = createLogger(definition.name, options.logLevel);
  const metrics = createMetricsRegistry(definition.name);
  const schema = await buildFederatedSchema(definition);
  const apollo = await startApollo(definition, schema, observeOperations(log, metrics, orm));
  const http = createHttpServer(definition, options, { schema, apollo, orm, log, metrics });
  const drain = drainable(http);
  const host = options.host ?? config().HOST;
  const url = `http://${host}:${await listen(http, options.port ?? 0, host)}/graphql`;
  log.info(`subgraph ready at ${url}`);
  return {
    name: definition.name,
    url,
    orm,
    statements,
    async stop() {
      await drain(config().DRAIN_TIMEOUT_MS);
      await apollo.stop();
      await webhooks.stop();
      await notifier.stop();
      await orm.close();
    },
  };
}

/** Runs one subgraph as its own process (`node dist/subgraphs/<name>/index.js`), e.g. under docker-compose. */
export function runSubgraphProcess(definition: SubgraphDefinition): Promise<void> {
  return runAsProcess(definition.name, `${definition.name.toUpperCase()}_PORT`, async () => {
    const database = await provideDatabase();
    const running = await startSubgraph(definition, {
      databaseUrl: database.url,
      port: subgraphSettings(definition.name).port,
      seed: config().SEED === 'auto',
    });
    return {
      async stop() {
        await running.stop();
        await database.stop();
      },
    };
  });
}
