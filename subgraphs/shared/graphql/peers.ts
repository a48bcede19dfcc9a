import { config } from '../platform/config';
import { REQUEST_ID_HEADER } from '../platform/http';
import type { RequestContext } from './context';
import { NotFoundError, SubgraphUnavailableError } from './errors';
import { isUuid } from './lookup';
import { MAX_PAGE_SIZE } from './pagination';

export type EntityFields = Record<string, unknown> & { id: string };

interface GraphQLBody {
  data?: { _entities: Array<EntityFields | null> };
  errors?: Array<{ message: string }>;
}

/** Why a call to a peer failed, for a person: it timed out, or what the connection said. */
function failureOf(error: unknown, timeoutMs: number): string {
  if ((error as Error).name === 'TimeoutError') return `it did not answer within ${timeoutMs} ms (PEER_TIMEOUT_MS)`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return `it cannot be reached (${cause?.code ?? cause?.message ?? (error as Error).message})`;
}

async function readGraphQL(owner: string, response: Response): Promise<GraphQLBody> {
  const text = await response.text();
  try {
    return JSON.parse(text) as GraphQLBody;
  } catch {
    throw new SubgraphUnavailableError(owner, `it answered HTTP ${response.status} without a GraphQL response`);
  }
}

/**
 * Posts an operation to a peer subgraph, forwarding the caller's authorization and the request id, within
 * PEER_TIMEOUT_MS. A peer that is not configured, down, too slow or not answering GraphQL is
 * SUBGRAPH_UNAVAILABLE naming it.
 */
async function askPeer(ctx: RequestContext, owner: string, body: object): Promise<GraphQLBody> {
  const url = ctx.peers[owner];
  if (!url) throw new SubgraphUnavailableError(owner, `no URL is known for it (set ${owner.toUpperCase()}_URL)`);
  const timeoutMs = config().PEER_TIMEOUT_MS;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [REQUEST_ID_HEADER]: ctx.requestId,
        ...(ctx.headers.authorization ? { authorization: ctx.headers.authorization } : {}),
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    return await readGraphQL(owner, response);
  } catch (error) {
    throw error instanceof SubgraphUnavailableError ? error : new SubgraphUnavailableError(owner, failureOf(error, timeoutMs));
  }
}

/**
 * Asks the subgraph that owns a type for some of its entities through its federation entity
 * lookup (`_entities`). Missing ids (and text that is no id, which no entity has) are absent from the map.
 */
export async function fetchEntities(
  ctx: RequestContext,
  owner: string,
  typename: string,
  ids: readonly string[],
  selection: string,
): Promise<Map<string, EntityFields>> {
  const unique = [...new Set(ids)].filter(isUuid);
  if (!unique.length) return new Map();
  const body = await askPeer(ctx, owner, {
    query: `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} { id ${selection} } } }`,
    variables: { representations: unique.map((id) => ({ __typename: typename, id })) },
  });
  if (body.errors?.length || !body.data)
    throw new Error(`${owner} could not look up ${typename}: ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
  return new Map(body.data._entities.filter((entity): entity is EntityFields => entity !== null).map((entity) => [entity.id, entity]));
}

/** Fails with NOT_FOUND, naming the argument, unless the membership subgraph knows the member; answers the selected fields. */
export async function requireMember(ctx: RequestContext, memberId: string, field: string, selection = 'name'): Promise<EntityFields> {
  const found = (await fetchEntities(ctx, 'membership', 'Member', [memberId], selection)).get(memberId);
  if (!found) throw new NotFoundError('member', memberId, field);
  return found;
}

/** What other subgraphs need to know about a member to check a write: its name and membership days. */
export interface MemberFacts {
  id: string;
  name: string;
  joinedOn: string;
  leftOn: string | null;
}

/** The member's name and membership days, asked of the membership subgraph; NOT_FOUND naming `field` when it has no such member. */
export async function requireMemberFacts(ctx: RequestContext, memberId: string, field: string): Promise<MemberFacts> {
  const { id, name, joinedOn, leftOn } = await requireMember(ctx, memberId, field, 'name joinedOn leftOn');
  return { id, name: String(name), joinedOn: String(joinedOn), leftOn: (leftOn as string | null) ?? null };
}

interface Page {
  nodes: EntityFields[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

/** Every node of a peer's paged root list (`field(…, first: 1000, after:)`), page by page, with the selected fields. */
export async function fetchAllNodes(ctx: RequestContext, owner: string, field: string, selection: string, filter = ''): Promise<EntityFields[]> {
  const nodes: EntityFields[] = [];
  let after: string | null = null;
  do {
    const body = (await askPeer(ctx, owner, {
      query: `query ($after: String) { list: ${field}(${filter ? `${filter}, ` : ''}first: ${MAX_PAGE_SIZE}, after: $after) { nodes { id ${selection} } pageInfo { endCursor hasNextPage } } }`,
      variables: { after },
    })) as { data?: { list: Page }; errors?: unknown[] };
    if (body.errors?.length || !body.data) throw new SubgraphUnavailableError(owner, `it could not list its ${field}`);
    nodes.push(...body.data.list.nodes);
    after = body.data.list.pageInfo.hasNextPage ? body.data.list.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

/** The ids a peer's root field lists (`field(args) { id }`), e.g. the partners holding a role on some service; `args` is GraphQL argument text. */
export async function fetchIdList(ctx: RequestContext, owner: string, field: string, args: string): Promise<string[]> {
  const body = (await askPeer(ctx, owner, { query: `{ list: ${field}(${args}) { id } }` })) as { data?: { list: Array<{ id: string }> }; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new SubgraphUnavailableError(owner, `it could not list its ${field}`);
  return body.data.list.map((node) => node.id);
}

/** Ids of the members that are members on `day`, asked of the membership subgraph. */
export async function fetchMemberIdsOn(ctx: RequestContext, day: string): Promise<string[]> {
  return (await fetchAllNodes(ctx, 'membership', 'members', '', `activeOn: "${day}"`)).map((node) => node.id);
}
