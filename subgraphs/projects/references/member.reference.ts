import { type Member, memberRef } from '../entities/member.stub';

/** A Member representation needs no lookup here: the fields this subgraph adds load by its id. */
export function resolveMemberReference(reference: { id: string }): Member {
  return memberRef(reference.id);
}
