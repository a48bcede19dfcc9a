import { organisationNumber } from '../domain/organisation-number';
import { slug } from '../domain/text';
import { renameOf, type WorldIdentity, worldIdentities } from './identities';
import { memberNameSource, namedMemberSources, type WorldFieldSource } from './provenance';
import { createRandom, type Random, stableId } from './random';
import { copyId, copyKey, copyNumbers, seedScale } from './scale';

export type MemberKind = 'MUNICIPALITY' | 'REGION' | 'COUNTY_COUNCIL' | 'MUNICIPAL_FEDERATION' | 'ASSOCIATION' | 'OTHER';
export type Source = 'SEED' | 'DEMO';

export interface WorldRepresentative {
  id: string;
  name: string;
  role: string;
  email: string;
  phone: string;
}

export interface WorldMember {
  id: string;
  /** Short stable handle used by the other parts of the world, e.g. "nacka". */
  key: string;
  /** The name and kind of its latest identity. */
  name: string;
  kind: MemberKind;
  /** Its names and kinds from the day it joined, oldest first. */
  identities: WorldIdentity[];
  organisationNumber: string;
  county: string | null;
  population: number | null;
  joinedOn: string;
  leftOn: string | null;
  source: Source;
  /** Field by field, for a SEED member: which of its values the documents give. */
  provenance: WorldFieldSource[];
  representatives: WorldRepresentative[];
}

export interface WorldBoardAssignment {
  id: string;
  person: string;
  memberKey: string;
  role: 'CHAIR' | 'VICE_CHAIR' | 'ORDINARY' | 'DEPUTY';
  from: string;
  to: string | null;
  termId: string;
  /** Why the person left before the term ended, in the report's words made English; null when they did not. */
  endReason: string | null;
  /** The report's words on the departure; `to` is an estimate within "during the year". */
  endQuote: string | null;
}

const COUNTIES: Record<string, string> = {
  AB: 'Stockholms län',
  C: 'Uppsala län',
  D: 'Södermanlands län',
  E: 'Östergötlands län',
  F: 'Jönköpings län',
  G: 'Kronobergs län',
  H: 'Kalmar län',
  I: 'Gotlands län',
  K: 'Blekinge län',
  M: 'Skåne län',
  N: 'Hallands län',
  O: 'Västra Götalands län',
  S: 'Värmlands län',
  T: 'Örebro län',
  U: 'Västmanlands län',
  W: 'Dalarnas län',
  X: 'Gävleborgs län',
  Y: 'Västernorrlands län',
  Z: 'Jämtlands län',
  AC: 'Västerbottens län',
  BD: 'Norrbottens län',
};

/**
 * Members the source texts name (board 2017, service users, the five non-municipal members of 2017), by the name the texts
 * give and the kind they have today (see identities.ts for renames and the county councils that became regions).
 */
const NAMED = `
karlstad|Karlstads kommun|MUNICIPALITY|S|95000
stockholm|Stockholms stad|MUNICIPALITY|AB|978000
nacka|Nacka kommun|MUNICIPALITY|AB|108000
storuman|Storumans kommun|MUNICIPALITY|AC|5900
lund|Lunds kommun|MUNICIPALITY|M|128000
sandviken|Sandvikens kommun|MUNICIPALITY|X|39000
molndal|Mölndals stad|MUNICIPALITY|O|70000
goteborg|Göteborgs stad|MUNICIPALITY|O|590000
knivsta|Knivsta kommun|MUNICIPALITY|C|20000
lomma|Lomma kommun|MUNICIPALITY|M|25000
gavle|Gävle kommun|MUNICIPALITY|X|103000
falkenberg|Falkenbergs kommun|MUNICIPALITY|N|46000
lycksele|Lycksele kommun|MUNICIPALITY|AC|12000
kungalv|Kungälvs kommun|MUNICIPALITY|O|48000
alingsas|Alingsås kommun|MUNICIPALITY|O|42000
sollentuna|Sollentuna kommun|MUNICIPALITY|AB|75000
lulea|Luleå kommun|MUNICIPALITY|BD|79000
jonkoping|Jönköpings kommun|MUNICIPALITY|F|143000
vasteras|Västerås stad|MUNICIPALITY|U|157000
kristianstad|Kristianstads kommun|MUNICIPALITY|M|86000
skr|Sveriges Kommuner och Landsting|ASSOCIATION||
jll|Jönköpings läns landsting|REGION|F|365000
hoglandet|Höglandets kommunalförbund|MUNICIPAL_FEDERATION|F|
vgr|Västra Götalandsregionen|REGION|O|1740000
vbu|Västbergslagens Utbildningsförbund|MUNICIPAL_FEDERATION|W|`;

/** Other Swedish organisations used as DEMO members: the texts give ~140 members but name few. */
const DEMO = `
Botkyrka|AB|95000 Danderyd|AB|33000 Ekerö|AB|29000 Haninge|AB|96000 Huddinge|AB|113000 Järfälla|AB|84000
Lidingö|AB|48000 Norrtälje|AB|63000 Nynäshamn|AB|29000 Salem|AB|17000 Sigtuna|AB|50000 Solna|AB|84000
Sundbyberg|AB|53000 Södertälje|AB|101000 Tyresö|AB|49000 Täby|AB|74000 Upplands Väsby|AB|48000 Vallentuna|AB|35000
Vaxholm|AB|12000 Värmdö|AB|46000 Österåker|AB|47000 Upplands-Bro|AB|30000 Uppsala|C|240000 Enköping|C|46000
Tierp|C|21000 Östhammar|C|22000 Håbo|C|22000 Heby|C|14000 Eskilstuna|D|107000 Nyköping|D|57000
Katrineholm|D|34000 Strängnäs|D|38000 Flen|D|17000 Oxelösund|D|12000 Linköping|E|165000 Norrköping|E|144000
Motala|E|44000 Mjölby|E|28000 Finspång|E|22000 Värnamo|F|34000 Nässjö|F|31000 Vetlanda|F|27000
Eksjö|F|17000 Gislaved|F|29000 Tranås|F|19000 Växjö|G|95000 Ljungby|G|28000 Älmhult|G|18000
Kalmar|H|71000 Västervik|H|36000 Oskarshamn|H|27000 Nybro|H|20000 Gotland|I|61000 Karlskrona|K|66000
Karlshamn|K|32000 Ronneby|K|29000 Malmö|M|357000 Helsingborg|M|150000 Landskrona|M|46000 Trelleborg|M|46000
Ystad|M|31000 Eslöv|M|34000 Hässleholm|M|52000 Ängelholm|M|42000 Höganäs|M|27000 Vellinge|M|37000
Staffanstorp|M|26000 Burlöv|M|20000 Kävlinge|M|32000 Halmstad|N|104000 Varberg|N|66000 Kungsbacka|N|85000
Laholm|N|26000 Borås|O|114000 Trollhättan|O|59000 Uddevalla|O|57000 Skövde|O|57000 Lerum|O|43000
Partille|O|40000 Härryda|O|39000 Ale|O|32000 Stenungsund|O|27000 Lidköping|O|40000 Vänersborg|O|40000
Falköping|O|33000 Mark|O|35000 Ulricehamn|O|25000 Orust|O|15000 Tjörn|O|16000 Öckerö|O|13000
Arvika|S|26000 Kristinehamn|S|24000 Hammarö|S|17000 Säffle|S|15000 Sunne|S|13000 Torsby|S|11000
Örebro|T|157000 Kumla|T|22000 Karlskoga|T|30000 Lindesberg|T|23000 Hallsberg|T|16000 Köping|U|26000
Sala|U|23000 Fagersta|U|13000 Arboga|U|14000 Falun|W|59000 Borlänge|W|52000 Mora|W|20000
Ludvika|W|26000 Avesta|W|23000 Leksand|W|16000 Hudiksvall|X|37000 Söderhamn|X|26000 Bollnäs|X|26000
Ljusdal|X|19000 Ockelbo|X|6000 Hofors|X|9000 Sundsvall|Y|99000 Härnösand|Y|25000 Örnsköldsvik|Y|56000
Timrå|Y|18000 Kramfors|Y|18000 Östersund|Z|64000 Krokom|Z|15000 Åre|Z|12000 Umeå|AC|130000
Skellefteå|AC|74000 Vännäs|AC|9000 Vindeln|AC|5000 Piteå|BD|42000 Boden|BD|28000 Kiruna|BD|23000
Gällivare|BD|17000 Kalix|BD|16000`;

const DEMO_OTHERS: Array<[string, MemberKind, string, number | null]> = [
  ['Region Örebro län', 'REGION', 'T', 305000],
  ['Göteborgsregionen', 'MUNICIPAL_FEDERATION', 'O', null],
  ['Region Gävleborg', 'REGION', 'X', 287000],
];

export const FIRST_NAMES = [
  'Anna',
  'Erik',
  'Maria',
  'Lars',
  'Karin',
  'Johan',
  'Sara',
  'Anders',
  'Eva',
  'Per',
  'Lena',
  'Mikael',
  'Åsa',
  'Björn',
  'Ingrid',
  'Göran',
  'Sofia',
  'Jörgen',
  'Helena',
  'Ulf',
];
export const LAST_NAMES = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Pettersson',
  'Jonsson',
  'Lindberg',
  'Lindqvist',
  'Öberg',
  'Åström',
  'Sjöberg',
  'Holm',
  'Bergström',
  'Ekström',
];

/** How the DEMO members' dates are laid out so the counts in the texts hold (see DOMAIN.md). */
export const MEMBERSHIP_PLAN = {
  leftBefore2016: 9,
  leftDuring2017: 7,
  joinedDuring2017: 5,
  activeThrough2017: 93,
  leftDuring2020: 2,
  joinedFrom2018To2022: 44,
  joinedDuring2023: 4,
} as const;

interface Draft {
  key: string;
  name: string;
  kind: MemberKind;
  county: string | null;
  population: number | null;
  source: Source;
}

function drafts(): { named: Draft[]; demo: Draft[] } {
  const named = NAMED.trim()
    .split('\n')
    .map((line) => {
      const [key, name, kind, county, population] = line.split('|');
      return {
        key,
        name,
        kind: kind as MemberKind,
        county: COUNTIES[county] ?? null,
        population: population ? Number(population) : null,
        source: 'SEED' as const,
      };
    });
  const municipalities = DEMO.trim()
    .split(/(?<=\d)\s+/)
    .map((entry) => {
      const [place, county, population] = entry.split('|');
      const name = place === 'Gotland' ? 'Region Gotland' : `${place} kommun`;
      return { key: slug(place), name, kind: 'MUNICIPALITY' as const, county: COUNTIES[county], population: Number(population), source: 'DEMO' as const };
    });
  const others = DEMO_OTHERS.map(([name, kind, county, population]) => ({
    key: slug(name),
    name,
    kind,
    county: COUNTIES[county],
    population,
    source: 'DEMO' as const,
  }));
  return { named, demo: [...municipalities, ...others] };
}

/**
 * Every member the hub starts with: the named ones (SEED) and deterministic DEMO fill, dated so that
 * 98 are members at the end of 2017 (7 left and 5 joined that year) and 140 on 2023-01-01; at a
 * larger scale followed by the DEMO copies (see scale.ts).
 */
export function worldMembers(scale = seedScale()): WorldMember[] {
  const members = baseMembers();
  return [...members, ...copyNumbers(scale).flatMap((copy) => members.map((member, index) => copyOf(member, copy, copy * members.length + index + 1)))];
}

/** What a scaled seed calls its DEMO copies, by kind: "Demokommun 0141". */
const COPY_NAMES: Record<MemberKind, string> = {
  MUNICIPALITY: 'Demokommun',
  REGION: 'Demoregion',
  COUNTY_COUNCIL: 'Demolandsting',
  MUNICIPAL_FEDERATION: 'Demoförbund',
  ASSOCIATION: 'Demoförening',
  OTHER: 'Demoorganisation',
};

const organisationPrefix = (kind: MemberKind) => (kind === 'MUNICIPALITY' || kind === 'REGION' || kind === 'COUNTY_COUNCIL' ? '21200' : '22200');

function representative(random: Random, key: string): WorldRepresentative {
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  return {
    id: stableId(`representative:${key}`),
    name: `${first} ${last}`,
    role: 'Formal representative',
    email: `${slug(first)}.${slug(last)}@${key}.example`,
    phone: `+46 ${random.int(10, 99)} ${random.int(100, 999)} ${random.int(10, 99)} ${random.int(10, 99)}`,
  };
}

/** A DEMO copy of a member, numbered `serial`: same kind, county, population and membership days. */
function copyOf(member: WorldMember, copy: number, serial: number): WorldMember {
  const key = copyKey(member.key, copy);
  const number = String(serial).padStart(4, '0');
  const identities = member.identities.map((identity) => ({
    ...identity,
    id: stableId(`member-identity:${key}:${identity.from}`),
    name: `${COPY_NAMES[identity.kind]} ${number}`,
    source: 'DEMO' as const,
    provenance: [],
  }));
  return {
    ...member,
    id: copyId(member.key, copy),
    key,
    name: identities.at(-1)!.name,
    identities,
    organisationNumber: organisationNumber(`${organisationPrefix(member.kind)}${number}`),
    source: 'DEMO',
    provenance: [],
    representatives: [representative(createRandom(serial), key)],
  };
}

function baseMembers(): WorldMember[] {
  const random = createRandom(2005);
  const { named, demo } = drafts();
  const plan = MEMBERSHIP_PLAN;
  const demoMunicipalities = demo.filter((d) => d.kind === 'MUNICIPALITY');
  const demoOthers = demo.filter((d) => d.kind !== 'MUNICIPALITY');
  let cursor = 0;
  const take = (count: number) => {
    cursor += count;
    return demoMunicipalities.slice(cursor - count, cursor);
  };

  const dated: Array<Draft & { joinedOn: string; leftOn: string | null }> = [];
  const add = (items: Draft[], joined: [string, string], left: [string, string] | null) => {
    for (const item of items) dated.push({ ...item, joinedOn: random.date(...joined), leftOn: left ? random.date(...left) : null });
  };
  add(named, ['2005-05-01', '2014-12-31'], null);
  add(take(plan.activeThrough2017 - named.length - plan.leftDuring2020), ['2005-05-01', '2016-12-31'], null);
  add(take(plan.leftDuring2020), ['2006-01-01', '2015-12-31'], ['2020-01-01', '2020-12-31']);
  add(take(plan.leftDuring2017), ['2006-01-01', '2015-12-31'], ['2017-01-02', '2017-12-31']);
  add(take(plan.joinedDuring2017), ['2017-01-01', '2017-12-31'], null);
  add(take(plan.leftBefore2016), ['2005-05-01', '2009-12-31'], ['2010-01-01', '2015-12-31']);
  add([...take(plan.joinedFrom2018To2022 - demoOthers.length), ...demoOthers], ['2018-01-01', '2022-12-31'], null);
  add(take(plan.joinedDuring2023), ['2023-01-02', '2023-12-31'], null);

  return dated.map((member, index) => {
    const named = member.source === 'SEED';
    const identities = worldIdentities(member, named ? memberNameSource(member.key) : null);
    const latest = identities.at(-1)!;
    return {
      ...member,
      id: stableId(`member:${member.key}`),
      name: latest.name,
      kind: latest.kind,
      identities,
      organisationNumber: organisationNumber(`${organisationPrefix(member.kind)}${String(index + 1).padStart(4, '0')}`),
      provenance: named ? namedMemberSources(member.key, renameOf(member.key)?.note ?? null) : [],
      representatives: [representative(random, member.key)],
    };
  });
}

/** Members of the 2017 board who left during the year: the report gives the year and the reason, not the day. */
const LEFT_DURING_2017: Record<string, [reason: string, quote: string]> = {
  'Eva-Lotta Elnertz': [
    'Her employment with the municipality ended.',
    'Under året har Eva-Lotta Elnertz, Lund och Nisse Waldefeldt, Göteborg avgått ur styrelsen, eftersom deras anställning i respektive kommun avslutats.',
  ],
  'Nisse Waldefeldt': [
    'His employment with the municipality ended.',
    'Under året har Eva-Lotta Elnertz, Lund och Nisse Waldefeldt, Göteborg avgått ur styrelsen, eftersom deras anställning i respektive kommun avslutats.',
  ],
  'Peter Olsson': [
    'A long-term assignment outside Karlstads kommun.',
    'Likaså har Peter Olsson, Karlstad avgått, p g a annat långtidsuppdrag utanför Karlstads kommun.',
  ],
};

/** Where a departure "during 2017" is placed: the last day of the year, the latest day they can have left. */
export const LEFT_DURING_2017_ON = '2017-12-31';

/** The board elected at the annual meeting 2017-05-30 (annual report 2017), three of whom left during 2017. */
export function worldBoard(): WorldBoardAssignment[] {
  const from = '2017-05-30';
  const seats: Array<[string, string, WorldBoardAssignment['role']]> = [
    ['Monika Bubholz', 'karlstad', 'CHAIR'],
    ['Peter Dacke', 'stockholm', 'VICE_CHAIR'],
    ['Mats Bohman', 'nacka', 'ORDINARY'],
    ['Peter Åberg', 'storuman', 'ORDINARY'],
    ['Eva-Lotta Elnertz', 'lund', 'ORDINARY'],
    ['Rejn Karlgren', 'sandviken', 'ORDINARY'],
    ['Anders Nordh', 'skr', 'ORDINARY'],
    ['Annika Samuelsson', 'molndal', 'ORDINARY'],
    ['Nisse Waldefeldt', 'goteborg', 'ORDINARY'],
    ['Anders Fredriksson', 'knivsta', 'DEPUTY'],
    ['Patrik Flensburg', 'lomma', 'DEPUTY'],
    ['Marie Nilsson', 'gavle', 'DEPUTY'],
    ['Torbjörn Larsson', 'falkenberg', 'DEPUTY'],
    ['Marie Ahlqvist', 'lycksele', 'DEPUTY'],
    ['Lars-Olof Lindblad', 'kungalv', 'DEPUTY'],
    ['Peter Olsson', 'karlstad', 'DEPUTY'],
    ['Göran Westerlund', 'alingsas', 'DEPUTY'],
  ];
  const termId = stableId(`board-term:${from}`);
  return seats.map(([person, memberKey, role]) => {
    const [endReason, endQuote] = LEFT_DURING_2017[person] ?? [null, null];
    return { id: stableId(`board:${from}:${person}`), person, memberKey, role, from, to: endReason ? LEFT_DURING_2017_ON : null, termId, endReason, endQuote };
  });
}
