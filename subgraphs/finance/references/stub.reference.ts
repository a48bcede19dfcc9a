import type { Representation } from '../../shared/representations';
import { memberRef, type Member } from '../entities/member.stub';
import { subscriptionRef, type Subscription } from '../entities/subscription.stub';

/**
 * Finance resolves the types other subgraphs own from their validated representations alone: it
 * needs only the key (and a ServiceSubscription's required member and service); its own fields
 * load through request-scoped loaders.
 */
export function resolveMemberReference(reference: Representation): Member {
  return memberRef(reference.id);
}

export function resolveSubscriptionReference(reference: Representation): Subscription {
  const { member, service } = reference as Representation & { member: { id: string }; service: { id: string } };
  return subscriptionRef(reference.id, member.id, service.id);
}

/** A Service or Project: the validated representation holds just its id. */
export function resolveKeyReference(reference: Representation): { id: string } {
  return { id: reference.id };
}
