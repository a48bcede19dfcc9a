import { type Partner, partnerRef } from '../entities/partner.stub';

/** A Partner representation needs no lookup here: the roles this subgraph adds load by its id. */
export function resolvePartnerReference(reference: { id: string }): Partner {
  return partnerRef(reference.id);
}
