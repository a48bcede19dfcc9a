/**
 * Resolves a representation of a type another subgraph owns (Member, Service, Project): finance
 * needs only its key, and its own fields load through request-scoped loaders.
 */
export function resolveStubReference(reference: { id: string }): { id: string } {
  return { id: reference.id };
}
