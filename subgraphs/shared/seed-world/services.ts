import { membershipOf } from '../domain/member-facts';
import { coversDay, overlaps, type Period } from '../domain/periods';
import { FIRST_NAMES, LAST_NAMES, type MemberKind, type Source, type WorldMember, worldMembers } from './members';
import { createRandom, stableId } from './random';
import { seedScale, withMemberCopies } from './scale';

export type ServiceStatus = 'PLANNED' | 'ACTIVE' | 'RETIRED';
export type ServiceArea = 'SCHOOL' | 'SOCIAL_SERVICES' | 'LIBRARIES' | 'CITY_ENVIRONMENT' | 'GUARDIANSHIP' | 'CONTACT_CENTRE';
export type CouncilRole = 'CHAIR' | 'MEMBER';
export type IntegrationMethod = 'WEB_SERVICE' | 'WEB_CLIENT' | 'EMAIL' | 'NATIONAL_SERVICE';

/** Date ranges are half-open: `to` / `retiredOn` is the first day no longer covered; null means open-ended. */
export interface WorldService {
  id: string;
  /** Slug, e.g. "bibblix". */
  key: string;
  name: string;
  area: ServiceArea;
  status: ServiceStatus;
  startedOn: string;
  retiredOn: string | null;
  licence: string | null;
  description: string;
  source: Source;
}

export interface WorldSubscription {
  id: string;
  serviceKey: string;
  serviceId: string;
  memberKey: string;
  memberId: string;
  variant: string | null;
  from: string;
  to: string | null;
  source: Source;
}

export interface WorldCouncil {
  id: string;
  serviceKey: string;
  serviceId: string;
}

export interface WorldCouncilSeat {
  id: string;
  councilId: string;
  serviceKey: string;
  memberKey: string;
  memberId: string;
  person: string;
  role: CouncilRole;
  from: string;
  to: string | null;
  source: Source;
}

export interface WorldCouncilMeeting {
  id: string;
  councilId: string;
  serviceKey: string;
  heldOn: string;
  note: string | null;
  source: Source;
}

export interface WorldIntegration {
  id: string;
  serviceKey: string;
  serviceId: string;
  method: IntegrationMethod;
  /** The other system, e.g. "ServiceNow"; null where the texts name none. */
  system: string | null;
  /** The member that uses it; null for an integration of the service itself. */
  memberKey: string | null;
  memberId: string | null;
  description: string;
  source: Source;
}

/** Variants a service is offered in; a subscription to such a service names one of them. */
export const SERVICE_VARIANTS: Readonly<Record<string, readonly string[]>> = { multifraga: ['Classic', 'XL'] };

/** Every service the texts name. Start and retirement days the texts do not give are estimates. */
const SERVICES: Array<Omit<WorldService, 'id' | 'source'>> = [
  {
    key: 'bibblix',
    name: 'Bibblix',
    area: 'LIBRARIES',
    status: 'ACTIVE',
    startedOn: '2019-09-01',
    retiredOn: null,
    licence: null,
    description: "Award-winning children's library service for Sweden's public libraries; more than 70 municipalities connected (2023).",
  },
  {
    key: 'egil',
    name: 'Egil',
    area: 'SCHOOL',
    status: 'ACTIVE',
    startedOn: '2019-01-01',
    retiredOn: null,
    licence: null,
    description: 'Creates, maintains and deletes pupil information and pupil accounts in external school services; supports Digitala Nationella Prov (DNP).',
  },
  {
    key: 'multifraga',
    name: 'Multifråga',
    area: 'SOCIAL_SERVICES',
    status: 'ACTIVE',
    startedOn: '2012-01-01',
    retiredOn: null,
    licence: null,
    description:
      'Information service for case officers handling financial assistance (ekonomiskt bistånd), fetching data through the national SSBTEK exchange. ' +
      'Offered as Classic and, from 2023, XL (open to every role with a legal purpose).',
  },
  {
    key: 'eansokan-ekbist',
    name: 'eansökan-ekbist',
    area: 'SOCIAL_SERVICES',
    status: 'ACTIVE',
    startedOn: '2016-01-01',
    retiredOn: null,
    licence: null,
    description: 'E-service for citizens applying for financial assistance, linked to Multifråga.',
  },
  {
    key: 'eansokan-sjalvservice',
    name: 'eansökan-självservice',
    area: 'SOCIAL_SERVICES',
    status: 'PLANNED',
    startedOn: '2018-07-01',
    retiredOn: null,
    licence: null,
    description:
      "Self-service e-application that fetches the applicant's own data from the authorities; piloted in 2015, awaiting the authorities connected to SSBTEK.",
  },
  {
    key: 'fixamingata',
    name: 'FixaMinGata',
    area: 'CITY_ENVIRONMENT',
    status: 'ACTIVE',
    startedOn: '2014-01-01',
    retiredOn: null,
    licence: null,
    description:
      "National app and website where residents report faults in streets and public spaces, built on mySociety's software; integrates with municipal " +
      'systems by web service, web client or e-mail.',
  },
  {
    key: 'provisum',
    name: 'Provisum',
    area: 'GUARDIANSHIP',
    status: 'ACTIVE',
    startedOn: '2015-01-01',
    retiredOn: null,
    licence: null,
    description: 'Case management system and e-services for chief guardians (överförmyndare); 3,097 development hours planned for 2023.',
  },
  {
    key: 'tillarbetslivet',
    name: 'Tillarbetslivet',
    area: 'SCHOOL',
    status: 'ACTIVE',
    startedOn: '2018-08-01',
    retiredOn: null,
    licence: null,
    description:
      'Platform where schools, pupils and employers arrange work experience (prao) and upper-secondary workplace learning (APL); about 50 development ' +
      'activities planned for 2023.',
  },
  {
    key: 'uka',
    name: 'UKA',
    area: 'SCHOOL',
    status: 'ACTIVE',
    startedOn: '2013-01-01',
    retiredOn: null,
    licence: null,
    description: "Follow-up and documentation system for the municipal activity responsibility for young people (KAA); integrated with UHR's Beda.",
  },
  {
    key: 'streamflow',
    name: 'Streamflow',
    area: 'CONTACT_CENTRE',
    status: 'RETIRED',
    startedOn: '2011-01-01',
    retiredOn: '2020-01-01',
    licence: 'AGPL-3.0',
    description: 'Case handling for municipal contact centres, open source on GitHub.',
  },
  {
    key: 'ivis',
    name: 'ivis',
    area: 'SCHOOL',
    status: 'RETIRED',
    startedOn: '2015-01-01',
    retiredOn: '2020-01-01',
    licence: null,
    description: 'Open platform for a digital school with e-services for school transport and incidents, built 2015–2016 with a VINNOVA grant of 1.8 MSEK.',
  },
];

export function worldServices(): WorldService[] {
  return SERVICES.map((service) => ({ ...service, id: stableId(`service:${service.key}`), source: 'SEED' }));
}

/** Subscriptions the texts name: [service, member, from, to]. */
const NAMED_SUBSCRIPTIONS: Array<[string, string, string, string | null]> = [
  ['provisum', 'nacka', '2015-01-01', null],
  ['provisum', 'vasteras', '2015-01-01', '2017-01-01'],
  ['provisum', 'kristianstad', '2015-01-01', '2017-07-01'],
  ['provisum', 'lulea', '2017-06-01', null],
  ['fixamingata', 'sollentuna', '2015-03-01', null],
  ['fixamingata', 'alingsas', '2016-05-01', null],
  ['streamflow', 'jonkoping', '2011-01-01', '2020-01-01'],
];

interface DemoPlan {
  service: string;
  count: number;
  kinds: MemberKind[];
  /** Each subscription starts on a seeded day in this window. */
  window: [string, string];
  /** The variant used; a member already using another variant switches: that subscription ends the day this one begins. */
  variant?: string;
  /** Only members that subscribe to this service. */
  among?: string;
}

const MUNICIPALITY: MemberKind[] = ['MUNICIPALITY'];

/** DEMO users, sized so the counts in the texts hold (Bibblix > 70 and Egil about 40 on 2023-01-01); eight Multifråga users switch to XL in 2023. */
const DEMO_PLANS: DemoPlan[] = [
  { service: 'bibblix', count: 72, kinds: MUNICIPALITY, window: ['2019-09-01', '2022-12-31'] },
  { service: 'bibblix', count: 4, kinds: MUNICIPALITY, window: ['2023-01-02', '2023-11-30'] },
  { service: 'egil', count: 37, kinds: MUNICIPALITY, window: ['2019-01-01', '2022-12-31'] },
  { service: 'egil', count: 3, kinds: ['MUNICIPAL_FEDERATION'], window: ['2019-01-01', '2022-12-31'] },
  { service: 'multifraga', count: 30, kinds: MUNICIPALITY, window: ['2012-01-01', '2019-06-30'], variant: 'Classic' },
  { service: 'multifraga', count: 8, kinds: MUNICIPALITY, window: ['2023-03-01', '2023-10-31'], variant: 'XL', among: 'multifraga' },
  { service: 'eansokan-ekbist', count: 10, kinds: MUNICIPALITY, window: ['2016-01-01', '2022-12-31'], among: 'multifraga' },
  { service: 'fixamingata', count: 18, kinds: MUNICIPALITY, window: ['2014-01-01', '2022-12-31'] },
  { service: 'tillarbetslivet', count: 15, kinds: MUNICIPALITY, window: ['2018-08-01', '2022-12-31'] },
  { service: 'uka', count: 25, kinds: MUNICIPALITY, window: ['2013-01-01', '2016-12-31'] },
  { service: 'streamflow', count: 2, kinds: MUNICIPALITY, window: ['2011-01-01', '2016-12-31'] },
  { service: 'ivis', count: 2, kinds: MUNICIPALITY, window: ['2016-06-01', '2018-12-31'] },
];

const later = (a: string, b: string) => (a > b ? a : b);
const earliest = (...days: Array<string | null>) => days.filter((day): day is string => day !== null).sort()[0] ?? null;
const memberThrough = (member: WorldMember, day: string) => coversDay(membershipOf(member), day);

function subscription(service: WorldService, member: WorldMember, variant: string | null, from: string, to: string | null, source: Source): WorldSubscription {
  const start = later(from, member.joinedOn);
  return {
    id: stableId(`subscription:${service.key}:${member.key}:${variant ?? ''}:${start}`),
    serviceKey: service.key,
    serviceId: service.id,
    memberKey: member.key,
    memberId: member.id,
    variant,
    from: start,
    to: earliest(to, member.leftOn, service.retiredOn),
    source,
  };
}

/**
 * Who uses which service over which days: the users the texts name (SEED) and deterministic DEMO
 * users, then the same for every member copy of a larger scale. Every subscription lies within its
 * member's membership and its service's lifetime.
 */
export function worldSubscriptions(scale = seedScale()): WorldSubscription[] {
  return withMemberCopies(baseSubscriptions(), scale);
}

function baseSubscriptions(): WorldSubscription[] {
  const random = createRandom(2023);
  const members = worldMembers(1);
  const memberByKey = new Map(members.map((member) => [member.key, member]));
  const serviceByKey = new Map(worldServices().map((service) => [service.key, service]));
  const result = NAMED_SUBSCRIPTIONS.map(([service, member, from, to]) =>
    subscription(serviceByKey.get(service)!, memberByKey.get(member)!, null, from, to, 'SEED'),
  );
  const usersOf = (service: string, variant?: string | null) =>
    new Set(result.filter((s) => s.serviceKey === service && (variant === undefined || s.variant === variant)).map((s) => s.memberKey));
  for (const plan of DEMO_PLANS) {
    const service = serviceByKey.get(plan.service)!;
    const taken = usersOf(plan.service, plan.variant ?? null);
    const among = plan.among ? usersOf(plan.among) : null;
    const eligible = members.filter(
      (member) => plan.kinds.includes(member.kind) && !taken.has(member.key) && (!among || among.has(member.key)) && memberThrough(member, plan.window[1]),
    );
    for (const member of random.shuffle(eligible).slice(0, plan.count)) {
      const from = random.date(later(plan.window[0], member.joinedOn), plan.window[1]);
      result.push(switchTo(result, subscription(service, member, plan.variant ?? null, from, null, 'DEMO')));
    }
  }
  return result;
}

const sameUse = (a: WorldSubscription, b: WorldSubscription) => a.serviceKey === b.serviceKey && a.memberKey === b.memberKey;

/** A member uses one variant of a service at a time: the subscription in use ends the day `next` begins. */
function switchTo(subscriptions: WorldSubscription[], next: WorldSubscription): WorldSubscription {
  for (const current of subscriptions) if (sameUse(current, next) && overlaps(current, next)) current.to = next.from;
  return next;
}

/** The member's use of a service from `first` on, through the subscriptions that follow it without a gap (e.g. Classic, then XL). */
function continuousUse(first: WorldSubscription, subscriptions: WorldSubscription[]): Period {
  let to = first.to;
  for (const next of subscriptions) if (to !== null && sameUse(next, first) && next.from === to) to = next.to;
  return { from: first.from, to };
}

/** One governance council (förvaltningsråd) per service; a planned service's council has no seats yet. */
export function worldCouncils(): WorldCouncil[] {
  return worldServices().map((service) => ({ id: stableId(`council:${service.key}`), serviceKey: service.key, serviceId: service.id }));
}

const SEATS_PER_COUNCIL = 5;

/**
 * Council seats held by subscribing members for exactly their days of use (switching variant does
 * not end a seat): the named users first, then DEMO users, up to five per council; the first
 * open-ended seat holds the chair. Names are DEMO. At a larger scale each seat holder's copies sit
 * on the council too, as ordinary members.
 */
export function worldCouncilSeats(scale = seedScale()): WorldCouncilSeat[] {
  return withMemberCopies(baseCouncilSeats(), scale, (seat) => ({ ...seat, role: 'MEMBER' }));
}

function baseCouncilSeats(): WorldCouncilSeat[] {
  const random = createRandom(1702);
  const subscriptions = worldSubscriptions(1);
  return worldCouncils().flatMap((council) => {
    const seated = new Map<string, WorldSubscription>();
    for (const s of subscriptions.filter((s) => s.serviceKey === council.serviceKey)) if (!seated.has(s.memberKey)) seated.set(s.memberKey, s);
    const holders = [...seated.values()].slice(0, SEATS_PER_COUNCIL).map((s) => ({ ...s, ...continuousUse(s, subscriptions) }));
    const chair = Math.max(
      0,
      holders.findIndex((s) => s.to === null),
    );
    return holders.map((s, index) => ({
      id: stableId(`council-seat:${council.serviceKey}:${s.memberKey}:${s.from}`),
      councilId: council.id,
      serviceKey: council.serviceKey,
      memberKey: s.memberKey,
      memberId: s.memberId,
      person: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
      role: index === chair ? 'CHAIR' : 'MEMBER',
      from: s.from,
      to: s.to,
      source: 'DEMO' as const,
    }));
  });
}

/** Council meetings the annual report 2017 counts (FixaMinGata four, UKA three; days estimated), and DEMO meetings in 2023. */
const MEETINGS_2017: Record<string, string[]> = {
  fixamingata: ['2017-02-14', '2017-05-16', '2017-09-19', '2017-11-21'],
  uka: ['2017-03-09', '2017-06-08', '2017-10-12'],
};

export function worldCouncilMeetings(): WorldCouncilMeeting[] {
  const random = createRandom(2017);
  const services = new Map(worldServices().map((service) => [service.key, service]));
  return worldCouncils().flatMap((council) => {
    const named = (MEETINGS_2017[council.serviceKey] ?? []).map((heldOn, index, all) => ({
      heldOn,
      note: `Meeting ${index + 1} of ${all.length} in 2017 (annual report 2017; day estimated).`,
      source: 'SEED' as const,
    }));
    const demo =
      services.get(council.serviceKey)!.status === 'ACTIVE'
        ? [random.date('2023-03-01', '2023-05-31'), random.date('2023-09-01', '2023-11-30')].map((heldOn) => ({ heldOn, note: null, source: 'DEMO' as const }))
        : [];
    return [...named, ...demo].map((meeting) => ({
      ...meeting,
      id: stableId(`council-meeting:${council.serviceKey}:${meeting.heldOn}`),
      councilId: council.id,
      serviceKey: council.serviceKey,
    }));
  });
}

/**
 * Integrations the texts name (FixaMinGata's three methods, Multifråga–SSBTEK, UKA–Beda), plus DEMO
 * FixaMinGata users of the e-mail (FlexiteBPMS) and web-client methods.
 */
export function worldIntegrations(): WorldIntegration[] {
  const members = new Map(worldMembers(1).map((member) => [member.key, member]));
  const demoUsers = worldSubscriptions(1)
    .filter((s) => s.serviceKey === 'fixamingata' && s.source === 'DEMO' && s.to === null)
    .map((s) => s.memberKey);
  const rows: Array<[string, IntegrationMethod, string | null, string | null, string, Source]> = [
    [
      'fixamingata',
      'WEB_SERVICE',
      'ServiceNow',
      'sollentuna',
      "Sollentuna's ServiceNow provides a web service that FixaMinGata calls (webbtjänstintegration).",
      'SEED',
    ],
    [
      'fixamingata',
      'WEB_SERVICE',
      'Infracontrol Online',
      'alingsas',
      "Alingsås's Infracontrol Online provides a web service that FixaMinGata calls (webbtjänstintegration).",
      'SEED',
    ],
    ['fixamingata', 'EMAIL', 'FlexiteBPMS', null, 'FixaMinGata sends reports by e-mail (e-postintegration), developed together with FlexiteBPMS.', 'SEED'],
    ['fixamingata', 'EMAIL', 'FlexiteBPMS', demoUsers[0], 'Receives FixaMinGata reports by e-mail in FlexiteBPMS.', 'DEMO'],
    ['fixamingata', 'EMAIL', 'FlexiteBPMS', demoUsers[1], 'Receives FixaMinGata reports by e-mail in FlexiteBPMS.', 'DEMO'],
    [
      'fixamingata',
      'WEB_CLIENT',
      null,
      demoUsers[2],
      "The member's own system fetches reports from FixaMinGata as a web client (webbklientsintegration).",
      'DEMO',
    ],
    ['multifraga', 'NATIONAL_SERVICE', 'SSBTEK', null, "Fetches the authorities' data through the national SSBTEK exchange (since May 2014).", 'SEED'],
    ['uka', 'NATIONAL_SERVICE', 'Beda (UHR)', null, "Looks up diplomas and grades of the young people followed in UHR's Beda register.", 'SEED'],
  ];
  return rows.map(([serviceKey, method, system, memberKey, description, source]) => ({
    id: stableId(`integration:${serviceKey}:${method}:${memberKey ?? system}`),
    serviceKey,
    serviceId: stableId(`service:${serviceKey}`),
    method,
    system,
    memberKey,
    memberId: memberKey ? members.get(memberKey)!.id : null,
    description,
    source,
  }));
}
