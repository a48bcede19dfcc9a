import { config } from '../subgraphs/shared/platform/config';
import { type DatabaseHandle, ensureDatabase, provideDatabase } from '../subgraphs/shared/platform/postgres';
import { runAsProcess } from '../subgraphs/shared/platform/process';

/** The URL of `npm start`'s database and where its data is, as this process sends them to `npm start`. */
export type DatabaseFound = Pick<DatabaseHandle, 'url' | 'location'>;

/** The database, or an error whose message says in one line why there is none and what to set. */
async function openDatabase(): Promise<DatabaseHandle> {
  try {
    const database = await provideDatabase();
    await ensureDatabase(database.url);
    return database;
  } catch (error) {
    const message = (error as Error).message || String(error);
    throw new Error(
      config().DATABASE_URL
        ? `the database at DATABASE_URL cannot be used: ${message}. Set DATABASE_URL to a PostgreSQL server this machine reaches, or leave it unset ` +
            `for the embedded one.`
        : message,
    );
  }
}

/**
 * `npm start`'s database as a process of its own, so that the embedded server starts while `npm start`
 * loads the subgraphs' code: it sends its URL to its parent once the database answers, and stops the
 * embedded server on SIGTERM, or when its parent is gone.
 */
void runAsProcess('database', 'DATABASE_URL', async () => {
  const database = await openDatabase();
  process.send?.({ url: database.url, location: database.location } satisfies DatabaseFound);
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
  return database;
});
