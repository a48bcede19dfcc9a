import { worldAssociation, worldBoardTerms, worldOffices } from '../../subgraphs/shared/seed-world/association';
import {
  type FieldProvenancePartsFragment,
  MemberProvenanceDocument,
  type MemberProvenanceQuery,
  SeedProvenanceDocument,
  type SeedProvenanceQuery,
} from '../generated/graphql';
import { dataOf, type Hub, startHub } from '../hub';
import { quoted } from './sources';

let hub: Hub;
let graph: SeedProvenanceQuery & MemberProvenanceQuery;
beforeAll(async () => {
  hub = await startHub(['membership', 'projects', 'finance', 'services']);
  graph = { ...dataOf(await hub.request(SeedProvenanceDocument)), ...dataOf(await hub.request(MemberProvenanceDocument)) };
});
afterAll(() => hub?.stop());

/** Every field source the graph answers, with the record it belongs to. */
function everySource(): Array<[string, FieldProvenancePartsFragment]> {
  const identities = graph.members.nodes.flatMap((member) => member.identities);
  const records = [...graph.members.nodes, ...identities, ...graph.projects.nodes, ...graph.networks.nodes, ...graph.partners.nodes];
  const named = records.flatMap((record) => record.provenance.map((row): [string, FieldProvenancePartsFragment] => [record.name, row]));
  const roles = graph.partners.nodes.flatMap((partner) =>
    [...partner.projectRoles, ...partner.networkRoles].flatMap((role) =>
      role.provenance.map((row): [string, FieldProvenancePartsFragment] => [partner.name, row]),
    ),
  );
  const events = graph.events.nodes.flatMap((event) => event.provenance.map((row): [string, FieldProvenancePartsFragment] => [event.title, row]));
  const seats = graph.board.seats.flatMap((seat) => seat.provenance.map((row): [string, FieldProvenancePartsFragment] => [seat.person, row]));
  return [...named, ...roles, ...events, ...seats];
}

test('every SEED and ESTIMATED field quotes words that stand in the named document; DEMO and PUBLIC fields quote nothing and say what they are', () => {
  const sources = everySource();
  expect(sources.length).toBeGreaterThan(100);
  const unquoted = sources.filter(
    ([, row]) => (row.source === 'SEED' || row.source === 'ESTIMATED') && !(row.document && row.quote && quoted(row.document, row.quote)),
  );
  expect(unquoted).toEqual([]);
  for (const [, row] of sources.filter(([, candidate]) => candidate.source === 'DEMO' || candidate.source === 'PUBLIC'))
    expect(row).toMatchObject({ document: null, quote: null });
  for (const [, row] of sources.filter(([, candidate]) => candidate.source !== 'SEED')) expect(row.note).toBeTruthy();
});

test('every SEED partner, partner role and event carries the words that state it', () => {
  const seeded = [
    ...graph.partners.nodes,
    ...graph.partners.nodes.flatMap((partner) => [...partner.projectRoles, ...partner.networkRoles]),
    ...graph.events.nodes,
  ];
  const unsourced = seeded.filter((record) => record.source === 'SEED' && !record.provenance.some((row) => row.source === 'SEED'));
  expect(seeded.filter((record) => record.source === 'SEED').length).toBeGreaterThan(35);
  expect(unsourced).toEqual([]);
});

test('the seed catalogue of the association, its board terms and offices quotes the documents word for word', () => {
  const facts = [worldAssociation(), ...worldBoardTerms(), ...worldOffices()];
  expect(facts.filter((fact) => !quoted(fact.document, fact.quote))).toEqual([]);
});

test("a member the documents name is SEED for its name only (PUBLIC where renamed since): Nacka's organisation number and join date are demonstration values", () => {
  const named = graph.members.nodes.filter((member) => member.source === 'SEED');
  expect(named).toHaveLength(25);
  const renamed = ['Region Jönköpings län', 'Sveriges Kommuner och Regioner'];
  for (const member of named) {
    const fields = Object.fromEntries(member.provenance.map((row) => [row.field, row.source]));
    const name = renamed.includes(member.name) ? 'PUBLIC' : 'SEED';
    expect(fields).toEqual({ name, organisationNumber: 'DEMO', joinedOn: 'DEMO', county: 'DEMO', population: 'DEMO' });
  }
  const nacka = named.find((member) => member.name === 'Nacka kommun')!;
  expect(nacka.provenance.find((row) => row.field === 'organisationNumber')?.note).toMatch(/no organisation number/);
});

test('projects as the documents have them: the GDPR inventory and SS 12000 go on, the 2017 election project is on hold, not cancelled', () => {
  const project = (name: string) => graph.projects.nodes.find((candidate) => candidate.name === name)!;
  const gdpr = project('GDPR inventory with AI support');
  expect(gdpr.phase).toBe('ACTIVE');
  expect(gdpr.phases.map((change) => change.phase)).not.toContain('COMPLETED');
  expect(gdpr.provenance.map((row) => [row.field, row.source])).toEqual([['phases', 'ESTIMATED']]);
  expect(project('Open school systems (SS 12000)').phase).toBe('ACTIVE');
  const election = project('Election administration system (2017)');
  expect(election.phase).toBe('ON_HOLD');
  expect(election.provenance[0].quote).toContain('har arbetet avstannat tills vidare');
  const preStudy = project('Digital learning resources on tap');
  expect(preStudy.provenance.map((row) => [row.field, row.source])).toEqual([['phases', 'DEMO']]);
});

test('Internetstiftelsen is no Digidel partner; the 2022 budget, quoted in the business plan, has no adoption date', () => {
  const digidel = graph.networks.nodes.find((network) => network.name === 'Digidelnätverket')!;
  expect(digidel.partners).toEqual(['Kungliga biblioteket']);
  expect(quoted('arsredovisning-2017.txt', 'Under 2017 har Kungliga biblioteket bidragit med ekonomiska medel')).toBe(true);
  expect(graph.budget).toEqual({ issuedOn: null, status: 'ADOPTED' });
});
