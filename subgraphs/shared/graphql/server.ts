import { createServer, type Server, type ServerResponse } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createTokenVerifier } from './auth';
import { config, SUBGRAPH_NAMES, subgraphSettings } from '../platform/config';
import { createRequestContext, type RequestContext } from './context';
import { migrate, openOrm, type StatementCounter } from '../platform/database';
import { databaseProblem, ensureDatabase, provideDatabase } from '../platform/postgres';
import { createErrorFormatter } from './errors';
import { handleGraphQL } from './apollo-http';
import { createLogger } from '../platform/logger';
import { createProgress, type Progress } from '../platform/progress';
import { drainable } from '../platform/drain';
import { buildFederatedSchema, type SubgraphDefinition } from './subgraph';

export interface SubgraphOptions {
  databaseUrl: string;
  port?: number;
  host?: string;
  seed?: boolean;
  progress?: Progress;
  /** GraphQL URLs of the other subgraphs; defaults to their configured ports or URL overrides. */
  peers?: Record<string, string>;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  orm: MikroORM;
  statements: StatementCounter;
  stop(): Promise<void>;
}

function defaultPeerUrls(): Record<string, string> {
  return Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => {
      const { port, urlOverride } = subgraphSettings(name);
      return [name, urlOverride ?? `http://${config().HOST}:${port}/graphql`];
    }),
  );
}

/** How long readiness waits for the database to answer `select 1`. */
const READINESS_TIMEOUT_MS = 2000;

/**
 * `/health` is liveness: the process answers. `/ready` is readiness: its database answers too;
 * otherwise 503 with JSON naming the problem.
 */
async function answerProbe(path: string, service: string, databaseUrl: string, response: ServerResponse): Promise<void> {
  const problem = path === '/ready' ? await databaseProblem(databaseUrl, READINESS_TIMEOUT_MS) : null;
  const body = problem ? { status: 'unavailable', service, problem: `database unreachable: ${problem}` } : { status: 'ok', service };
  response.writeHead(problem ? 503 : 200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done((server.address() as { port: number }).port));
  });
}

/** Opens the subgraph's database (migrating, and seeding when asked), then serves it over HTTP. */
export async function startSubgraph(definition: SubgraphDefinition, options: SubgraphOptions): Promise<RunningSubgraph> {
  const log = createLogger(definition.name);
  await ensureDatabase(options.databaseUrl);
  const { orm, statements } = await openOrm({ url: options.databaseUrl, schema: definition.name, entities: definition.entities, migrations: definition.migrations });
  await migrate(orm);
  if (options.seed) await definition.seed(orm.em.fork(), options.progress ?? createProgress(definition.name));

  const apollo = new ApolloServer<RequestContext>({
    schema: await buildFederatedSchema(definition),
    formatError: createErrorFormatter(definition.constraints),
    includeStacktraceInErrorResponses: false,
    // No cache-control hints are used; the default plugin would instrument every field of every request.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();

  const peers = options.peers ?? defaultPeerUrls();
  const verifyToken = createTokenVerifier();
  const http = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/health' || path === '/ready') {
      void answerProbe(path, definition.name, options.databaseUrl, response);
      return;
    }
    const headers = { authorization: request.headers.authorization };
    const context = async () => createRequestContext(orm.em, headers, peers, await verifyToken(headers.authorization));
    handleGraphQL(apollo, context, request, response).catch((error) => {
      log.error('request failed', { error: String(error) });
      if (!response.headersSent) response.writeHead(error.status ?? 500);
      response.end();
    });
  });
  http.keepAliveTimeout = 65_000;
  const drain = drainable(http);
  const host = options.host ?? config().HOST;
  const port = await listen(http, options.port ?? 0, host);
  const url = `http://${host}:${port}/graphql`;
  log.info(`subgraph ready at ${url}`);

  return {
    name: definition.name,
    url,
    orm,
    statements,
    async stop() {
      await drain(config().DRAIN_TIMEOUT_MS);
      await apollo.stop();
      await orm.close();
    },
  };
}

/**
 * Runs a service as its own process. On SIGINT or SIGTERM it stops accepting, finishes the requests
 * in flight (at most DRAIN_TIMEOUT_MS) and exits; when it cannot start it says why in one line
 * (a port in use names the variable that moves it) and exits with 1.
 */
export async function runAsProcess(service: string, portVariable: string, start: () => Promise<{ stop(): Promise<void> }>): Promise<void> {
  let running: { stop(): Promise<void> };
  try {
    running = await start();
  } catch (error) {
    const { code, port, message } = error as { code?: string; port?: number; message?: string };
    const reason = code === 'EADDRINUSE' ? `port ${port} is in use: stop what listens there or set ${portVariable}` : `could not start: ${String(message).replace(/\s*\n\s*/g, '; ')}`;
    createLogger(service, 'error').error(reason);
    process.exit(1);
  }
  const shutdown = async (signal: string) => {
    createLogger(service).info(`${signal}: finishing the requests in flight, then stopping`);
    await running.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

/** Runs one subgraph as its own process (`node dist/subgraphs/<name>/index.js`), e.g. under docker-compose. */
export function runSubgraphProcess(definition: SubgraphDefinition): Promise<void> {
  return runAsProcess(definition.name, `${definition.name.toUpperCase()}_PORT`, async () => {
    const database = await provideDatabase();
    const running = await startSubgraph(definition, { databaseUrl: database.url, port: subgraphSettings(definition.name).port, seed: config().SEED === 'auto' });
    return {
      async stop() {
        await running.stop();
        await database.stop();
      },
    };
  });
}
