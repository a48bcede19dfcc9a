import type { RequestContext } from '../../shared/graphql/context';
import type { ServiceSubscription } from '../entities/service-subscription.entity';
import { subscriptionsById } from '../loaders';

/** Resolves `ServiceSubscription` representations from other subgraphs, batched into one query per request. */
export function resolveServiceSubscriptionReference(reference: { id: string }, ctx: RequestContext): Promise<ServiceSubscription | null> {
  return subscriptionsById(ctx).load(reference.id);
}
