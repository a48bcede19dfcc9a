import type { Knex } from '@mikro-orm/postgresql';

/** True while a session of `db`'s database waits for a lock that another session holds. */
async function someoneWaits(db: Knex): Promise<boolean> {
  const { rows } = await db.raw(
    `select count(*)::int as waiting from pg_locks l join pg_stat_activity a on a.pid = l.pid where not l.granted and a.datname = current_database()`,
  );
  return rows[0].waiting > 0;
}

/**
 * Resolves once `work` is held up by a lock in `db`'s database, or has finished either way: a way to
 * let a test commit a transaction exactly while another one waits for it, without timing anything.
 */
export async function blockedOrDone(db: Knex, work: Promise<unknown>): Promise<void> {
  let done = false;
  work.then(
    () => (done = true),
    () => (done = true),
  );
  while (!done && !(await someoneWaits(db))) await new Promise((resume) => setTimeout(resume, 20));
}
