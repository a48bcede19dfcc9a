import type { RequestContext } from './context';
import { NotFoundError } from './errors';

export type EntityFields = Record<string, unknown> & { id: string };

/**
 * Asks the subgraph that owns a type for some of its entities through its federation entity
 * lookup (`_entities`), forwarding the caller's authorization. Missing ids are absent from the map.
 */
export async function fetchEntities(ctx: RequestContext, owner: string, typename: string, ids: readonly string[], selection: string): Promise<Map<string, EntityFields>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const url = ctx.peers[owner];
  if (!url) throw new Error(`no URL known for subgraph "${owner}"`);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(ctx.headers.authorization ? { authorization: ctx.headers.authorization } : {}) },
    body: JSON.stringify({
      query: `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} { id ${selection} } } }`,
      variables: { representations: unique.map((id) => ({ __typename: typename, id })) },
    }),
  });
  const body = (await response.json()) as { data?: { _entities: Array<EntityFields | null> }; errors?: Array<{ message: string }> };
  if (body.errors?.length || !body.data) throw new Error(`${owner} could not look up ${typename}: ${body.errors?.map((e) => e.message).join('; ') ?? response.status}`);
  return new Map(body.data._entities.filter((entity): entity is EntityFields => entity !== null).map((entity) => [entity.id, entity]));
}

/** Fails with NOT_FOUND, naming the argument, unless the membership subgraph knows the member; answers the selected fields. */
export async function requireMember(ctx: RequestContext, memberId: string, field: string, selection = 'name'): Promise<EntityFields> {
  const found = (await fetchEntities(ctx, 'membership', 'Member', [memberId], selection)).get(memberId);
  if (!found) throw new NotFoundError('member', memberId, field);
  return found;
}
