import { registerEnumType } from 'type-graphql';

/** What a partner (an organisation that is not a member) does on a service, project or network; the same in every subgraph. */
export enum PartnerRoleKind {
  MANAGEMENT = 'MANAGEMENT',
  SUPPLIER = 'SUPPLIER',
  DEVELOPER = 'DEVELOPER',
  FUNDER = 'FUNDER',
  COLLABORATOR = 'COLLABORATOR',
  PARTICIPANT = 'PARTICIPANT',
}

registerEnumType(PartnerRoleKind, {
  name: 'PartnerRoleKind',
  description: 'What a partner does on a service, project or network.',
  valuesConfig: {
    MANAGEMENT: { description: 'Contracted to run and develop it (förvaltningspartner).' },
    SUPPLIER: { description: 'Supplies software or services to it (leverantör).' },
    DEVELOPER: { description: 'Built the solution it is about, e.g. OS2 for Kravmotor.' },
    FUNDER: { description: 'Funds it, e.g. a grant.' },
    COLLABORATOR: { description: 'Works on it together with Sambruk (samverkanspart).' },
    PARTICIPANT: { description: 'Takes part in it.' },
  },
});

/** A role whose first day is not known counts as held since ever. */
const SINCE_EVER = '0001-01-01';

/** A role's days as a period, an unknown first day counting as since ever. */
export const heldPeriod = (role: { from: string | null; to: string | null }) => ({ from: role.from ?? SINCE_EVER, to: role.to });
