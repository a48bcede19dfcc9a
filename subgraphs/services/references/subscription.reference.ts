import type { RequestContext } from '../../shared/graphql/context';
import type { Subscription } from '../entities/subscription.entity';
import { subscriptionsById } from '../loaders';

/** Resolves `Subscription` representations from other subgraphs, batched into one query per request. */
export function resolveSubscriptionReference(reference: { id: string }, ctx: RequestContext): Promise<Subscription | null> {
  return subscriptionsById(ctx).load(reference.id);
}
