import { createServer, type Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createTokenVerifier } from './auth';
import { config, SUBGRAPH_NAMES, subgraphSettings } from './config';
import { createRequestContext, type RequestContext } from './context';
import { migrate, openOrm, type StatementCounter } from './database';
import { ensureDatabase, provideDatabase } from './postgres';
import { createErrorFormatter } from './errors';
import { handleGraphQL } from './http';
import { createLogger } from './logger';
import { createProgress, type Progress } from './progress';
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
    if (request.url === '/health') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', service: definition.name }));
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
      await new Promise((done) => http.close(done));
      http.closeAllConnections();
      await apollo.stop();
      await orm.close();
    },
  };
}

/**
 * Runs a service as its own process: stops it cleanly on SIGINT or SIGTERM, and when it cannot
 * start says why in one line (a port in use names the variable that moves it).
 */
export async function runAsProcess(service: string, portVariable: string, start: () => Promise<{ stop(): Promise<void> }>): Promise<void> {
  try {
    const running = await start();
    const shutdown = async () => {
      await running.stop();
      process.exit(0);
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  } catch (error) {
    const { code, port, message } = error as { code?: string; port?: number; message?: string };
    createLogger(service).error(code === 'EADDRINUSE' ? `port ${port} is in use: stop what listens there or set ${portVariable}` : `could not start: ${message}`);
    process.exit(1);
  }
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
