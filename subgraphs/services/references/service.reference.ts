import type { RequestContext } from '../../shared/graphql/context';
import type { Service } from '../entities/service.entity';
import { servicesById } from '../loaders';

/** Resolves `Service` representations from other subgraphs, batched into one query per request. */
export function resolveServiceReference(reference: { id: string }, ctx: RequestContext): Promise<Service | null> {
  return servicesById(ctx).load(reference.id);
}
