import { DOCUMENTS } from './association';
import { worldMembers } from './members';
import { estimated, invented, stated, type WorldFieldSource } from './provenance';
import { stableId } from './random';

export type PartnerKind = 'AUTHORITY' | 'ASSOCIATION' | 'COMPANY' | 'FOUNDATION' | 'UNIVERSITY' | 'NETWORK' | 'OTHER';
export type PartnerRoleKind = 'MANAGEMENT' | 'SUPPLIER' | 'DEVELOPER' | 'FUNDER' | 'COLLABORATOR' | 'PARTICIPANT';

/** An organisation the documents name that works with Sambruk without being one of its members (or, for SKR, besides being one). */
export interface WorldPartner {
  id: string;
  key: string;
  name: string;
  kind: PartnerKind;
  description: string;
  /** The member this organisation also is, by member id (SKR); null for organisations that are not members. */
  memberId: string | null;
  source: 'SEED';
  /** Where the name and the kind come from: the name always from the documents' words. */
  provenance: WorldFieldSource[];
}

/** A partner's role on a project or a network, as the documents state it. */
export interface WorldPartnerRole {
  id: string;
  partnerKey: string;
  partnerId: string;
  target: 'project' | 'network';
  /** The project's or network's key. */
  targetKey: string;
  targetId: string;
  role: PartnerRoleKind;
  from: string | null;
  to: string | null;
  source: 'SEED';
  provenance: WorldFieldSource[];
}

const AR = DOCUMENTS.ANNUAL_REPORT_2017;
const VP = DOCUMENTS.BUSINESS_PLAN_2023;

const DIALOGUE = 'Bland dessa kan nämnas SKR, Inera, OS2 (motsv. Sambruk i Danmark) med flera.';
const kindNotStated = (name: string) => invented('kind', `The documents do not say what kind of organisation ${name} is; the kind is a demonstration value.`);

type PartnerDraft = Omit<WorldPartner, 'id' | 'memberId' | 'source'> & { memberKey?: string };

const PARTNERS: PartnerDraft[] = [
  {
    key: 'os2',
    name: 'OS2',
    kind: 'ASSOCIATION',
    description: "Sambruk's Danish counterpart: Danish municipalities' open-source community, which built OS2kravmotor, KITOS and Valghalla 2.0.",
    provenance: [stated('name', VP, DIALOGUE), stated('kind', VP, DIALOGUE)],
  },
  {
    key: 'skr',
    name: 'SKR',
    kind: 'ASSOCIATION',
    memberKey: 'skr',
    description: 'Sveriges Kommuner och Regioner (SKL in the 2017 report), itself a member of Sambruk; cooperates on projects and on open data.',
    provenance: [stated('name', VP, DIALOGUE), stated('kind', AR, 'omfattande 94 kommuner, samt SKL, Jönköpings läns landsting')],
  },
  {
    key: 'inera',
    name: 'Inera',
    kind: 'COMPANY',
    description: 'Named in the business plan 2023 among the organisations Sambruk is in dialogue with.',
    provenance: [stated('name', VP, DIALOGUE), kindNotStated('Inera')],
  },
  {
    key: 'skolfederation',
    name: 'Internetstiftelsen – Skolfederation',
    kind: 'FOUNDATION',
    description: "Internetstiftelsen's Skolfederation runs a series of seminars on the digitalisation of schools, with Sambruk as an active partner.",
    provenance: [
      stated('name', VP, 'Sambruk är en aktiv samarbetspartner till Skolfederation för dessa seminarier.'),
      stated('kind', VP, 'Internetstiftelsen - Skolfederation'),
    ],
  },
  {
    key: 'skolverket',
    name: 'Skolverket',
    kind: 'AUTHORITY',
    description:
      'The Swedish National Agency for Education, responsible for the digitalisation of schools; works with Sambruk on Egil and Digitala Nationella Prov.',
    provenance: [
      stated('name', VP, 'Skolverket har det övergripande sektorsansvaret för skolans digitalisering.'),
      stated('kind', VP, 'Skolverket har det övergripande sektorsansvaret för skolans digitalisering.'),
    ],
  },
  {
    key: 'sis',
    name: 'SIS',
    kind: 'OTHER',
    description: 'The Swedish standards body that, with municipalities, suppliers and agencies, turned the open school systems work into SS 12000:2018.',
    provenance: [stated('name', AR, 'mellan kommuner, systemleverantörer, statliga myndigheter och SIS'), kindNotStated('SIS')],
  },
  {
    key: 'esam',
    name: 'eSam',
    kind: 'ASSOCIATION',
    description:
      "Member organisation of state agencies (esamverkansprogrammet), formed in 2015; its project dSam led to Sambruk's network on digital collaboration platforms.",
    provenance: [
      stated('name', VP, 'som arbetar vidare med de resultat som tagits fram av eSams projekt dSam'),
      stated('kind', AR, 'Medlemsorganisationen esam (esamverkansprogrammet) bildades 2015'),
    ],
  },
  {
    key: 'kivos',
    name: 'Kivos',
    kind: 'NETWORK',
    description: 'Network with which Sambruk runs the competence network on digital signing.',
    provenance: [
      stated('name', VP, 'drivs tillsammans med nätverket Kivos för att bidra till förbättringar för kommuner'),
      stated('kind', VP, 'drivs tillsammans med nätverket Kivos för att bidra till förbättringar för kommuner'),
    ],
  },
  {
    key: 'hogskolan-skovde',
    name: 'Högskolan i Skövde',
    kind: 'UNIVERSITY',
    description: 'University of Skövde; takes part in the competence network on digital signing.',
    provenance: [stated('name', VP, 'även Högskolan i Skövde deltar'), stated('kind', VP, 'även Högskolan i Skövde deltar')],
  },
  {
    key: 'kungliga-biblioteket',
    name: 'Kungliga biblioteket',
    kind: 'AUTHORITY',
    description: 'The National Library of Sweden; contributed funds to the work of Digidelnätverket in 2017.',
    provenance: [
      stated('name', AR, 'Under 2017 har Kungliga biblioteket bidragit med ekonomiska medel som stöd till arbetet.'),
      kindNotStated('Kungliga biblioteket'),
    ],
  },
  {
    key: 'vlm-institutet',
    name: 'VLM-institutet',
    kind: 'ASSOCIATION',
    description: 'Municipal association working on technology, users and research in schools; Sambruk sits on its research council.',
    provenance: [stated('name', VP, 'VLM-institutet (kommunal förening)'), stated('kind', VP, 'VLM-institutet (kommunal förening)')],
  },
  {
    key: 'vinnova',
    name: 'VINNOVA',
    kind: 'AUTHORITY',
    description: "Sweden's innovation agency; funded ivis in its programme Digitalisering för framtidens skola.",
    provenance: [stated('name', AR, 'inom ramen för VINNOVAs utvecklingsprogram Digitalisering för framtidens skola'), kindNotStated('VINNOVA')],
  },
  {
    key: 'imcode',
    name: 'imcode',
    kind: 'COMPANY',
    description: 'Project partner of ivis; marketed the platform and its e-services after the VINNOVA project.',
    provenance: [stated('name', AR, 'Sedan projektavslut har projektsamverkanspart, imcode arbetat med att marknadsföra plattformen'), kindNotStated('imcode')],
  },
  {
    key: 'resursen',
    name: 'Resursen Sverige AB',
    kind: 'COMPANY',
    description: 'Contracted management partner of Provisum: installs, operates, manages and develops it.',
    provenance: [stated('name', AR, 'förvaltningspartnern, Resursen Sverige AB'), stated('kind', AR, 'förvaltningspartnern, Resursen Sverige AB')],
  },
  {
    key: 'flexite',
    name: 'FlexiteBPMS',
    kind: 'COMPANY',
    description: "Developed FixaMinGata's e-mail integration together with Sambruk.",
    provenance: [stated('name', AR, 'Integration, via e-post, har utvecklats i samverkan med FlexiteBPMS.'), kindNotStated('FlexiteBPMS')],
  },
  {
    key: 'mysociety',
    name: 'mySociety',
    kind: 'OTHER',
    description: 'The English organisation that made the original software FixaMinGata is built on, and the community that releases its new versions.',
    provenance: [
      stated('name', AR, 'mysociety den engelska organisation som tagit fram den ursprungliga versionen som FixaMinGata bygger på'),
      kindNotStated('mySociety'),
    ],
  },
];

/** The partners the documents name, each SEED for its name (and for its kind where the documents say it). */
export function worldPartners(): WorldPartner[] {
  const members = new Map(worldMembers(1).map((member) => [member.key, member.id]));
  return PARTNERS.map(({ memberKey, ...partner }) => ({
    ...partner,
    id: stableId(`partner:${partner.key}`),
    memberId: memberKey ? members.get(memberKey)! : null,
    source: 'SEED' as const,
  }));
}

type RoleDraft = Pick<WorldPartnerRole, 'partnerKey' | 'target' | 'targetKey' | 'role' | 'from' | 'to' | 'provenance'>;

const ROLES: RoleDraft[] = [
  {
    partnerKey: 'os2',
    target: 'project',
    targetKey: 'kravmotor',
    role: 'DEVELOPER',
    from: null,
    to: null,
    provenance: [stated('role', VP, 'Lösningen är framtagen av OS2 i Danmark, släppt som open source')],
  },
  {
    partnerKey: 'os2',
    target: 'project',
    targetKey: 'valghalla',
    role: 'DEVELOPER',
    from: null,
    to: null,
    provenance: [stated('role', VP, 'Föreningen Sambruk har etablerat kontakt med OS2 Danmark som under 2023 ska genomföra en utveckling')],
  },
  {
    partnerKey: 'os2',
    target: 'project',
    targetKey: 'kitos',
    role: 'DEVELOPER',
    from: null,
    to: null,
    provenance: [stated('role', VP, 'OS2 Danmark har tagit fram systemet KITOS.')],
  },
  {
    partnerKey: 'os2',
    target: 'project',
    targetKey: 'election-administration-2017',
    role: 'COLLABORATOR',
    from: null,
    to: null,
    provenance: [stated('role', AR, 'Genom dialog mellan Föreningen Sambruk och dess motsvarighet i Danmark, OS/2 inleddes diskussion')],
  },
  {
    partnerKey: 'skr',
    target: 'project',
    targetKey: 'gdpr-inventory-ai',
    role: 'COLLABORATOR',
    from: null,
    to: null,
    provenance: [stated('role', AR, 'Projektet drivs av extern projektledare, Peter Mankenskiöld, i nära samverkan med SKL.')],
  },
  {
    partnerKey: 'skr',
    target: 'project',
    targetKey: 'open-data-definitions',
    role: 'COLLABORATOR',
    from: null,
    to: null,
    provenance: [stated('role', AR, 'har SKL övertagit ansvaret för fortsatt samverkan under temat Forum Öppna Data')],
  },
  {
    partnerKey: 'sis',
    target: 'project',
    targetKey: 'ss12000',
    role: 'COLLABORATOR',
    from: null,
    to: null,
    provenance: [stated('role', AR, 'mellan kommuner, systemleverantörer, statliga myndigheter och SIS har nu resulterat i en nationell svensk standard')],
  },
  {
    partnerKey: 'vinnova',
    target: 'project',
    targetKey: 'ivis',
    role: 'FUNDER',
    from: '2015-01-01',
    to: '2017-01-01',
    provenance: [
      stated('role', AR, 'inom ramen för VINNOVAs utvecklingsprogram Digitalisering för framtidens skola, med ett ekonomiskt stöd om 1,8 Mkr'),
      estimated('from', AR, 'Projektet genomfördes 2015 2016', 'Run 2015–2016: the first day of 2015 and the day after the last of 2016.'),
    ],
  },
  {
    partnerKey: 'imcode',
    target: 'project',
    targetKey: 'ivis',
    role: 'COLLABORATOR',
    from: null,
    to: null,
    provenance: [stated('role', AR, 'Sedan projektavslut har projektsamverkanspart, imcode arbetat med att marknadsföra plattformen')],
  },
  {
    partnerKey: 'vlm-institutet',
    target: 'project',
    targetKey: 'digital-learning-resources',
    role: 'COLLABORATOR',
    from: null,
    to: null,
    provenance: [stated('role', VP, 'men har även dialog runt olika projekt framåt som tex förstudien')],
  },
  {
    partnerKey: 'kivos',
    target: 'network',
    targetKey: 'digital-signing',
    role: 'COLLABORATOR',
    from: null,
    to: null,
    provenance: [stated('role', VP, 'drivs tillsammans med nätverket Kivos för att bidra till förbättringar för kommuner')],
  },
  {
    partnerKey: 'hogskolan-skovde',
    target: 'network',
    targetKey: 'digital-signing',
    role: 'PARTICIPANT',
    from: null,
    to: null,
    provenance: [stated('role', VP, 'även Högskolan i Skövde deltar')],
  },
  {
    partnerKey: 'esam',
    target: 'network',
    targetKey: 'digital-collaboration-platform',
    role: 'COLLABORATOR',
    from: null,
    to: null,
    provenance: [stated('role', VP, 'som arbetar vidare med de resultat som tagits fram av eSams projekt dSam')],
  },
  {
    partnerKey: 'kungliga-biblioteket',
    target: 'network',
    targetKey: 'digidel',
    role: 'FUNDER',
    from: '2017-01-01',
    to: '2018-01-01',
    provenance: [
      stated('role', AR, 'Under 2017 har Kungliga biblioteket bidragit med ekonomiska medel som stöd till arbetet.'),
      estimated('from', AR, 'Under 2017 har Kungliga biblioteket bidragit med ekonomiska medel', 'During 2017: the whole year is taken.'),
    ],
  },
];

/** The roles the documents give partners on projects and networks (SEED), with their words. */
export function worldPartnerRoles(): WorldPartnerRole[] {
  return ROLES.map((role) => ({
    ...role,
    id: stableId(`partner-role:${role.partnerKey}:${role.target}:${role.targetKey}:${role.role}`),
    partnerId: stableId(`partner:${role.partnerKey}`),
    targetId: stableId(`${role.target}:${role.targetKey}`),
    source: 'SEED',
  }));
}

/** A partner's role on a collaboration service, as the documents state it. */
export interface WorldServicePartnerRole {
  id: string;
  partnerId: string;
  serviceKey: string;
  serviceId: string;
  role: PartnerRoleKind;
  from: string | null;
  to: string | null;
  source: 'SEED';
  provenance: WorldFieldSource[];
}

const SERVICE_ROLES: Array<[partnerKey: string, serviceKey: string, role: PartnerRoleKind, quote: WorldFieldSource]> = [
  ['resursen', 'provisum', 'MANAGEMENT', stated('role', AR, 'förvaltningspartnern, Resursen Sverige AB')],
  ['imcode', 'ivis', 'COLLABORATOR', stated('role', AR, 'Sedan projektavslut har projektsamverkanspart, imcode arbetat med att marknadsföra plattformen')],
  [
    'mysociety',
    'fixamingata',
    'DEVELOPER',
    stated('role', AR, 'MySociety, som är initiativtagare till ursprungstjänsten och det community som lanserar nya versioner'),
  ],
  ['flexite', 'fixamingata', 'COLLABORATOR', stated('role', AR, 'Integration, via e-post, har utvecklats i samverkan med FlexiteBPMS.')],
  ['skolverket', 'egil', 'COLLABORATOR', stated('role', VP, 'Vi fortsätter under 2023 att samarbeta med Skolverket inför Digitala Nationella Prov, DNP.')],
];

/** The roles the documents give partners on collaboration services (SEED), with their words; ids match the partners of the projects subgraph. */
export function worldServicePartnerRoles(): WorldServicePartnerRole[] {
  return SERVICE_ROLES.map(([partnerKey, serviceKey, role, quote]) => ({
    id: stableId(`partner-role:${partnerKey}:service:${serviceKey}:${role}`),
    partnerId: stableId(`partner:${partnerKey}`),
    serviceKey,
    serviceId: stableId(`service:${serviceKey}`),
    role,
    from: null,
    to: null,
    source: 'SEED',
    provenance: [quote],
  }));
}
