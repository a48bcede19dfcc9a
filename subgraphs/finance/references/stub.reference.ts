/**
 * Resolves a representation of a type another subgraph owns (Member, Service, ServiceSubscription,
 * Project) as it comes: finance needs only its key; its own fields load through request-scoped
 * loaders.
 */
export function resolveStubReference<T extends { id: string }>(reference: T): T {
  return reference;
}
