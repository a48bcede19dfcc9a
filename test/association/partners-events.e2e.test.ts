import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { worldEvents } from '../../subgraphs/shared/seed-world/events';
import { worldPartnerRoles, worldPartners, worldServicePartnerRoles } from '../../subgraphs/shared/seed-world/partners';
import {
  AddNetworkPartnerRoleDocument,
  AddProjectPartnerRoleDocument,
  AddServicePartnerRoleDocument,
  CreatePartnerDocument,
  EndProjectPartnerRoleDocument,
  EndServicePartnerRoleDocument,
  EventsDocument,
  GoalsDocument,
  NetworkPartnerRolesDocument,
  PartnerDocument,
  PartnersDocument,
  type PartnersQuery,
  ProjectPartnerRolesDocument,
  SeminarsDocument,
  ServicePartnerRolesDocument,
} from '../generated/graphql';
import { ADMIN, dataOf, errorOf, type Hub, startHub } from '../hub';
import { quoted } from './sources';

let hub: Hub;
let partners: PartnersQuery['partners']['nodes'];
beforeAll(async () => {
  hub = await startHub(['membership', 'projects', 'services']);
  partners = dataOf(await hub.request(PartnersDocument, { first: 100 })).partners.nodes;
});
afterAll(() => hub?.stop());

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const partnerNamed = (name: string) => partners.find((partner) => partner.name === name)!;
const asAdmin = <T, V>(document: TypedDocumentNode<T, V>, variables: V) => hub.request(document, variables, { as: ADMIN });
const query = <T>(text: string): TypedDocumentNode<T, Record<string, never>> => parse(text);

describe('partners the documents name', () => {
  test('sixteen organisations, each SEED for its name with the words that name it; a kind the documents do not give is DEMO', () => {
    expect(partners.map((partner) => partner.name).sort()).toEqual(
      worldPartners()
        .map((partner) => partner.name)
        .sort(),
    );
    expect(partners).toHaveLength(16);
    for (const partner of partners) {
      const name = partner.provenance.find((row) => row.field === 'name')!;
      expect(name.source).toBe('SEED');
      expect(quoted(name.document!, name.quote!)).toBe(true);
    }
    expect(partnerNamed('Inera').provenance.find((row) => row.field === 'kind')).toMatchObject({ source: 'DEMO', document: null });
    expect(partnerNamed('VLM-institutet')).toMatchObject({ kind: 'ASSOCIATION', organisationNumber: null });
    expect(partnerNamed('VLM-institutet').provenance.find((row) => row.field === 'kind')?.quote).toBe('VLM-institutet (kommunal förening)');
  });

  test('OS2, the Danish counterpart, built Kravmotor, KITOS and Valghalla 2.0 and took part in the 2017 election study', () => {
    const os2 = partnerNamed('OS2');
    expect(os2.kind).toBe('ASSOCIATION');
    expect(os2.projectRoles.map((role) => [role.project.name, role.role]).sort()).toEqual([
      ['Election administration system (2017)', 'COLLABORATOR'],
      ['KITOS', 'DEVELOPER'],
      ['Kravmotor', 'DEVELOPER'],
      ['Valghalla 2.0', 'DEVELOPER'],
    ]);
    expect(os2.projectRoles.every((role) => role.source === 'SEED' && role.from === null && role.to === null)).toBe(true);
  });

  test('SKR is a partner and a member; Kungliga biblioteket funded Digidelnätverket in 2017; VINNOVA funded ivis 2015–2016', () => {
    expect(partnerNamed('SKR').member?.name).toBe('Sveriges Kommuner och Regioner');
    expect(
      partnerNamed('SKR')
        .projectRoles.map((role) => role.project.name)
        .sort(),
    ).toEqual(['GDPR inventory with AI support', 'Open-data definitions']);
    expect(partnerNamed('Kungliga biblioteket').networkRoles).toEqual([
      expect.objectContaining({ role: 'FUNDER', from: '2017-01-01', to: '2018-01-01', network: { name: 'Digidelnätverket' } }),
    ]);
    const vinnova = partnerNamed('VINNOVA').projectRoles[0];
    expect(vinnova).toMatchObject({ role: 'FUNDER', from: '2015-01-01', to: '2017-01-01', project: { name: 'ivis' } });
    expect(vinnova.provenance.find((row) => row.field === 'role')?.quote).toContain('med ett ekonomiskt stöd om 1,8 Mkr');
    expect(vinnova.provenance.find((row) => row.field === 'from')?.source).toBe('ESTIMATED');
  });

  test('every role the seed gives a partner quotes the documents word for word', () => {
    const roles = worldPartnerRoles();
    expect(roles).toHaveLength(14);
    for (const role of roles) for (const row of role.provenance) expect([row.field, quoted(row.document!, row.quote!)]).toEqual([row.field, true]);
    const answered = partners.flatMap((partner) => [...partner.projectRoles, ...partner.networkRoles]);
    expect(answered).toHaveLength(14);
  });

  test('filters: by kind, by role; networks by partner name, with the names derived from the roles', async () => {
    const authorities = dataOf(await hub.request(PartnersDocument, { filter: { kindIn: ['AUTHORITY'] } })).partners.nodes;
    expect(authorities.map((partner) => partner.name)).toEqual(['Kungliga biblioteket', 'Skolverket', 'VINNOVA']);
    const funders = dataOf(await hub.request(PartnersDocument, { filter: { roleIn: ['FUNDER'] } })).partners.nodes;
    expect(funders.map((partner) => partner.name)).toEqual(['Kungliga biblioteket', 'VINNOVA']);
    const withKivos = dataOf(await hub.request(NetworkPartnerRolesDocument, { partner: 'Kivos' })).networks.nodes;
    expect(withKivos).toEqual([
      {
        name: 'Digital signing',
        partners: ['Högskolan i Skövde', 'Kivos'],
        partnerRoles: [
          { role: 'PARTICIPANT', from: null, to: null, partner: { name: 'Högskolan i Skövde' } },
          { role: 'COLLABORATOR', from: null, to: null, partner: { name: 'Kivos' } },
        ],
      },
    ]);
    expect(dataOf(await hub.request(PartnerDocument, { id: UNKNOWN })).partner).toBeNull();
  });

  test('by role: every partner holding it on a project, a network or a service (Resursen manages Provisum, mySociety developed FixaMinGata), no other', async () => {
    const holds = (role: string) => (partner: (typeof partners)[number]) =>
      [...partner.projectRoles, ...partner.networkRoles, ...partner.serviceRoles].some((held) => held.role === role);
    for (const role of ['MANAGEMENT', 'DEVELOPER', 'COLLABORATOR', 'SUPPLIER']) {
      const found = dataOf(await hub.request(PartnersDocument, { filter: { roleIn: [role as 'MANAGEMENT'] }, first: 100 })).partners.nodes;
      expect([role, found.map((partner) => partner.name)]).toEqual([role, partners.filter(holds(role)).map((partner) => partner.name)]);
    }
    const managers = dataOf(await hub.request(PartnersDocument, { filter: { roleIn: ['MANAGEMENT'] } })).partners.nodes.map((partner) => partner.name);
    expect(managers).toContain('Resursen Sverige AB');
    const developers = dataOf(await hub.request(PartnersDocument, { filter: { roleIn: ['DEVELOPER'] } })).partners.nodes.map((partner) => partner.name);
    expect(developers).toContain('mySociety');
    expect(dataOf(await hub.request(PartnersDocument, { filter: { roleIn: [] } })).partners.totalCount).toBe(0);
  });

  test('partner roles on a list of projects cost the same SQL statements for 2 projects as for all 9 (no N+1)', async () => {
    const statements = async (first: number) => {
      let count = 0;
      const counted = await hub.countStatements(async () => {
        count = dataOf(await hub.request(ProjectPartnerRolesDocument, { first })).projects.nodes.flatMap((project) => project.partnerRoles).length;
      });
      return { count, projects: counted.projects };
    };
    const [few, all] = [await statements(2), await statements(100)];
    expect(all.count).toBe(10);
    expect(few.count).toBeLessThan(all.count);
    expect(few.projects).toBe(all.projects);
  });
});

describe('partners on collaboration services (services subgraph, partners by id through federation)', () => {
  test("Resursen Sverige AB is Provisum's management partner; mySociety built FixaMinGata's software; Skolverket works with Egil", async () => {
    const provisum = dataOf(await hub.request(ServicePartnerRolesDocument, { slug: 'provisum' })).service!;
    expect(provisum.partner?.name).toBe('Resursen Sverige AB');
    expect(provisum.partnerRoles).toEqual([
      expect.objectContaining({ role: 'MANAGEMENT', from: null, to: null, source: 'SEED', partner: { name: 'Resursen Sverige AB', kind: 'COMPANY' } }),
    ]);
    expect(provisum.partnerRoles[0].provenance[0].quote).toBe('förvaltningspartnern, Resursen Sverige AB');
    const fixamingata = dataOf(await hub.request(ServicePartnerRolesDocument, { slug: 'fixamingata' })).service!;
    expect(fixamingata.partner).toBeNull();
    expect(fixamingata.partnerRoles.map((role) => [role.partner.name, role.role]).sort()).toEqual([
      ['FlexiteBPMS', 'COLLABORATOR'],
      ['mySociety', 'DEVELOPER'],
    ]);
    expect(partnerNamed('Skolverket').serviceRoles).toEqual([{ role: 'COLLABORATOR', source: 'SEED', service: { slug: 'egil' } }]);
    for (const role of worldServicePartnerRoles()) for (const row of role.provenance) expect(quoted(row.document!, row.quote!)).toBe(true);
  });

  test('a management partner is added and ended; an unknown partner is NOT_FOUND (asked of the projects subgraph), an overlap CONFLICT', async () => {
    const { service: uka } = dataOf(await hub.request(query<{ service: { id: string } }>('{ service(slug: "uka") { id } }'), {}));
    const input = { serviceId: uka.id, partnerId: partnerNamed('Inera').id, role: 'MANAGEMENT' as const, from: '2024-01-01' };
    const { addServicePartnerRole } = dataOf(await asAdmin(AddServicePartnerRoleDocument, { input }));
    expect(addServicePartnerRole).toMatchObject({ role: 'MANAGEMENT', from: '2024-01-01', to: null, partner: { name: 'Inera' }, service: { slug: 'uka' } });
    expect(dataOf(await hub.request(ServicePartnerRolesDocument, { slug: 'uka' })).service!.partner?.name).toBe('Inera');
    expect(errorOf(await asAdmin(AddServicePartnerRoleDocument, { input: { ...input, from: '2025-01-01' } }))).toMatchObject({
      code: 'CONFLICT',
      message: 'input.partnerId: Inera already holds the role MANAGEMENT on UKA; end that role first or choose other days',
    });
    expect(errorOf(await asAdmin(AddServicePartnerRoleDocument, { input: { ...input, partnerId: UNKNOWN } }))).toMatchObject({
      code: 'NOT_FOUND',
      message: `input.partnerId: no partner with id "${UNKNOWN}"`,
    });
    expect(errorOf(await asAdmin(AddServicePartnerRoleDocument, { input: { ...input, serviceId: UNKNOWN } })).code).toBe('NOT_FOUND');
    expect(dataOf(await asAdmin(EndServicePartnerRoleDocument, { id: addServicePartnerRole.id, on: '2025-01-01' })).endServicePartnerRole.to).toBe(
      '2025-01-01',
    );
    expect(errorOf(await asAdmin(EndServicePartnerRoleDocument, { id: addServicePartnerRole.id, on: '2025-02-01' })).code).toBe('CONFLICT');
    expect(dataOf(await hub.request(ServicePartnerRolesDocument, { slug: 'uka' })).service!.partner?.name).toBe('Inera');
  });
});

describe('events of 2017, whoever organised them', () => {
  test('the annual report names nine: the spring conference Sambruk held at Offentliga Rummet on 30 May, eSam workshops, DigiGov, Internetdagarna…', async () => {
    const events = dataOf(await hub.request(EventsDocument, { from: '2017-01-01', to: '2018-12-31', first: 100 })).events.nodes;
    expect(
      events.map((event) => [
        event.heldOn,
        event.kind,
        event.organiserKind,
        event.organiserMember?.name ?? event.organiserPartner?.name ?? event.organiserName,
        event.sambrukRole,
      ]),
    ).toEqual([
      ['2017-02-01', 'SEMINAR', 'OTHER', 'Finansdepartementet', 'SPEAKER'],
      ['2017-03-01', 'INSPIRATION_DAY', 'MEMBER', 'Höglandets kommunalförbund', 'SPEAKER'],
      ['2017-05-30', 'CONFERENCE', 'ASSOCIATION', null, 'HOST'],
      ['2017-09-01', 'WORKSHOP', 'PARTNER', 'eSam', 'SPEAKER'],
      ['2017-10-01', 'WORKSHOP', 'PARTNER', 'eSam', 'SPEAKER'],
      ['2017-11-01', 'WORKSHOP', 'PARTNER', 'eSam', 'SPEAKER'],
      ['2017-11-01', 'CONFERENCE', 'OTHER', null, 'CO_ORGANISER'],
      ['2017-12-01', 'CONFERENCE', 'OTHER', null, 'EXHIBITOR'],
      ['2018-01-01', 'SEMINAR', 'ASSOCIATION', null, 'HOST'],
    ]);
    expect(events.every((event) => event.source === 'SEED' && event.format === 'ON_SITE' && event.attendees === null)).toBe(true);
    const spring = events[2];
    expect(spring).toMatchObject({ title: 'Vårkonferens: Digital transformation – hur och till vilken nytta?', place: 'Offentliga Rummet 2017, Sundsvall' });
    expect(spring.provenance.find((row) => row.field === 'heldOn')).toMatchObject({ source: 'SEED' });
    expect(spring.provenance.find((row) => row.field === 'heldOn')?.quote).toContain('den 30 maj');
    expect(events.find((event) => event.title.startsWith('Internetdagarna'))?.network?.name).toBe('Digidelnätverket');
    const nacka = events[8];
    expect(nacka).toMatchObject({ title: 'Provisum: open seminar day', place: 'Nacka' });
    expect(nacka.provenance.find((row) => row.field === 'heldOn')?.note).toMatch(/does not say it was held/);
  });

  test("every SEED event's fields quote the report; dates the report gives only as a month are ESTIMATED with a note", () => {
    const documented = worldEvents().filter((event) => event.source === 'SEED');
    expect(documented).toHaveLength(9);
    for (const row of documented.flatMap((event) => event.provenance)) {
      expect(quoted(row.document!, row.quote!)).toBe(true);
      if (row.source === 'ESTIMATED') expect(row.note).toBeTruthy();
    }
  });

  test('eSam organised three workshops; the seminars view holds only events of kind SEMINAR; none of 2017 was digital, so the goal counts none', async () => {
    expect(partnerNamed('eSam').organisedEvents.map((event) => event.title)).toEqual([
      'eSam workshop: Integration & arbetsmarknad',
      'eSam workshop: Vård & omsorg, hälsa och familj',
      'eSam workshop: Skola & lärande, utbildning',
    ]);
    const seminars2017 = dataOf(await hub.request(SeminarsDocument, { from: '2017-01-01', to: '2018-12-31' })).seminars.nodes;
    expect(seminars2017.map((seminar) => seminar.title)).toEqual(['Att dela öppen källkod i offentlig sektor', 'Provisum: open seminar day']);
    const goal = dataOf(await hub.request(GoalsDocument, { on: '2017-12-31' })).goals.find((candidate) => candidate.metric === 'DIGITAL_SEMINARS')!;
    expect(goal.progress).toMatchObject({ value: 0, seminars: [] });
  });
});

describe('recording partners and their roles', () => {
  const partnerCount = async () => dataOf(await hub.request(PartnersDocument, { first: 1 })).partners.totalCount;
  const projectId = async (name: string) =>
    dataOf(await hub.request(ProjectPartnerRolesDocument, { first: 100 })).projects.nodes.find((project) => project.name === name)!.id;

  test('createPartner records a partner; a taken name is CONFLICT, a wrong check digit BAD_USER_INPUT, anonymous callers FORBIDDEN', async () => {
    const input = {
      name: 'DIGG',
      kind: 'AUTHORITY' as const,
      organisationNumber: '202100-6545',
      website: 'https://www.digg.se',
      description: 'Agency for digital government.',
    };
    const { createPartner } = dataOf(await asAdmin(CreatePartnerDocument, { input }));
    expect(createPartner).toMatchObject({ name: 'DIGG', kind: 'AUTHORITY', organisationNumber: '202100-6545', source: 'ENTERED' });
    const before = await partnerCount();
    expect(errorOf(await asAdmin(CreatePartnerDocument, { input }))).toMatchObject({
      code: 'CONFLICT',
      message: 'input.name: a partner named "DIGG" is already recorded',
    });
    const wrongDigit = errorOf(await asAdmin(CreatePartnerDocument, { input: { ...input, name: 'Another agency', organisationNumber: '202100-6546' } }));
    expect(wrongDigit).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(wrongDigit.message).toMatch(/^input\.organisationNumber: .*check digit/);
    expect(errorOf(await asAdmin(CreatePartnerDocument, { input: { ...input, name: 'Plain web', website: 'http://example.se' } })).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await hub.request(CreatePartnerDocument, { input: { ...input, name: 'Not allowed' } })).code).toBe('FORBIDDEN');
    expect(await partnerCount()).toBe(before);
  });

  test('a role is added and ended; unknown ids are NOT_FOUND, an overlapping role CONFLICT, an end before the start BAD_USER_INPUT', async () => {
    const inera = partnerNamed('Inera').id;
    const kitos = await projectId('KITOS');
    const input = { projectId: kitos, partnerId: inera, role: 'COLLABORATOR' as const, from: '2024-01-01' };
    const { addProjectPartnerRole } = dataOf(await asAdmin(AddProjectPartnerRoleDocument, { input }));
    expect(addProjectPartnerRole).toMatchObject({ role: 'COLLABORATOR', from: '2024-01-01', to: null, source: 'ENTERED', partner: { name: 'Inera' } });
    expect(addProjectPartnerRole.project).toEqual({ name: 'KITOS', partners: ['Inera', 'OS2'] });

    const overlap = errorOf(await asAdmin(AddProjectPartnerRoleDocument, { input: { ...input, from: '2024-06-01' } }));
    expect(overlap).toMatchObject({ code: 'CONFLICT' });
    expect(overlap.message).toBe(
      'input.partnerId: Inera already holds the role COLLABORATOR on "KITOS" from 2024-01-01; end that role first or choose other days',
    );
    expect(errorOf(await asAdmin(AddProjectPartnerRoleDocument, { input: { ...input, partnerId: UNKNOWN } }))).toMatchObject({
      code: 'NOT_FOUND',
      message: `input.partnerId: no partner with id "${UNKNOWN}"`,
    });
    expect(errorOf(await asAdmin(AddProjectPartnerRoleDocument, { input: { ...input, projectId: UNKNOWN } })).message).toBe(
      `input.projectId: no project with id "${UNKNOWN}"`,
    );
    expect(errorOf(await asAdmin(AddProjectPartnerRoleDocument, { input: { ...input, role: 'SUPPLIER', to: '2023-01-01' } })).code).toBe('BAD_USER_INPUT');

    const ended = dataOf(await asAdmin(EndProjectPartnerRoleDocument, { id: addProjectPartnerRole.id, on: '2024-12-31' })).endProjectPartnerRole;
    expect(ended).toMatchObject({ from: '2024-01-01', to: '2024-12-31' });
    expect(errorOf(await asAdmin(EndProjectPartnerRoleDocument, { id: addProjectPartnerRole.id, on: '2025-01-31' })).code).toBe('CONFLICT');
    expect(errorOf(await asAdmin(EndProjectPartnerRoleDocument, { id: UNKNOWN, on: '2025-01-31' })).code).toBe('NOT_FOUND');
    const again = dataOf(await asAdmin(AddProjectPartnerRoleDocument, { input: { ...input, from: '2024-12-31' } })).addProjectPartnerRole;
    expect(again.from).toBe('2024-12-31');
    const { partner } = dataOf(await hub.request(PartnerDocument, { id: inera }));
    expect(partner?.projectRoles.map((role) => role.to)).toEqual(['2024-12-31', null]);
  });

  test('a role held since an unknown day overlaps every later one; the change goes into the audit trail', async () => {
    const kivos = partnerNamed('Kivos').id;
    const { networks } = dataOf(
      await hub.request(query<{ networks: { nodes: Array<{ id: string }> } }>('{ networks(search: "signing") { nodes { id } } }'), {}),
    );
    const input = { networkId: networks.nodes[0].id, partnerId: kivos, role: 'COLLABORATOR' as const, from: '2030-01-01' };
    expect(errorOf(await asAdmin(AddNetworkPartnerRoleDocument, { input })).code).toBe('CONFLICT');
    const { addNetworkPartnerRole } = dataOf(await asAdmin(AddNetworkPartnerRoleDocument, { input: { ...input, role: 'FUNDER' } }));
    type Audit = { projectsAuditTrail: { nodes: Array<{ operation: string; entityType: string; entityId: string; change: string }> } };
    const audit = dataOf(await asAdmin(query<Audit>('{ projectsAuditTrail(first: 5) { nodes { operation entityType entityId change } } }'), {}));
    expect(audit.projectsAuditTrail.nodes).toContainEqual({
      operation: 'addNetworkPartnerRole',
      entityType: 'NetworkPartnerRole',
      entityId: addNetworkPartnerRole.id,
      change: 'CREATED',
    });
  });

  test('roles added at the same moment: one is recorded, the others are CONFLICT', async () => {
    const sis = partnerNamed('SIS').id;
    const input = { projectId: await projectId('Valghalla 2.0'), partnerId: sis, role: 'SUPPLIER' as const, from: '2025-01-01' };
    const answers = await Promise.all(Array.from({ length: 6 }, () => asAdmin(AddProjectPartnerRoleDocument, { input })));
    const codes = answers.map((answer) => (answer.errors ? errorOf(answer).code : 'OK'));
    expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
    expect(codes.filter((code) => code === 'CONFLICT')).toHaveLength(5);
  });
});
