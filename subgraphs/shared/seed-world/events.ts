import { DOCUMENTS } from './association';
import { worldMembers } from './members';
import { worldNetworks, worldSeminars } from './projects';
import { estimated, stated, type WorldFieldSource } from './provenance';
import { stableId } from './random';

export type EventKind = 'CONFERENCE' | 'SEMINAR' | 'WORKSHOP' | 'INSPIRATION_DAY';
export type EventFormat = 'DIGITAL' | 'ON_SITE';
export type OrganiserKind = 'ASSOCIATION' | 'MEMBER' | 'PARTNER' | 'OTHER';
export type SambrukRole = 'HOST' | 'CO_ORGANISER' | 'SPEAKER' | 'EXHIBITOR';

/** A conference, seminar or workshop Sambruk held or took part in, whoever organised it. */
export interface WorldEvent {
  id: string;
  key: string;
  title: string;
  kind: EventKind;
  heldOn: string;
  format: EventFormat;
  place: string | null;
  organiserKind: OrganiserKind;
  organiserMemberId: string | null;
  organiserPartnerId: string | null;
  /** The organiser's name when it is neither Sambruk, a member nor a partner; null when the documents do not name it. */
  organiserName: string | null;
  sambrukRole: SambrukRole;
  networkId: string | null;
  attendees: number | null;
  source: 'SEED' | 'DEMO';
  provenance: WorldFieldSource[];
}

const AR = DOCUMENTS.ANNUAL_REPORT_2017;

const SPRING_CONFERENCE =
  'Föreningen Sambruk genomförde i samband med Offentliga Rummet 2017 i Sundsvall en Vårkonferens, som ett spår under Nätverksdagen, den 30 maj.';
const FINANCE_MINISTRY = 'I februari bjöd Finansdepartementet in till en seminariedag under temat Att dela öppen källkod i offentlig sektor';
const HOGLANDET = 'I mars arrangerade Höglandsförbundet Höglandet IT en Inspirationsdag för sina medlemskommuner och andra intressenter.';
const ESAM = 'Under hösten genomförde esam ett antal workshops med fokus på specifika verksamhetsområden';
const ESAM_DAYS = 'Föreningen Sambruk deltog vid de tre dagar med fokus på de verksamhetsområden';
const DIGIGOV = 'Vid DigiGov-konferensen i december var Föreningen delaktig i två workshops, samt en monter, tillsammans med projektsamverkanspart imcode';
const INTERNETDAGARNA = 'Under Internetdagarna i november, deltog Föreningen Sambruk tillsammans med övriga parter i Digidelnätverkets Samverkansledning';
const PROVISUM = 'I slutet av verksamhetsåret planerades en öppen seminariedag i början av 2018, i Nacka, för att demonstrera systemet';

type EventDraft = Omit<WorldEvent, 'id' | 'organiserMemberId' | 'organiserPartnerId' | 'networkId' | 'source' | 'attendees'> & {
  memberKey?: string;
  partnerKey?: string;
  networkKey?: string;
};

const withinMonth = (quote: string, month: string) => estimated('heldOn', AR, quote, `The report gives only the month (${month}); the first day is taken.`);

const esamWorkshop = (key: string, area: string, heldOn: string): EventDraft => ({
  key,
  title: `eSam workshop: ${area}`,
  kind: 'WORKSHOP',
  heldOn,
  format: 'ON_SITE',
  place: null,
  organiserKind: 'PARTNER',
  partnerKey: 'esam',
  organiserName: null,
  sambrukRole: 'SPEAKER',
  provenance: [
    stated('title', AR, area),
    stated('organiser', AR, ESAM),
    stated('sambrukRole', AR, ESAM_DAYS),
    estimated('heldOn', AR, ESAM, 'The report says only "during the autumn" for the three days; they are placed a month apart from September.'),
  ],
});

const EVENTS_2017: EventDraft[] = [
  {
    key: 'finance-ministry-open-source-2017',
    title: 'Att dela öppen källkod i offentlig sektor',
    kind: 'SEMINAR',
    heldOn: '2017-02-01',
    format: 'ON_SITE',
    place: null,
    organiserKind: 'OTHER',
    organiserName: 'Finansdepartementet',
    sambrukRole: 'SPEAKER',
    provenance: [
      stated('title', AR, FINANCE_MINISTRY),
      stated('organiser', AR, FINANCE_MINISTRY),
      stated('sambrukRole', AR, 'här presenterade vi resultatet från vårt tidigare FoU-projekt BOSSANOVA'),
      withinMonth(FINANCE_MINISTRY, 'February'),
    ],
  },
  {
    key: 'hoglandet-inspiration-day-2017',
    title: 'Inspirationsdag, Höglandet IT',
    kind: 'INSPIRATION_DAY',
    heldOn: '2017-03-01',
    format: 'ON_SITE',
    place: null,
    organiserKind: 'MEMBER',
    memberKey: 'hoglandet',
    organiserName: null,
    sambrukRole: 'SPEAKER',
    provenance: [
      stated('title', AR, HOGLANDET),
      stated('organiser', AR, HOGLANDET),
      stated('sambrukRole', AR, 'Här presenterade vi Föreningen Sambruks projekt Självservice i Socialtjänsten'),
      withinMonth(HOGLANDET, 'March'),
    ],
  },
  {
    key: 'spring-conference-2017',
    title: 'Vårkonferens: Digital transformation – hur och till vilken nytta?',
    kind: 'CONFERENCE',
    heldOn: '2017-05-30',
    format: 'ON_SITE',
    place: 'Offentliga Rummet 2017, Sundsvall',
    organiserKind: 'ASSOCIATION',
    organiserName: null,
    sambrukRole: 'HOST',
    provenance: [
      stated('title', AR, 'Temat för konferensdagen var Digital transformation hur och till vilken nytta?'),
      stated('heldOn', AR, SPRING_CONFERENCE),
      stated('place', AR, SPRING_CONFERENCE),
      stated('organiser', AR, SPRING_CONFERENCE),
    ],
  },
  esamWorkshop('esam-workshop-integration-2017', 'Integration & arbetsmarknad', '2017-09-01'),
  esamWorkshop('esam-workshop-care-2017', 'Vård & omsorg, hälsa och familj', '2017-10-01'),
  esamWorkshop('esam-workshop-school-2017', 'Skola & lärande, utbildning', '2017-11-01'),
  {
    key: 'internetdagarna-2017',
    title: 'Internetdagarna: Digidel seminar track',
    kind: 'CONFERENCE',
    heldOn: '2017-11-01',
    format: 'ON_SITE',
    place: null,
    organiserKind: 'OTHER',
    organiserName: null,
    sambrukRole: 'CO_ORGANISER',
    networkKey: 'digidel',
    provenance: [
      stated('title', AR, 'då vi under en av konferensdagarna svarade för ett seminariespår'),
      stated('sambrukRole', AR, 'fick i år konferensansvar för ett helt föreläsarspår under en heldag'),
      withinMonth(INTERNETDAGARNA, 'November'),
    ],
  },
  {
    key: 'digigov-2017',
    title: 'DigiGov',
    kind: 'CONFERENCE',
    heldOn: '2017-12-01',
    format: 'ON_SITE',
    place: null,
    organiserKind: 'OTHER',
    organiserName: null,
    sambrukRole: 'EXHIBITOR',
    provenance: [stated('title', AR, DIGIGOV), stated('sambrukRole', AR, DIGIGOV), withinMonth(DIGIGOV, 'December')],
  },
  {
    key: 'provisum-seminar-nacka-2018',
    title: 'Provisum: open seminar day',
    kind: 'SEMINAR',
    heldOn: '2018-01-01',
    format: 'ON_SITE',
    place: 'Nacka',
    organiserKind: 'ASSOCIATION',
    organiserName: null,
    sambrukRole: 'HOST',
    provenance: [
      stated('title', AR, PROVISUM),
      stated('place', AR, PROVISUM),
      estimated(
        'heldOn',
        AR,
        PROVISUM,
        'Planned at the end of 2017 for "the beginning of 2018": the first day of 2018 is taken; the report does not say it was held.',
      ),
      estimated(
        'organiser',
        AR,
        'Seminariet kommer att videodokumenteras och läggas upp på Föreningen Sambruks webbplats.',
        "The report names no organiser; the seminar is planned in Sambruk's own Provisum section and published on its website.",
      ),
    ],
  },
];

/** The events of 2017 the annual report names (SEED, with their words), then the seminars of 2023 (DEMO), oldest first. */
export function worldEvents(): WorldEvent[] {
  const members = new Map(worldMembers(1).map((member) => [member.key, member.id]));
  const networks = new Map(worldNetworks(1).map((network) => [network.key, network.id]));
  const documented = EVENTS_2017.map(
    ({ memberKey, partnerKey, networkKey, ...event }): WorldEvent => ({
      ...event,
      id: stableId(`event:${event.key}`),
      organiserMemberId: memberKey ? members.get(memberKey)! : null,
      organiserPartnerId: partnerKey ? stableId(`partner:${partnerKey}`) : null,
      networkId: networkKey ? networks.get(networkKey)! : null,
      attendees: null,
      source: 'SEED',
    }),
  );
  const seminars = worldSeminars().map(
    ({ id, key, title, heldOn, format, networkId, organiserId, attendees }): WorldEvent => ({
      id,
      key,
      title,
      kind: 'SEMINAR',
      heldOn,
      format,
      place: null,
      organiserKind: 'MEMBER',
      organiserMemberId: organiserId,
      organiserPartnerId: null,
      organiserName: null,
      sambrukRole: 'CO_ORGANISER',
      networkId,
      attendees,
      source: 'DEMO',
      provenance: [],
    }),
  );
  return [...documented, ...seminars];
}
