import { membershipOf } from '../domain/member-facts';
import { covers } from '../domain/periods';
import { DOCUMENTS } from './association';
import { type Source, type WorldMember, worldMembers } from './members';
import { estimated, invented, type WorldFieldSource } from './provenance';
import { createRandom, type Random, stableId } from './random';
import { seedScale, withMemberCopies } from './scale';

export type ProjectPhase = 'IDEA' | 'PRE_STUDY' | 'ACTIVE' | 'ON_HOLD' | 'COMPLETED' | 'CANCELLED';
export type ProjectRole = 'LEAD' | 'PARTICIPANT' | 'CO_FUNDER';
export type NetworkStatus = 'STARTING' | 'ACTIVE' | 'DORMANT' | 'CLOSED';
export type SeminarFormat = 'DIGITAL' | 'ON_SITE';

export interface WorldPhaseChange {
  phase: ProjectPhase;
  on: string;
}

export interface WorldProjectParticipant {
  id: string;
  memberKey: string;
  memberId: string;
  role: ProjectRole;
  from: string;
  to: string | null;
  source: Source;
}

export interface WorldProject {
  id: string;
  /** Slug, e.g. "kravmotor". */
  key: string;
  name: string;
  description: string;
  /** The current phase: the last entry of `phases`. */
  phase: ProjectPhase;
  /** Every phase the project has been in, oldest first, with the day it entered it. */
  phases: WorldPhaseChange[];
  /** The day the project left the idea stage (entered PRE_STUDY or ACTIVE); null while an idea. */
  startedOn: string | null;
  participants: WorldProjectParticipant[];
  source: Source;
  /** Which fields of a SEED project the documents give only roughly (ESTIMATED) or not at all (DEMO). */
  provenance: WorldFieldSource[];
}

export interface WorldNetworkParticipant {
  id: string;
  memberKey: string;
  memberId: string;
  from: string;
  to: string | null;
  source: Source;
}

export interface WorldNetwork {
  id: string;
  key: string;
  name: string;
  topic: string;
  description: string;
  status: NetworkStatus;
  startedOn: string;
  /** People (not organisations) the documents report as taking part, as a lower bound; null when not reported. */
  reportedParticipants: number | null;
  participants: WorldNetworkParticipant[];
  source: Source;
  /** Which fields of a SEED network the documents give only roughly (ESTIMATED) or not at all (DEMO). */
  provenance: WorldFieldSource[];
}

export interface WorldCampaign {
  id: string;
  key: string;
  networkKey: string;
  name: string;
  startedOn: string;
  endedOn: string;
  /** Organisations that arranged activities (arrangörer / aktörer). */
  organisers: number | null;
  /** People reached, as reported (a lower bound when `reachedAtLeast`). */
  peopleReached: number | null;
  reachedAtLeast: boolean;
  source: Source;
}

export interface WorldSeminar {
  id: string;
  key: string;
  title: string;
  heldOn: string;
  format: SeminarFormat;
  networkKey: string | null;
  networkId: string | null;
  organiserKey: string;
  organiserId: string;
  attendees: number;
  source: Source;
}

/** Who may take part: a member for the whole period (from, to), where `to` null means still ongoing. */
const memberThroughout = (member: WorldMember, from: string, to: string | null): boolean => covers(membershipOf(member), { from, to });

function pickMembers(random: Random, members: WorldMember[], count: number, from: string, to: string | null, exclude: string[] = []): WorldMember[] {
  const eligible = members.filter((member) => !exclude.includes(member.key) && memberThroughout(member, from, to));
  return random.shuffle(eligible).slice(0, count);
}

interface ProjectDraft {
  key: string;
  name: string;
  description: string;
  phases: WorldPhaseChange[];
  /** Members the texts name, with their role. */
  named?: Array<[string, ProjectRole]>;
  /** DEMO participants to add: how many of each role. */
  demo: Partial<Record<ProjectRole, number>>;
  source: Source;
  provenance: WorldFieldSource[];
}

const AR = DOCUMENTS.ANNUAL_REPORT_2017;
const VP = DOCUMENTS.BUSINESS_PLAN_2023;

/** The business plan's new project ideas carry the day of its budget. */
const NEW_IDEA_2023 = estimated(
  'phases',
  VP,
  'Preliminärt, 22-12-13',
  'A new project idea in the business plan, whose budget is dated 2022-12-13; the plan gives no day for the idea itself.',
);

const PROJECTS: ProjectDraft[] = [
  {
    key: 'kravmotor',
    name: 'Kravmotor',
    description:
      'OS2kravmotor: a tool for the technical dialogue between supplier and municipality or region before an IT purchase, for writing, ' +
      'quality-assuring and reusing requirements. Built by OS2 in Denmark, open source, used by 24 Danish municipalities. New project idea in the ' +
      'business plan 2023.',
    phases: [{ phase: 'IDEA', on: '2022-12-13' }],
    demo: { LEAD: 1, PARTICIPANT: 4 },
    source: 'SEED',
    provenance: [NEW_IDEA_2023],
  },
  {
    key: 'valghalla',
    name: 'Valghalla 2.0',
    description:
      'Election administration system developed in 2023 by OS2 Denmark, fully financed by Danish municipalities and multilingual; to be assessed for ' +
      'Swedish conditions to widen a market where usually one supplier bids. New project idea in the business plan 2023.',
    phases: [{ phase: 'IDEA', on: '2022-12-13' }],
    demo: { PARTICIPANT: 3 },
    source: 'SEED',
    provenance: [NEW_IDEA_2023],
  },
  {
    key: 'kitos',
    name: 'KITOS',
    description:
      'Shared register of the IT systems a municipality uses, their integrations and their GDPR records, with a central application catalogue and an ' +
      'open API. Built by OS2 Denmark and used by more than 90 % of Danish municipalities; could become a service included in the membership. New ' +
      'project idea in the business plan 2023.',
    phases: [{ phase: 'IDEA', on: '2022-12-13' }],
    demo: { LEAD: 1, PARTICIPANT: 5 },
    source: 'SEED',
    provenance: [NEW_IDEA_2023],
  },
  {
    key: 'gdpr-inventory-ai',
    name: 'GDPR inventory with AI support',
    description:
      'Pilot (autumn 2017) of a test and analysis environment that classifies structured and unstructured data with AI support and human expertise, to ' +
      'prepare for the General Data Protection Regulation of 25 May 2018. Run by an external project manager in close cooperation with SKL; several ' +
      'member municipalities co-fund it. Stage 1 approved in December 2017; stage 2a from the turn of the year, full delivery aimed at April 2018.',
    phases: [
      { phase: 'IDEA', on: '2017-06-01' },
      { phase: 'PRE_STUDY', on: '2017-09-01' },
      { phase: 'ACTIVE', on: '2018-01-08' },
    ],
    demo: { CO_FUNDER: 5 },
    source: 'SEED',
    provenance: [
      estimated(
        'phases',
        AR,
        'initierade Föreningen Sambruk i samverkan med ett par utvalda specialistresurser ett pilotprojekt under hösten 2017',
        'The pilot started in the autumn of 2017 and stage 2a directly after the turn of the year: the days are placed within those bounds. ' +
          'The report only aims at full delivery in early April 2018, so the project is not recorded as completed.',
      ),
    ],
  },
  {
    key: 'ss12000',
    name: 'Open school systems (SS 12000)',
    description:
      'Cooperation between municipalities, system suppliers, state agencies and SIS on open interfaces between school processes, which resulted in the ' +
      'Swedish standard SS 12000:2018 (interfaces for information exchange between school processes). Work continues on grades, attendance and leave ' +
      'requests.',
    phases: [
      { phase: 'IDEA', on: '2014-03-01' },
      { phase: 'ACTIVE', on: '2015-01-15' },
    ],
    demo: { LEAD: 1, PARTICIPANT: 6 },
    source: 'SEED',
    provenance: [invented('phases', 'The report gives no dates for the work; it says the work to extend the standard continues, so the project is active.')],
  },
  {
    key: 'open-data-definitions',
    name: 'Open-data definitions',
    description:
      'Research and development project that defined common data sets for open data in municipal cooperation; finished in autumn 2016, continued as a ' +
      'network in 2017 until SKL took over as Forum Öppna Data.',
    phases: [
      { phase: 'IDEA', on: '2014-09-01' },
      { phase: 'ACTIVE', on: '2015-03-01' },
      { phase: 'COMPLETED', on: '2016-10-31' },
    ],
    demo: { LEAD: 1, PARTICIPANT: 5 },
    source: 'SEED',
    provenance: [
      estimated(
        'phases',
        AR,
        'FoU-projektet Framtagning av definitioner av gemensamma datamängder för öppna data i kommunsamverkan som avslutades hösten 2016',
        'Finished in the autumn of 2016; the earlier days are invented.',
      ),
    ],
  },
  {
    key: 'ivis',
    name: 'ivis',
    description:
      'Innovative school platform, run 2015–2016 in VINNOVA\'s programme "Digitalisering för framtidens skola" with a grant of 1.8 MSEK; delivered a ' +
      'base platform and e-services for school transport and incidents. Partner imcode markets it since.',
    phases: [
      { phase: 'IDEA', on: '2014-10-01' },
      { phase: 'ACTIVE', on: '2015-01-01' },
      { phase: 'COMPLETED', on: '2016-12-31' },
    ],
    demo: { LEAD: 1, PARTICIPANT: 3 },
    source: 'SEED',
    provenance: [
      estimated(
        'phases',
        AR,
        'Projektet genomfördes 2015 2016 inom ramen för VINNOVAs utvecklingsprogram',
        'Run 2015–2016: the first and last days of those years; the idea day is invented.',
      ),
    ],
  },
  {
    key: 'election-administration-2017',
    name: 'Election administration system (2017)',
    description:
      'Evaluation of a Danish election administration system with OS2, after a workshop in August 2017 where election boards described their ' +
      'processes; halted for now because of the short time before the 2018 general election. Valghalla 2.0 takes the idea up again.',
    phases: [
      { phase: 'IDEA', on: '2017-03-01' },
      { phase: 'PRE_STUDY', on: '2017-08-15' },
      { phase: 'ON_HOLD', on: '2017-12-31' },
    ],
    demo: { PARTICIPANT: 4 },
    source: 'SEED',
    provenance: [
      estimated(
        'phases',
        AR,
        'Av flera skäl, bl. a kort framförhållning till kommande riksdagsval 2018, har arbetet avstannat tills vidare.',
        'A workshop in August 2017, then halted for now (not cancelled) by the end of the year: the days are placed within those bounds.',
      ),
    ],
  },
  {
    key: 'digital-learning-resources',
    name: 'Digital learning resources on tap',
    description: 'Pre-study "Digitala lärresurser på kran" discussed with VLM-institutet, on shared access to digital learning resources for schools.',
    phases: [
      { phase: 'IDEA', on: '2022-09-01' },
      { phase: 'PRE_STUDY', on: '2023-02-01' },
    ],
    demo: { LEAD: 1, PARTICIPANT: 3 },
    source: 'SEED',
    provenance: [
      invented(
        'phases',
        'The business plan only mentions a dialogue with VLM-institutet about projects ahead, such as the pre-study "Digitala lärresurser på kran"; its phases and days are invented.',
      ),
    ],
  },
];

/** Phases in which the members' participations have ended (for the seed: a project on hold has no one working on it). */
const ENDED: ProjectPhase[] = ['ON_HOLD', 'COMPLETED', 'CANCELLED'];

function buildProject(draft: ProjectDraft, members: WorldMember[], random: Random): WorldProject {
  const { phases, demo, named = [], ...fields } = draft;
  const last = phases[phases.length - 1];
  const started = phases.find((change) => change.phase === 'PRE_STUDY' || change.phase === 'ACTIVE');
  const from = started?.on ?? phases[0].on;
  const to = ENDED.includes(last.phase) ? last.on : null;
  const participant = (member: WorldMember, role: ProjectRole, source: Source): WorldProjectParticipant => ({
    id: stableId(`project-participant:${draft.key}:${member.key}`),
    memberKey: member.key,
    memberId: member.id,
    role,
    from,
    to,
    source,
  });
  const byKey = new Map(members.map((member) => [member.key, member]));
  const participants = named.map(([key, role]) => participant(byKey.get(key)!, role, 'SEED'));
  const roles = (Object.entries(demo) as Array<[ProjectRole, number]>).flatMap(([role, count]) => Array<ProjectRole>(count).fill(role));
  const chosen = pickMembers(
    random,
    members,
    roles.length,
    from,
    to,
    named.map(([key]) => key),
  );
  participants.push(...chosen.map((member, index) => participant(member, roles[index], 'DEMO')));
  return { ...fields, id: stableId(`project:${draft.key}`), phase: last.phase, phases, startedOn: started?.on ?? null, participants };
}

/** The projects the texts name (SEED), with DEMO participating members where the texts name none, and their copies at a larger scale. */
export function worldProjects(scale = seedScale()): WorldProject[] {
  const members = worldMembers(1);
  const random = createRandom(2023_04);
  return PROJECTS.map((draft) => buildProject(draft, members, random)).map((project) => ({
    ...project,
    participants: withMemberCopies(project.participants, scale),
  }));
}

interface NetworkDraft extends Omit<WorldNetwork, 'id' | 'participants'> {
  named: string[];
  demoParticipants: number;
}

const NETWORKS: NetworkDraft[] = [
  {
    key: 'digital-signing',
    name: 'Digital signing',
    topic: 'Digital signatures in municipal processes',
    description:
      'Competence and experience network on digital signing, run together with the Kivos network; Högskolan i Skövde takes part. Works through seminar ' +
      'days whose topics follow regional or local needs; members and non-members alike want to join.',
    status: 'ACTIVE',
    startedOn: '2021-09-01',
    reportedParticipants: null,
    named: [],
    demoParticipants: 22,
    source: 'SEED',
    provenance: [invented('startedOn', 'The business plan gives no start for the network.')],
  },
  {
    key: 'digital-collaboration-platform',
    name: 'Digital collaboration platform',
    topic: 'Alternatives to Microsoft 365 and Google Workspace for municipal collaboration',
    description:
      "Competence network that continues eSam's project dSam (digital collaboration platforms) after its final report. A start-up meeting and one more " +
      'meeting gathered more than 40 participants; Sambruk set up an alternative for video meetings and launches a new collaboration space in the ' +
      'first quarter of 2023.',
    status: 'ACTIVE',
    startedOn: '2022-10-01',
    reportedParticipants: 40,
    named: [],
    demoParticipants: 24,
    source: 'SEED',
    provenance: [
      estimated(
        'startedOn',
        VP,
        'Ett resultat av detta är bl.a. det nätverket avseende digitala samverkansplattformar (under uppstart)',
        'Being started in 2022: the day is placed in the autumn.',
      ),
    ],
  },
  {
    key: 'digidel',
    name: 'Digidelnätverket',
    topic: 'Digital inclusion (digital delaktighet)',
    description:
      "National hub for digital inclusion that Sambruk coordinates, with agencies and cultural institutions; the digidel centres at members' libraries " +
      'link to it. Funded from 2023 for about five years by 19 regions, on the initiative of Västra Götalandsregionen. Runs the campaign weeks ALL ' +
      'DIGITAL Week (formerly Get Online Week) and eMedborgarveckan.',
    status: 'ACTIVE',
    startedOn: '2014-01-01',
    reportedParticipants: null,
    named: ['vgr'],
    demoParticipants: 29,
    source: 'SEED',
    provenance: [
      estimated(
        'startedOn',
        AR,
        'Den sedan 2014 etablerade Samverkansledningsgruppen där Föreningen Sambruk ingår',
        'Established in 2014: its first day is taken.',
      ),
    ],
  },
];

function buildNetwork(draft: NetworkDraft, members: WorldMember[], random: Random): WorldNetwork {
  const { named, demoParticipants, ...fields } = draft;
  const byKey = new Map(members.map((member) => [member.key, member]));
  const participant = (member: WorldMember, source: Source): WorldNetworkParticipant => ({
    id: stableId(`network-participant:${draft.key}:${member.key}`),
    memberKey: member.key,
    memberId: member.id,
    from: draft.startedOn,
    to: null,
    source,
  });
  const chosen = pickMembers(random, members, demoParticipants, draft.startedOn, null, named);
  const participants = [...named.map((key) => participant(byKey.get(key)!, 'SEED')), ...chosen.map((member) => participant(member, 'DEMO'))];
  return { ...fields, id: stableId(`network:${draft.key}`), participants };
}

/** The competence networks the texts name (SEED), with DEMO participating members, and their copies at a larger scale. */
export function worldNetworks(scale = seedScale()): WorldNetwork[] {
  const members = worldMembers(1);
  const random = createRandom(2023_05);
  return NETWORKS.map((draft) => buildNetwork(draft, members, random)).map((network) => ({
    ...network,
    participants: withMemberCopies(network.participants, scale),
  }));
}

/** Digidelnätverket's campaign weeks: the 2017 figures from the annual report, 2023 as planned. */
export function worldCampaigns(): WorldCampaign[] {
  const campaigns: Array<Omit<WorldCampaign, 'id' | 'networkKey'>> = [
    {
      key: 'get-online-week-2017',
      name: 'Get Online Week 2017',
      startedOn: '2017-03-20',
      endedOn: '2017-03-27',
      organisers: 247,
      peopleReached: 5300,
      reachedAtLeast: true,
      source: 'SEED',
    },
    {
      key: 'emedborgarveckan-2017',
      name: 'eMedborgarveckan 2017',
      startedOn: '2017-10-16',
      endedOn: '2017-10-23',
      organisers: 270,
      peopleReached: 10000,
      reachedAtLeast: false,
      source: 'SEED',
    },
    {
      key: 'all-digital-week-2023',
      name: 'ALL DIGITAL Week 2023',
      startedOn: '2023-03-20',
      endedOn: '2023-03-27',
      organisers: null,
      peopleReached: null,
      reachedAtLeast: false,
      source: 'DEMO',
    },
    {
      key: 'emedborgarveckan-2023',
      name: 'eMedborgarveckan 2023',
      startedOn: '2023-10-09',
      endedOn: '2023-10-16',
      organisers: null,
      peopleReached: null,
      reachedAtLeast: false,
      source: 'DEMO',
    },
  ];
  return campaigns.map((campaign) => ({ ...campaign, id: stableId(`campaign:${campaign.key}`), networkKey: 'digidel' }));
}

const SEMINARS: Array<[key: string, title: string, heldOn: string, format: SeminarFormat, networkKey: string | null, attendees: number]> = [
  ['signing-2023-02', 'Digital signing in practice: e-signatures in case handling', '2023-02-09', 'DIGITAL', 'digital-signing', 64],
  ['platform-2023-03', 'After dSam: the new collaboration space for members', '2023-03-16', 'DIGITAL', 'digital-collaboration-platform', 87],
  ['os2-2023-04', "Nordic open source: OS2's Kravmotor, Valghalla and KITOS", '2023-04-20', 'DIGITAL', null, 112],
  ['digidel-2023-09', 'Digital inclusion at the library: before eMedborgarveckan', '2023-09-14', 'DIGITAL', 'digidel', 73],
  ['signing-2023-11', 'Signing and archiving: long-term validity of e-signatures', '2023-11-16', 'DIGITAL', 'digital-signing', 58],
  ['network-day-2023-05', 'Sambruk network day: collaboration in practice', '2023-05-24', 'ON_SITE', null, 46],
];

/** Seminars of 2023 (DEMO): five digital ones, within the goal of 4–6 a year, and one on site, each organised by a network participant or a member. */
export function worldSeminars(): WorldSeminar[] {
  const members = worldMembers(1);
  const networks = new Map(worldNetworks(1).map((network) => [network.key, network]));
  const random = createRandom(2023_06);
  return SEMINARS.map(([key, title, heldOn, format, networkKey, attendees]) => {
    const network = networkKey ? networks.get(networkKey)! : null;
    const candidates = network ? members.filter((member) => network.participants.some((p) => p.memberKey === member.key)) : members;
    const [organiser] = pickMembers(random, candidates, 1, heldOn, null);
    return {
      id: stableId(`seminar:${key}`),
      key,
      title,
      heldOn,
      format,
      networkKey,
      networkId: network?.id ?? null,
      organiserKey: organiser.key,
      organiserId: organiser.id,
      attendees,
      source: 'DEMO',
    };
  });
}
