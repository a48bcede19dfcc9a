import { SearchMembersDocument, ViewerDocument } from '../generated/graphql';
import { ADMIN, ANALYST, dataOf, errorOf, type Hub, memberUser, startHub } from '../hub';

let hub: Hub;
let nacka: string;
beforeAll(async () => {
  hub = await startHub(['membership', 'finance']);
  nacka = dataOf(await hub.request(SearchMembersDocument, { search: 'Nacka', first: 1 })).members.nodes[0].id;
});
afterAll(() => hub?.stop());

describe('viewer: who the token says is asking', () => {
  test('anonymous callers are ANONYMOUS, with no subject and no member', async () => {
    expect(dataOf(await hub.request(ViewerDocument)).viewer).toEqual({ role: 'ANONYMOUS', subject: null, member: null });
  });

  test("a member user gets its own member, and through federation the member's finance (Nacka's cost statement 2023)", async () => {
    const { viewer } = dataOf(await hub.request(ViewerDocument, undefined, { as: memberUser(nacka) }));
    expect(viewer).toMatchObject({ role: 'MEMBER', subject: 'member@sambruk.example', member: { id: nacka, name: 'Nacka kommun' } });
    expect(viewer.member?.costStatement?.total.amount).toMatch(/^\d+\.\d{2}$/);
  });

  test.each([
    ['ANALYST', ANALYST],
    ['ADMIN', ADMIN],
  ])('%s: its role and subject, no member', async (role, caller) => {
    const { viewer } = dataOf(await hub.request(ViewerDocument, undefined, { as: { ...caller, subject: `someone@${role.toLowerCase()}.example` } }));
    expect(viewer).toEqual({ role, subject: `someone@${role.toLowerCase()}.example`, member: null });
  });

  test('a token that is not valid is UNAUTHENTICATED, not anonymous', async () => {
    const response = await hub.request(ViewerDocument, undefined, { headers: { authorization: 'Bearer not-a-token' } });
    expect(errorOf(response).code).toBe('UNAUTHENTICATED');
  });
});
