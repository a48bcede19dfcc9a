import type { Representation } from '../../shared/graphql/representations';
import { type Member, memberRef } from '../entities/member.stub';

/**
 * Finance resolves the types other subgraphs own from their validated representations alone: it
 * needs only the key; its own fields load through request-scoped loaders.
 */
export function resolveMemberReference(reference: Representation): Member {
  return memberRef(reference.id);
}

/** A Service, ServiceSubscription or Project: the validated representation holds just its id. */
export function resolveKeyReference(reference: Representation): { id: string } {
  return { id: reference.id };
}
