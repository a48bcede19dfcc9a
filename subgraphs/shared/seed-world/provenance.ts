import { DOCUMENTS, type DocumentFile } from './association';

/** Where one field of a seeded record comes from, when its record's `source` does not tell it alone. */
export interface WorldFieldSource {
  field: string;
  source: 'SEED' | 'ESTIMATED' | 'PUBLIC' | 'DEMO';
  document: DocumentFile | null;
  quote: string | null;
  note: string | null;
}

export const stated = (field: string, document: DocumentFile, quote: string): WorldFieldSource => ({ field, source: 'SEED', document, quote, note: null });

export const estimated = (field: string, document: DocumentFile, quote: string, note: string): WorldFieldSource => ({
  field,
  source: 'ESTIMATED',
  document,
  quote,
  note,
});

/** A public fact the documents do not state (a law, a registered change of name), named in `note`. */
export const publicFact = (field: string, note: string): WorldFieldSource => ({ field, source: 'PUBLIC', document: null, quote: null, note });

export const invented = (field: string, note: string): WorldFieldSource => ({ field, source: 'DEMO', document: null, quote: null, note });

const AR = DOCUMENTS.ANNUAL_REPORT_2017;
const VP = DOCUMENTS.BUSINESS_PLAN_2023;

/** The municipalities of the 2017 board's deputies, the non-municipal members of 2017, and Provisum's users that left. */
const DEPUTIES = 'Knivsta kommun Lomma kommun Gävle kommun Falkenbergs kommun Lycksele kommun Kungälvs kommun Karlstads kommun Alingsås kommun';
const OTHER_MEMBERS = 'samt SKL, Jönköpings läns landsting, Höglandets kommunalförbund, Västra Götalandsregionen och Västbergslagens Utbildningsförbund';
const PROVISUM_LEFT = 'grundutvecklingspartnern Västerås stad samt Kristianstad kommun valt att lämna samarbetet';

/** The words that name each member the documents name (SEED members), by member key. */
const MEMBER_QUOTES: Record<string, [DocumentFile, string]> = {
  karlstad: [AR, 'Karlstads kommun, Ordförande'],
  stockholm: [AR, 'Stockholms stad Bromma stadsdelsförvaltning'],
  nacka: [AR, 'Mats Bohman Nacka kommun'],
  storuman: [AR, 'Peter Åberg Storumans kommun'],
  lund: [AR, 'Eva-Lotta Elnertz Lunds kommun'],
  sandviken: [AR, 'Rejn Karlgren Sandvikens kommun'],
  molndal: [AR, 'Annika Samuelsson Mölndals kommun'],
  goteborg: [AR, 'Nisse Waldefeldt Göteborgs stad'],
  knivsta: [AR, DEPUTIES],
  lomma: [AR, DEPUTIES],
  gavle: [AR, DEPUTIES],
  falkenberg: [AR, DEPUTIES],
  lycksele: [AR, DEPUTIES],
  kungalv: [AR, DEPUTIES],
  alingsas: [AR, DEPUTIES],
  sollentuna: [AR, 'Sollentuna kommun har använt webbtjänstintegration och integrerat med ServiceNow'],
  lulea: [AR, 'Luleå kommun har under året tagit Provisum i drift'],
  jonkoping: [AR, 'Parallellt har utveckling skett av MySQL databas på uppdrag av Jönköpings kommun.'],
  vasteras: [AR, PROVISUM_LEFT],
  kristianstad: [AR, PROVISUM_LEFT],
  skr: [AR, 'Anders Nordh Sveriges kommuner och landsting'],
  jll: [AR, OTHER_MEMBERS],
  hoglandet: [AR, OTHER_MEMBERS],
  vgr: [AR, OTHER_MEMBERS],
  vbu: [AR, OTHER_MEMBERS],
};

/** The documents' words that name a member they name. */
export function memberNameSource(key: string): WorldFieldSource {
  const [document, quote] = MEMBER_QUOTES[key];
  return stated('name', document, quote);
}

/**
 * A member the documents name: its name from their words (or, when it has been renamed since, as `renamed` says); its
 * organisation number, join date, county and population are demonstration values (the documents give none of them), so
 * that membership counts and fees can be shown.
 */
export function namedMemberSources(key: string, renamed: string | null): WorldFieldSource[] {
  return [
    renamed ? publicFact('name', renamed) : memberNameSource(key),
    invented('organisationNumber', 'The documents give no organisation number for this member; this one is made up in a reserved range.'),
    invented('joinedOn', 'The documents do not say when this member joined; the day is drawn so that the documented member counts hold.'),
    invented('county', 'The documents do not give the county.'),
    invented('population', 'The documents do not give the population; the figure is a rounded demonstration value.'),
  ];
}

export { AR as ANNUAL_REPORT_FILE, VP as BUSINESS_PLAN_FILE };
