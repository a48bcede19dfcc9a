import { AdmitMemberDocument, MembershipAuditTrailDocument, RecordResignationDocument, SearchMembersDocument } from '../generated/graphql';
import { ADMIN, ANALYST, dataOf, errorOf, type Hub, startHub } from '../hub';

let hub: Hub;
/** The audit records right after the hub seeded its data, before any test ran a mutation. */
let afterSeeding: number;
beforeAll(async () => {
  hub = await startHub(['membership']);
  afterSeeding = (await trail()).totalCount;
});
afterAll(() => hub?.stop());

const trail = async (entityId?: string) => dataOf(await hub.request(MembershipAuditTrailDocument, { entityId }, { as: ADMIN })).membershipAuditTrail;

test('seeding leaves no audit record', () => {
  expect(afterSeeding).toBe(0);
});

test('a successful mutation leaves an audit record of who changed what, when, for each record it wrote', async () => {
  const before = (await trail()).totalCount;
  const sent = new Date();
  const input = { name: 'Sydarkivera', kind: 'MUNICIPAL_FEDERATION' as const, organisationNumber: '222000-2998', joinedOn: '2024-01-01' };
  const { admitMember } = dataOf(await hub.request(AdmitMemberDocument, { input }, { as: ADMIN }));
  const { nodes } = await trail(admitMember.id);
  expect(nodes).toHaveLength(1);
  expect(nodes[0]).toMatchObject({
    role: 'admin',
    subject: 'admin@sambruk.example',
    operation: 'admitMember',
    entityType: 'Member',
    entityId: admitMember.id,
    change: 'CREATED',
  });
  expect(JSON.parse(nodes[0].summary)).toMatchObject({ name: 'Sydarkivera', organisationNumber: '222000-2998' });
  expect(Date.parse(nodes[0].at)).toBeGreaterThanOrEqual(sent.getTime());
  expect(Date.parse(nodes[0].at)).toBeLessThanOrEqual(Date.now());
  // Admitting a member also opens its first name-and-kind period, a record of its own.
  const after = await trail();
  expect(after.totalCount).toBe(before + 2);
  const admitted = after.nodes.filter((node) => node.operation === 'admitMember').map((node) => node.entityType);
  expect(admitted.sort()).toEqual(['Member', 'MemberIdentity']);
});

test('a failed or refused mutation leaves no audit record', async () => {
  const lund = dataOf(await hub.request(SearchMembersDocument, { search: 'Lund', first: 1 })).members.nodes[0];
  const before = (await trail()).totalCount;
  expect(errorOf(await hub.request(RecordResignationDocument, { id: lund.id, on: '1990-01-01' }, { as: ADMIN })).code).toBe('BAD_USER_INPUT');
  expect(errorOf(await hub.request(RecordResignationDocument, { id: lund.id, on: '2030-01-01' }, { as: ANALYST })).code).toBe('FORBIDDEN');
  expect((await trail()).totalCount).toBe(before);
  expect((await trail(lund.id)).nodes).toEqual([]);
});

test('only admins may read the audit trail', async () => {
  expect(errorOf(await hub.request(MembershipAuditTrailDocument, {}, { as: ANALYST })).code).toBe('FORBIDDEN');
  expect(errorOf(await hub.request(MembershipAuditTrailDocument, {})).code).toBe('FORBIDDEN');
});
