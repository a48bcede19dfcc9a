import type { Knex } from '@mikro-orm/postgresql';

/** True while a session waits for a lock that the session `blocker` holds. */
async function blocks(db: Knex, blocker: number): Promise<boolean> {
  const { rows } = await db.raw(`select count(*)::int as waiting from pg_stat_activity where ? = any(pg_blocking_pids(pid))`, [blocker]);
  return rows[0].waiting > 0;
}

/** The server process id of an open transaction, to wait for what it blocks (see `blockedOrDone`). */
export async function backendOf(transaction: Knex.Transaction): Promise<number> {
  const { rows } = await transaction.raw('select pg_backend_pid() as pid');
  return rows[0].pid;
}

/**
 * Resolves once `work` is held up by a lock that the session `blocker` holds, or has finished either
 * way: a way to let a test commit a transaction exactly while another one waits for it, without timing anything.
 */
export async function blockedOrDone(db: Knex, blocker: number, work: Promise<unknown>): Promise<void> {
  let done = false;
  work.then(
    () => (done = true),
    () => (done = true),
  );
  while (!done && !(await blocks(db, blocker))) await new Promise((resume) => setTimeout(resume, 20));
}
