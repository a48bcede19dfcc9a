import type { RequestContext } from '../../shared/graphql/context';
import type { Network } from '../entities/network.entity';
import { networksById } from '../loaders';

/** Resolves `Network` representations from other subgraphs, batched into one query per request. */
export function resolveNetworkReference(reference: { id: string }, ctx: RequestContext): Promise<Network | null> {
  return networksById(ctx).load(reference.id);
}
