import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  AddRepresentativeDocument,
  AdmitMemberDocument,
  MemberDetailDocument,
  RecordResignationDocument,
  RemoveRepresentativeDocument,
  SearchMembersDocument,
  UpdateMemberDocument,
  UpdateRepresentativeDocument,
} from '../generated/graphql';
import { ADMIN, dataOf, errorOf, type Hub, startHub } from '../hub';

/** The day the hub takes as today, so that a member's status does not depend on when the tests run. */
const TODAY = '2026-06-15';

let hub: Hub;
beforeAll(async () => {
  hub = await startHub(['membership'], { today: TODAY });
});
afterAll(() => hub?.stop());

const asAdmin = <T, V>(document: TypedDocumentNode<T, V>, variables: V) => hub.request(document, variables, { as: ADMIN });
const memberCount = async () => dataOf(await hub.request(SearchMembersDocument, { first: 1 })).members.totalCount;
const memberNamed = async (search: string) => dataOf(await hub.request(SearchMembersDocument, { search, first: 1 })).members.nodes[0];
const detail = async (id: string) => dataOf(await hub.request(MemberDetailDocument, { id }, { as: ADMIN })).member!;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const valid = {
  name: 'Kommunalförbundet Sydarkivera',
  kind: 'MUNICIPAL_FEDERATION' as const,
  organisationNumber: '222000-3012',
  county: 'Kronobergs län',
  joinedOn: '2024-03-01',
};

describe('admitMember', () => {
  test('admits a member with a valid organisation number', async () => {
    const { admitMember } = dataOf(await asAdmin(AdmitMemberDocument, { input: { ...valid, organisationNumber: '222000-2998' } }));
    expect(admitMember).toMatchObject({ name: valid.name, organisationNumber: '222000-2998', joinedOn: '2024-03-01', status: 'ACTIVE', source: 'ENTERED' });
    expect((await detail(admitMember.id)).name).toBe('Kommunalförbundet Sydarkivera');
  });

  test.each([
    ['a wrong check digit', { organisationNumber: '222000-2999' }, 'BAD_USER_INPUT', /input\.organisationNumber: .*check digit/],
    ['a malformed number', { organisationNumber: '2220002998' }, 'BAD_USER_INPUT', /input\.organisationNumber: .*NNNNNN-NNNN/],
    ['an empty name', { name: '' }, 'BAD_USER_INPUT', /name/],
    ['a negative population', { population: -1 }, 'BAD_USER_INPUT', /population/],
    ['an impossible date', { joinedOn: '2023-02-30' }, 'BAD_USER_INPUT', /2023-02-30.*YYYY-MM-DD/],
    [
      'an organisation number that is taken',
      { organisationNumber: '212000-0019' },
      'CONFLICT',
      /input\.organisationNumber: .*already belongs to Karlstads kommun/,
    ],
  ])('refuses %s and writes nothing', async (_, change, code, message) => {
    const before = await memberCount();
    const error = errorOf(await asAdmin(AdmitMemberDocument, { input: { ...valid, ...change } }));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(await memberCount()).toBe(before);
  });
});

describe("status, as of the hub's today", () => {
  test('a member admitted from tomorrow is ADMITTED today; one that resigns from tomorrow is ACTIVE until then, and FORMER from its leftOn', async () => {
    const input = { ...valid, name: 'Kommunalförbundet Imorgon', organisationNumber: '222000-3020', joinedOn: '2026-06-16' };
    const { admitMember } = dataOf(await asAdmin(AdmitMemberDocument, { input }));
    expect(admitMember).toMatchObject({ joinedOn: '2026-06-16', status: 'ADMITTED' });
    const admitted = dataOf(await hub.request(SearchMembersDocument, { status: 'ADMITTED', first: 100 })).members.nodes.map((member) => member.name);
    expect(admitted).toContain('Kommunalförbundet Imorgon');

    const lycksele = await memberNamed('Lycksele');
    expect(dataOf(await asAdmin(RecordResignationDocument, { id: lycksele.id, on: '2026-06-16' })).recordResignation.status).toBe('ACTIVE');
    const kungalv = await memberNamed('Kungälv');
    expect(dataOf(await asAdmin(RecordResignationDocument, { id: kungalv.id, on: TODAY })).recordResignation.status).toBe('FORMER');
    const former = dataOf(await hub.request(SearchMembersDocument, { status: 'FORMER', search: 'Kungälv', first: 5 })).members.nodes;
    expect(former.map((member) => member.name)).toEqual([kungalv.name]);
  });
});

describe('updateMember and recordResignation', () => {
  test('updates fields and leaves the others as they were', async () => {
    const lomma = await memberNamed('Lomma');
    const { updateMember } = dataOf(await asAdmin(UpdateMemberDocument, { id: lomma.id, input: { population: 26123 } }));
    expect(updateMember).toMatchObject({ name: 'Lomma kommun', population: 26123, county: 'Skåne län' });
  });

  test('refuses leftOn before joinedOn, an unknown id and a taken organisation number, changing nothing', async () => {
    const gavle = await detail((await memberNamed('Gävle')).id);
    const early = errorOf(await asAdmin(UpdateMemberDocument, { id: gavle.id, input: { leftOn: '2000-01-01' } }));
    expect(early).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(early.message).toMatch(/input\.leftOn: leftOn \(2000-01-01\) must be after joinedOn/);
    expect(errorOf(await asAdmin(UpdateMemberDocument, { id: UNKNOWN, input: { population: 1 } }))).toMatchObject({
      code: 'NOT_FOUND',
      message: `id: no member with id "${UNKNOWN}"`,
    });
    expect(errorOf(await asAdmin(UpdateMemberDocument, { id: gavle.id, input: { organisationNumber: '212000-0019' } })).code).toBe('CONFLICT');
    expect(await detail(gavle.id)).toEqual(gavle);
  });

  test('records a resignation once; a second one or one before joining is refused', async () => {
    const storuman = await detail((await memberNamed('Storuman')).id);
    const before = errorOf(await asAdmin(RecordResignationDocument, { id: storuman.id, on: '1999-12-31' }));
    expect(before.code).toBe('BAD_USER_INPUT');
    expect(errorOf(await asAdmin(RecordResignationDocument, { id: storuman.id, on: storuman.joinedOn })).code).toBe('BAD_USER_INPUT');
    expect((await detail(storuman.id)).leftOn).toBeNull();
    const { recordResignation } = dataOf(await asAdmin(RecordResignationDocument, { id: storuman.id, on: '2025-12-31' }));
    expect(recordResignation).toMatchObject({ leftOn: '2025-12-31', status: 'FORMER' });
    expect(errorOf(await asAdmin(RecordResignationDocument, { id: storuman.id, on: '2026-01-31' })).code).toBe('CONFLICT');
    expect(errorOf(await asAdmin(RecordResignationDocument, { id: UNKNOWN, on: '2026-01-31' })).code).toBe('NOT_FOUND');
  });
});

describe('representatives', () => {
  test('adds, updates and removes a representative', async () => {
    const nacka = await memberNamed('Nacka');
    const { addRepresentative } = dataOf(
      await asAdmin(AddRepresentativeDocument, {
        memberId: nacka.id,
        input: { name: 'Åsa Öström', role: 'IT contact', email: 'asa.ostrom@nacka.example', phone: '+46 8 718 80 00' },
      }),
    );
    expect(addRepresentative).toMatchObject({ name: 'Åsa Öström', member: { name: 'Nacka kommun' } });
    expect((await detail(nacka.id)).representatives).toHaveLength(2);

    const { updateRepresentative } = dataOf(
      await asAdmin(UpdateRepresentativeDocument, { id: addRepresentative.id, input: { role: 'Formal representative', phone: null } }),
    );
    expect(updateRepresentative).toMatchObject({ name: 'Åsa Öström', role: 'Formal representative', email: 'asa.ostrom@nacka.example', phone: null });

    expect(dataOf(await asAdmin(RemoveRepresentativeDocument, { id: addRepresentative.id })).removeRepresentative).toBe(addRepresentative.id);
    expect((await detail(nacka.id)).representatives).toHaveLength(1);
  });

  test('refuses a bad e-mail, a bad phone number and unknown ids, writing nothing', async () => {
    const lund = await memberNamed('Lund');
    const email = errorOf(await asAdmin(AddRepresentativeDocument, { memberId: lund.id, input: { name: 'Per Holm', role: 'Contact', email: 'per.holm' } }));
    expect(email).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(email.message).toMatch(/^input\.email: email must be an e-mail address/);
    const phone = errorOf(await asAdmin(AddRepresentativeDocument, { memberId: lund.id, input: { name: 'Per Holm', role: 'Contact', phone: 'call me' } }));
    expect(phone.message).toMatch(/^input\.phone: phone must be a phone number/);
    expect((await detail(lund.id)).representatives).toHaveLength(1);
    expect(errorOf(await asAdmin(AddRepresentativeDocument, { memberId: UNKNOWN, input: { name: 'Per Holm', role: 'Contact' } })).code).toBe('NOT_FOUND');
    expect(errorOf(await asAdmin(UpdateRepresentativeDocument, { id: UNKNOWN, input: { name: 'Per Holm' } })).code).toBe('NOT_FOUND');
    expect(errorOf(await asAdmin(RemoveRepresentativeDocument, { id: UNKNOWN })).code).toBe('NOT_FOUND');
  });
});
