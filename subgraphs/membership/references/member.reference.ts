import type { RequestContext } from '../../shared/graphql/context';
import type { Member } from '../entities/member.entity';
import { membersById } from '../loaders';

/** Resolves `Member` representations from other subgraphs, batched into one query per request. */
export function resolveMemberReference(reference: { id: string }, ctx: RequestContext): Promise<Member | null> {
  return membersById(ctx).load(reference.id);
}
