import { AsyncLocalStorage } from 'node:async_hooks';
import { type EntityClass, type EventSubscriber, type MigrationObject, ReflectMetadataProvider } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { createLogger } from './logger';

export interface OrmOptions {
  url: string;
  /** The PostgreSQL schema this subgraph owns; its tables and its migration log live there. */
  schema: string;
  entities: EntityClass<unknown>[];
  migrations: MigrationObject[];
  subscribers?: EventSubscriber[];
  /** Connections this process keeps at most (DATABASE_POOL_MAX). */
  poolMax: number;
  /** Folder new migrations are written to (only for `npm run migration:create`). */
  migrationsFolder?: string;
}

/**
 * Counts the SQL statements an ORM sends while answering requests (not its background work, such as
 * delivering webhooks), so tests and benchmarks can prove there is no N+1.
 */
export interface StatementCounter {
  readonly total: number;
}

const requestStatements = new AsyncLocalStorage<{ count: number }>();

/** Runs `work` (one request) so that `statementsSoFar` counts the SQL statements it sends. */
export function countingStatements<T>(work: () => Promise<T>): Promise<T> {
  return requestStatements.run({ count: 0 }, work);
}

/** The SQL statements the request running now has sent so far (0 outside `countingStatements`). */
export const statementsSoFar = (): number => requestStatements.getStore()?.count ?? 0;

/** The connection pool's use now: connections lent out, idle, and requests waiting for one. */
export function poolUse(orm: MikroORM): { used: number; free: number; waiting: number } {
  const pool = orm.em.getConnection().getKnex().client.pool;
  return pool ? { used: pool.numUsed(), free: pool.numFree(), waiting: pool.numPendingAcquires() } : { used: 0, free: 0, waiting: 0 };
}

export async function openOrm(options: OrmOptions): Promise<{ orm: MikroORM; statements: StatementCounter }> {
  const orm = await MikroORM.init({
    driver: PostgreSqlDriver,
    clientUrl: options.url,
    schema: options.schema,
    entities: options.entities,
    subscribers: options.subscribers ?? [],
    metadataProvider: ReflectMetadataProvider,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    extensions: [Migrator],
    migrations: {
      migrationsList: options.migrations,
      path: options.migrationsFolder,
      emit: 'ts',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    allowGlobalContext: false,
    pool: { min: 0, max: options.poolMax },
    forceUtcTimezone: true,
    colors: false,
    logger: (message) => createLogger(options.schema).info(message),
  });
  const counter = { total: 0 };
  orm.em
    .getConnection()
    .getKnex()
    .on('query', () => {
      const request = requestStatements.getStore();
      if (!request) return;
      request.count++;
      counter.total++;
    });
  return { orm, statements: counter };
}

export async function migrate(orm: MikroORM): Promise<void> {
  await orm.getMigrator().up();
}

/**
 * SQL that installs btree_gist (plain equality in a GiST index, which exclusion constraints over
 * periods need) once per database. The subgraphs migrate one database, possibly at the same moment,
 * and two concurrent `create extension if not exists` both try to create it, so the first statement
 * makes them take turns: the lock is held until the migration's transaction ends.
 */
export const CREATE_BTREE_GIST = [
  `select pg_advisory_xact_lock(hashtext('sambruk: create extension btree_gist'))`,
  'create extension if not exists btree_gist',
];
