import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from './auth';
import { LoaderCache } from './loaders';

/** What every resolver gets for one request: its own unit of work and its own loaders. */
export interface RequestContext {
  em: EntityManager;
  loaders: LoaderCache;
  headers: Record<string, string | undefined>;
  /** The request's id, from the gateway's `x-request-id` (made here when a caller sends none): on every log line and every call to a peer. */
  requestId: string;
  /** GraphQL URLs of the other subgraphs, by name, for asking an owner about its entities. */
  peers: Record<string, string>;
  /** Who is asking, from the verified token (anonymous without one). */
  viewer: Viewer;
  /** The day the request takes as today (YYYY-MM-DD), one for the whole request. */
  today: string;
}

export function createRequestContext(em: EntityManager, request: Omit<RequestContext, 'em' | 'loaders'>): RequestContext {
  return { em: em.fork(), loaders: new LoaderCache(), ...request };
}
