import { stableId } from './random';

/** The documents the seed quotes, by the file name of their text in docs/sources/. */
export const DOCUMENTS = {
  ANNUAL_REPORT_2017: 'arsredovisning-2017.txt',
  BUSINESS_PLAN_2023: 'verksamhetsplan-2023.txt',
} as const;

export type DocumentFile = (typeof DOCUMENTS)[keyof typeof DOCUMENTS];

/** A fact and the words of the document that state it (whitespace as in the document may differ). */
export interface Quote {
  document: DocumentFile;
  quote: string;
}

export interface WorldAssociation extends Quote {
  id: string;
  name: string;
  shortName: string;
  organisationNumber: string;
  seat: string;
  networkSince: number;
  associationSince: number;
  vision: string;
  mission: string;
}

/** Ideella föreningen Sambruk, as both documents describe it. */
export function worldAssociation(): WorldAssociation {
  return {
    id: stableId('association:sambruk'),
    name: 'Ideella föreningen Sambruk med firma Sambruk i Sverige',
    shortName: 'Sambruk',
    organisationNumber: '802428-2785',
    seat: 'Sandviken',
    networkSince: 2002,
    associationSince: 2005,
    vision:
      'Vår vision är att alla kommuner ger sina medarbetare och invånare möjligheten att hantera sina ärenden på ett kostnadseffektivt, hållbart, smart ' +
      'och tillgängligt sätt.',
    mission:
      'Vår mission är att vara en attraktiv och naturlig del av medlemmarnas digitala transformation och utveckling genom att erbjuda relevanta digitala ' +
      'tjänster av och för medlemmarna samt kostnadseffektiv samverkan kring kompetens, och utveckling av digitala tjänster.',
    document: DOCUMENTS.BUSINESS_PLAN_2023,
    quote: 'Sambruk startade som ett nätverk 2002. 2005 ombildades nätverket till en förening',
  };
}

export interface WorldBoardTerm extends Quote {
  id: string;
  electedOn: string;
  electedAt: string;
  servesUntil: string;
  lastRecordedOn: string;
  reportYear: number;
  minutedMeetings: number;
}

/** The board elected at the annual meeting 2017-05-30: in office until the next annual meeting, whose day the documents do not give. */
export function worldBoardTerms(): WorldBoardTerm[] {
  return [
    {
      id: stableId('board-term:2017-05-30'),
      electedOn: '2017-05-30',
      electedAt: "Annual meeting (årsstämma) 2017-05-30, on the nominating committee's proposal",
      servesUntil: 'The next annual meeting, in 2018; the documents do not give its day.',
      lastRecordedOn: '2018-03-16',
      reportYear: 2017,
      minutedMeetings: 6,
      document: DOCUMENTS.ANNUAL_REPORT_2017,
      quote: 'Styrelsen har under verksamhetsåret hållit sex protokollförda sammanträden.',
    },
  ];
}

export type OfficeRole =
  | 'EXECUTIVE_OFFICER'
  | 'EMPLOYEE'
  | 'BOARD_SECRETARY'
  | 'NOMINATING_COMMITTEE'
  | 'AUDITOR'
  | 'DEPUTY_AUDITOR'
  | 'SECRETARIAT_AND_ACCOUNTING';

export interface WorldOffice extends Quote {
  id: string;
  role: OfficeRole;
  holder: string | null;
  organisation: string | null;
  duties: string;
  status: 'HELD' | 'VACANT' | 'PLANNED';
  from: string;
  to: string | null;
}

type OfficeDraft = Omit<WorldOffice, 'id' | 'document'> & { key: string; document?: DocumentFile };

const YEAR_2017 = { from: '2017-01-01', to: '2018-01-01' };
const TERM_2017 = { from: '2017-05-30', to: '2018-01-01' };
const YEAR_2023 = { from: '2023-01-01', to: '2024-01-01' };
const PWC = 'Öhrlings PricewaterhouseCoopers AB, Gävle';

const OFFICES: OfficeDraft[] = [
  {
    key: 'executive-officer-2017',
    role: 'EXECUTIVE_OFFICER',
    holder: 'Claes-Olof Olsson',
    organisation: null,
    duties: 'Executive officer (verkställande tjänsteman): overall planning and follow-up towards the board; part time on a consultancy contract.',
    status: 'HELD',
    ...YEAR_2017,
    quote: 'Claes-Olof Olsson innehar funktionen Verkställande tjänsteman',
  },
  {
    key: 'lead-2017',
    role: 'EMPLOYEE',
    holder: 'Lotta Ruderfors',
    organisation: null,
    duties:
      "Project and management lead for several of the association's commitments; follow-up of projects and events; website, newsletters and social channels.",
    status: 'HELD',
    ...YEAR_2017,
    quote: 'Lotta Ruderfors roll är dels projekt- respektive förvaltningsledare för flera av Föreningens åtaganden',
  },
  {
    key: 'board-secretary-2017',
    role: 'BOARD_SECRETARY',
    holder: 'Lotta Ruderfors',
    organisation: null,
    duties: 'Secretary of the board, where she also reports on the projects.',
    status: 'HELD',
    ...YEAR_2017,
    quote: 'Lotta är också sekreterare i föreningsstyrelsen',
  },
  {
    key: 'secretariat-2017',
    role: 'SECRETARIAT_AND_ACCOUNTING',
    holder: null,
    organisation: 'Sekreterarjouren i Sandviken',
    duties: 'Other administrative office services and the financial administration, bought from an external firm.',
    status: 'HELD',
    ...YEAR_2017,
    quote: 'Övriga administrativa kanslitjänster, liksom ekonomiadministrationen köps in av extern firma, Sekreterarjouren i Sandviken.',
  },
  {
    key: 'nominating-committee-2017-hansson',
    role: 'NOMINATING_COMMITTEE',
    holder: 'Inge Hansson',
    organisation: 'Ardline (formerly IT director of Karlstads kommun)',
    duties: 'Nominating committee (valberedning) until the next annual meeting.',
    status: 'HELD',
    ...TERM_2017,
    quote: 'Inge Hansson, Ardline, (tidigare IT-chef i Karlstads kommun)',
  },
  {
    key: 'nominating-committee-2017-vacant',
    role: 'NOMINATING_COMMITTEE',
    holder: null,
    organisation: null,
    duties: 'Second seat on the nominating committee: vacant; the board was to come back with a proposal.',
    status: 'VACANT',
    ...TERM_2017,
    quote: 'Vakant styrelsen återkommer med förslag till ytterligare ledamot i valberedningen',
  },
  {
    key: 'auditor-2017',
    role: 'AUDITOR',
    holder: 'Pär Månsson',
    organisation: PWC,
    duties: 'Auditor (revisor), authorised public accountant, until the next annual meeting.',
    status: 'HELD',
    ...TERM_2017,
    quote: 'välja Pär Månsson som revisor och Dennis Hedberg som revisorssuppleant, båda Öhrlings PricewaterhouseCoopers, Gävle',
  },
  {
    key: 'deputy-auditor-2017',
    role: 'DEPUTY_AUDITOR',
    holder: 'Dennis Hedberg',
    organisation: PWC,
    duties: 'Deputy auditor (revisorssuppleant) until the next annual meeting.',
    status: 'HELD',
    ...TERM_2017,
    quote: 'välja Pär Månsson som revisor och Dennis Hedberg som revisorssuppleant, båda Öhrlings PricewaterhouseCoopers, Gävle',
  },
  {
    key: 'executive-officer-2023',
    role: 'EXECUTIVE_OFFICER',
    holder: null,
    organisation: null,
    duties: 'Executive officer (verkställande tjänsteperson); the business plan does not name the person.',
    status: 'HELD',
    ...YEAR_2023,
    document: DOCUMENTS.BUSINESS_PLAN_2023,
    quote: 'Sambruk har nu tre anställda utöver verkställande tjänsteperson.',
  },
  ...[1, 2, 3].map(
    (number): OfficeDraft => ({
      key: `employee-2023-${number}`,
      role: 'EMPLOYEE',
      holder: null,
      organisation: null,
      duties: `Employee ${number} of three besides the executive officer (management and project leadership); the business plan does not name them.`,
      status: 'HELD',
      ...YEAR_2023,
      document: DOCUMENTS.BUSINESS_PLAN_2023,
      quote: 'Sambruk har nu tre anställda utöver verkställande tjänsteperson.',
    }),
  ),
  {
    key: 'management-lead-2023-planned',
    role: 'EMPLOYEE',
    holder: null,
    organisation: null,
    duties: 'One more management lead (förvaltningsledare) the association plans to employ during 2023.',
    status: 'PLANNED',
    ...YEAR_2023,
    document: DOCUMENTS.BUSINESS_PLAN_2023,
    quote: 'Under 2023 planerar föreningen därför att anställa ytterligare en förvaltningsledare.',
  },
  {
    key: 'secretariat-2023',
    role: 'SECRETARIAT_AND_ACCOUNTING',
    holder: null,
    organisation: 'Sekreterarjouren i Sandviken',
    duties: 'Accounting and other office administration.',
    status: 'HELD',
    ...YEAR_2023,
    document: DOCUMENTS.BUSINESS_PLAN_2023,
    quote: 'Föreningen Sambruk anlitar Sekreterarjouren i Sandviken för att sköta redovisning samt övrig kansliadministration.',
  },
  {
    key: 'auditor-2023',
    role: 'AUDITOR',
    holder: null,
    organisation: 'PwC',
    duties: "The association's auditor; the business plan names the firm only.",
    status: 'HELD',
    ...YEAR_2023,
    document: DOCUMENTS.BUSINESS_PLAN_2023,
    quote: 'Föreningens revisor är PwC.',
  },
];

/**
 * Who held which office (staff, secretary, nominating committee, auditors, bought-in services) over the
 * period the documents describe: the year of the annual report 2017, the annual meeting's term for elected
 * offices, and the year 2023 of the business plan. The documents say nothing of the time before or after.
 */
export function worldOffices(): WorldOffice[] {
  return OFFICES.map(({ key, document = DOCUMENTS.ANNUAL_REPORT_2017, ...office }) => ({ ...office, id: stableId(`office:${key}`), document }));
}
