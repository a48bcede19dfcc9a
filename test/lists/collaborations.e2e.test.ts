import { organisationNumber } from '../../subgraphs/shared/domain/organisation-number';
import { AdmitListedMemberDocument, MembershipAuditListDocument, NetworkListDocument, ProjectListDocument, SeminarListDocument } from '../generated/graphql';
import { ADMIN, dataOf, errorOf, type Hub, startHub } from '../hub';

let hub: Hub;
beforeAll(async () => {
  hub = await startHub(['membership', 'projects'], { today: '2026-06-15' });
});
afterAll(() => hub?.stop());

test('projects: phases as a set, a start-day range, partners, sorted by start day', async () => {
  const all = dataOf(await hub.request(ProjectListDocument, { first: 1000 })).projects.nodes;
  const running = dataOf(await hub.request(ProjectListDocument, { filter: { phaseIn: ['ACTIVE', 'COMPLETED'] }, first: 1000 })).projects;
  expect(running.totalCount).toBe(all.filter((project) => ['ACTIVE', 'COMPLETED'].includes(project.phase)).length);
  const partner = all.find((project) => project.partners.length)!.partners[0];
  const withPartner = dataOf(await hub.request(ProjectListDocument, { filter: { partnerIn: [partner, 'Nobody AB'] }, first: 1000 })).projects;
  expect(withPartner.totalCount).toBe(all.filter((project) => project.partners.includes(partner)).length);
  const byStart = dataOf(await hub.request(ProjectListDocument, { orderBy: [{ field: 'STARTED_ON', direction: 'DESC' }], first: 1000 })).projects.nodes;
  const days = byStart.map((project) => project.startedOn);
  const known = days.filter((day) => day !== null);
  expect(days).toEqual([...known.sort().reverse(), ...days.filter((day) => day === null)]);
});

test('networks and seminars: statuses, formats, ranges and accent-insensitive search', async () => {
  const networks = dataOf(await hub.request(NetworkListDocument, { first: 1000 })).networks.nodes;
  const active = dataOf(await hub.request(NetworkListDocument, { filter: { statusIn: ['ACTIVE'] }, first: 1000 })).networks;
  expect(active.totalCount).toBe(networks.filter((network) => network.status === 'ACTIVE').length);
  const seminars = dataOf(await hub.request(SeminarListDocument, { first: 1000 })).seminars.nodes;
  const in2017 = dataOf(await hub.request(SeminarListDocument, { filter: { heldOn: { gte: '2017-01-01', lte: '2017-12-31' } }, first: 1000 })).seminars;
  expect(in2017.totalCount).toBe(seminars.filter((seminar) => seminar.heldOn.startsWith('2017')).length);
  const title = seminars[0].title;
  const shouted = dataOf(await hub.request(SeminarListDocument, { filter: { search: title.toUpperCase() }, first: 1000 })).seminars.nodes;
  expect(shouted.map((seminar) => seminar.title)).toContain(title);
  const largest = dataOf(await hub.request(SeminarListDocument, { orderBy: [{ field: 'ATTENDEES', direction: 'DESC' }], first: 1 })).seminars.nodes[0];
  expect(largest.attendees).toBe(Math.max(...seminars.flatMap((seminar) => seminar.attendees ?? [])));
});

test('audit trails take the same filter and orderBy', async () => {
  const input = { name: 'Listförbundet', kind: 'MUNICIPAL_FEDERATION' as const, organisationNumber: organisationNumber('222999002'), joinedOn: '2026-01-01' };
  const { id } = dataOf(await hub.request(AdmitListedMemberDocument, { input }, { as: ADMIN })).admitMember;
  const trail = dataOf(
    await hub.request(
      MembershipAuditListDocument,
      { filter: { entityIdIn: [id], changeIn: ['CREATED'], operationIn: ['admitMember'] }, first: 10 },
      { as: ADMIN },
    ),
  ).membershipAuditTrail!;
  expect(trail.edges.map((edge) => edge.node)).toEqual([expect.objectContaining({ entityId: id, entityType: 'Member', change: 'CREATED' })]);
  expect(errorOf(await hub.request(MembershipAuditListDocument, { first: 1 }))).toMatchObject({ code: 'FORBIDDEN' });
});
