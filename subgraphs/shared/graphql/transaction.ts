import { DeadlockException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLFieldResolver } from 'graphql';
import type { RequestContext } from './context';

type FieldResolvers = Record<string, GraphQLFieldResolver<unknown, RequestContext>>;

/** How often a mutation runs when PostgreSQL keeps choosing it to break a deadlock. */
const ATTEMPTS = 6;

/** A short random pause before running again, longer each time, so that writes that deadlocked once do not meet again in step. */
const backOff = (attempt: number) => new Promise((resume) => setTimeout(resume, Math.random() * 20 * attempt));

/**
 * Runs `work` in one transaction on the request's EntityManager: its checks, the row locks they take
 * and its writes commit together or not at all. When PostgreSQL aborts it to break a deadlock with
 * a concurrent write (two inserts into one exclusion constraint can wait for each other), it runs
 * again: the other write has committed by then, so the checks see it and answer as usual.
 */
export async function inTransaction<T>(ctx: RequestContext, work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    await ctx.em.begin();
    try {
      const result = await work();
      await ctx.em.commit();
      return result;
    } catch (error) {
      // A broken connection fails the rollback too; the first error says more.
      await ctx.em.rollback().catch(() => undefined);
      ctx.em.clear();
      ctx.loaders.clear();
      if (!(error instanceof DeadlockException) || attempt === ATTEMPTS) throw error;
      await backOff(attempt);
    }
  }
}

/** The mutations' resolvers, each run in its own transaction (see `inTransaction`). */
export function transactionalMutations(mutations: FieldResolvers): FieldResolvers {
  return Object.fromEntries(
    Object.entries(mutations).map(([name, resolve]) => [
      name,
      (root, args, context, info) => inTransaction(context, async () => resolve(root, args, context, info)),
    ]),
  );
}

/**
 * Makes concurrent writes to one key (e.g. a member's participation in one project) take turns until
 * the transaction ends, so each one's checks see the others' committed rows. The database constraints
 * still hold the rule; this spares inserts into an exclusion constraint from deadlocking each other.
 */
export async function takeTurns(em: EntityManager, ...key: string[]): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [key.join(' ')]);
}
