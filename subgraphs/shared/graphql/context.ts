import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from './auth';
import { LoaderCache } from './loaders';

/** What every resolver gets for one request: its own unit of work and its own loaders. */
export interface RequestContext {
  em: EntityManager;
  loaders: LoaderCache;
  headers: Record<string, string | undefined>;
  /** GraphQL URLs of the other subgraphs, by name, for asking an owner about its entities. */
  peers: Record<string, string>;
  /** Who is asking, from the verified token (anonymous without one). */
  viewer: Viewer;
}

export function createRequestContext(em: EntityManager, headers: RequestContext['headers'], peers: RequestContext['peers'], viewer: Viewer): RequestContext {
  return { em: em.fork(), loaders: new LoaderCache(), headers, peers, viewer };
}
