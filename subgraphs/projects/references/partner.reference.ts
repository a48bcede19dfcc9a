import type { RequestContext } from '../../shared/graphql/context';
import type { Partner } from '../entities/partner.entity';
import { partnersById } from '../loaders';

/** Resolves `Partner` representations from other subgraphs, batched into one query per request. */
export function resolvePartnerReference(reference: { id: string }, ctx: RequestContext): Promise<Partner | null> {
  return partnersById(ctx).load(reference.id);
}
