import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type GraphQLFormattedError, print } from 'graphql';
import type { GatewayOptions } from '../gateway/config';
import { type RunningGateway, startGateway } from '../gateway/server';
import { subgraphNamed } from '../subgraphs';
import { type Role, signDevelopmentToken } from '../subgraphs/shared/graphql/auth';
import { composeSupergraph, subgraphSdl } from '../subgraphs/shared/graphql/composition';
import { type RunningSubgraph, type SubgraphOptions, startSubgraph } from '../subgraphs/shared/graphql/server';
import type { LogLevel } from '../subgraphs/shared/platform/config';
import { countingStatements } from '../subgraphs/shared/platform/database';
import { databaseUrl, dropDatabase } from '../subgraphs/shared/platform/postgres';
import { silentProgress } from '../subgraphs/shared/platform/progress';

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLFormattedError[];
}

/** A caller with a development token; anonymous when left out. */
export interface Caller {
  role: Exclude<Role, 'anonymous'>;
  memberId?: string;
  /** The token's subject; a different one is a different client to the gateway's rate limiter. */
  subject?: string;
}

export const ADMIN: Caller = { role: 'admin' };
export const ANALYST: Caller = { role: 'analyst' };
export const memberUser = (memberId: string): Caller => ({ role: 'member', memberId });

export interface RequestOptions {
  url?: string;
  as?: Caller;
  headers?: Record<string, string>;
}

export interface Hub {
  gateway: RunningGateway;
  subgraphs: Record<string, RunningSubgraph>;
  databaseUrl: string;
  /** The supergraph composed from the running subgraphs, for further gateways. */
  supergraphPath: string;
  /** Another gateway on the same supergraph, e.g. with a subgraph behind a proxy or other settings; stopped with the hub. */
  startGateway(options?: Partial<Omit<GatewayOptions, 'supergraphPath'>>): Promise<RunningGateway>;
  /** Sends an operation over HTTP to the gateway (or to `url`, e.g. a subgraph). */
  request<T, V>(document: TypedDocumentNode<T, V>, variables?: V, options?: RequestOptions): Promise<GraphQLResponse<T>>;
  /** SQL statements each subgraph ran for requests while `work` was running, and for what `work` itself asked of a subgraph's ORM. */
  countStatements(work: () => Promise<unknown>): Promise<Record<string, number>>;
  stop(): Promise<void>;
}

/**
 * Test gateways compute every answer unless a test turns the response cache on: many tests change
 * data past the gateway (seeding, a subgraph's own URL) and read the same operation again.
 */
const UNCACHED: GatewayOptions['settings'] = { RESPONSE_CACHE: 'off' };

export interface HubOptions {
  /** GraphQL URLs the subgraphs use for peers that are not started here (e.g. one that is down). */
  peers?: Record<string, string>;
  /** Settings of the hub's gateway that replace the environment's (see GatewayOptions.settings). */
  gatewaySettings?: GatewayOptions['settings'];
  /** The day the subgraphs take as today (YYYY-MM-DD); the date in Sweden when left out. */
  today?: string;
  /** The subgraphs' LOG_LEVEL (the environment's when left out). */
  subgraphLogLevel?: LogLevel;
  /** The subgraphs' message channel of live changes (the environment's when left out). */
  changes?: SubgraphOptions['changes'];
}

/**
 * Boots real parts for a test file: its own database on the test server, the named subgraphs
 * (migrated and seeded) on free ports, a supergraph composed from them, and the gateway.
 */
export async function startHub(names: string[], options: HubOptions = {}): Promise<Hub> {
  const serverUrl = process.env.TEST_DATABASE_SERVER_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_SERVER_URL is not set: run the tests through jest (see test/global-setup.ts)');
  const url = databaseUrl(serverUrl, `sambruk_test_${randomBytes(6).toString('hex')}`);
  const running: RunningSubgraph[] = [];
  const peers: Record<string, string> = { ...options.peers };
  const { today } = options;
  const clock = today ? () => today : undefined;
  let gateway: RunningGateway;
  const folder = mkdtempSync(join(tmpdir(), 'sambruk-supergraph-'));
  const supergraphPath = join(folder, 'supergraph.graphql');
  /** Stops what runs, drops the test database and removes the supergraph's folder. */
  const cleanUp = async (gateways: RunningGateway[]) => {
    for (const started of gateways) await started.stop();
    for (const subgraph of running) await subgraph.stop();
    await dropDatabase(url);
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    for (const name of names) {
      const subgraph = await startSubgraph(subgraphNamed(name), {
        databaseUrl: url,
        port: 0,
        host: '127.0.0.1',
        seed: true,
        progress: silentProgress,
        peers,
        clock,
        logLevel: options.subgraphLogLevel,
        changes: options.changes,
      });
      peers[name] = subgraph.url;
      running.push(subgraph);
    }
    const sdls = await Promise.all(
      running.map(async (subgraph) => ({ name: subgraph.name, url: subgraph.url, sdl: await subgraphSdl(subgraphNamed(subgraph.name)) })),
    );
    writeFileSync(supergraphPath, composeSupergraph(sdls).supergraph);
    gateway = await startGateway({ supergraphPath, subgraphUrls: {}, settings: { ...UNCACHED, ...options.gatewaySettings } }, 0, '127.0.0.1');
  } catch (error) {
    await cleanUp([]);
    throw error;
  }
  const subgraphs = Object.fromEntries(running.map((subgraph) => [subgraph.name, subgraph]));
  const gateways = [gateway];

  return {
    gateway,
    subgraphs,
    databaseUrl: url,
    supergraphPath,
    async startGateway(options = {}) {
      const another = await startGateway({ supergraphPath, subgraphUrls: {}, ...options, settings: { ...UNCACHED, ...options.settings } }, 0, '127.0.0.1');
      gateways.push(another);
      return another;
    },
    async request(document, variables, options = {}) {
      const authorization: Record<string, string> = options.as ? { authorization: `Bearer ${await signDevelopmentToken(options.as)}` } : {};
      const response = await fetch(options.url ?? gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...authorization, ...options.headers },
        body: JSON.stringify({ query: print(document), variables }),
      });
      return response.json();
    },
    async countStatements(work) {
      const before = running.map((subgraph) => subgraph.statements.total);
      await countingStatements(work);
      return Object.fromEntries(running.map((subgraph, index) => [subgraph.name, subgraph.statements.total - before[index]]));
    },
    stop: () => cleanUp(gateways),
  };
}

/** The data of a response that must have succeeded. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(response.errors)}`);
  return response.data as T;
}

/** The single error of a response that must have failed, with its code. */
export function errorOf(response: GraphQLResponse<unknown>): { message: string; code: string | undefined } {
  if (!response.errors?.length) throw new Error(`expected an error, got data: ${JSON.stringify(response.data)}`);
  const [error] = response.errors;
  return { message: error.message, code: error.extensions?.code as string | undefined };
}
