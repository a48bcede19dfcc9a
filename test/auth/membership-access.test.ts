import { SignJWT } from 'jose';
import { DEVELOPMENT_SECRET } from '../../subgraphs/shared/platform/config';
import { AddRepresentativeDocument, AdmitMemberDocument, MemberContactsDocument, MemberNamesDocument, SearchMembersDocument } from '../generated/graphql';
import { ADMIN, ANALYST, type Caller, dataOf, type Hub, memberUser, startHub } from '../hub';

let hub: Hub;
let nacka: string;
let lund: string;
beforeAll(async () => {
  hub = await startHub(['membership']);
  const id = async (search: string) => dataOf(await hub.request(SearchMembersDocument, { search, first: 1 })).members.nodes[0].id;
  nacka = await id('Nacka');
  lund = await id('Lund');
});
afterAll(() => hub?.stop());

const codes = (errors: Array<{ extensions?: Record<string, unknown>; path?: readonly (string | number)[] }> = []) =>
  errors.map((error) => `${(error.path ?? []).join('.')}:${String(error.extensions?.code)}`).sort();

const targets = () => [
  ['gateway', hub.gateway.url],
  ['subgraph', hub.subgraphs.membership.url],
];

describe.each(['gateway', 'subgraph'])('contact details through the %s', (target) => {
  const url = () => Object.fromEntries(targets())[target];
  const contacts = (caller: Caller | undefined) => hub.request(MemberContactsDocument, { id: nacka }, { url: url(), as: caller });

  test('anonymous callers see the member but not its representatives', async () => {
    const response = await contacts(undefined);
    expect(response.data?.member).toEqual({ name: 'Nacka kommun', kind: 'MUNICIPALITY', representatives: null });
    expect(codes(response.errors)).toEqual(['member.representatives:FORBIDDEN']);
  });

  test("analysts see representatives' names and roles but no e-mail or phone", async () => {
    const response = await contacts(ANALYST);
    const representatives = response.data?.member?.representatives ?? [];
    expect(representatives.length).toBeGreaterThan(0);
    for (const representative of representatives) expect(representative).toMatchObject({ name: expect.stringMatching(/\w+ \w+/), email: null, phone: null });
    const refused = representatives.flatMap((_, index) => [
      `member.representatives.${index}.email:FORBIDDEN`,
      `member.representatives.${index}.phone:FORBIDDEN`,
    ]);
    expect(codes(response.errors)).toEqual(refused.sort());
  });

  test("a member user sees its own member's contact details", async () => {
    const representative = dataOf(await contacts(memberUser(nacka))).member?.representatives?.[0];
    expect(representative?.email).toMatch(/@nacka\.example$/);
    expect(representative?.phone).toMatch(/^\+46 /);
  });

  test("a member user does not see another member's representatives", async () => {
    const response = await contacts(memberUser(lund));
    expect(response.data?.member?.representatives).toBeNull();
    expect(codes(response.errors)).toEqual(['member.representatives:FORBIDDEN']);
  });

  test('admins see everything', async () => {
    expect(dataOf(await contacts(ADMIN)).member?.representatives?.[0].email).toMatch(/@nacka\.example$/);
  });

  test('mutations: admitting is for admins only; a member user may add representatives to its own member only', async () => {
    const input = { name: 'Test kommunalförbund', kind: 'MUNICIPAL_FEDERATION' as const, organisationNumber: '222000-2998', joinedOn: '2025-01-01' };
    for (const caller of [undefined, ANALYST, memberUser(nacka)]) {
      expect(codes((await hub.request(AdmitMemberDocument, { input }, { url: url(), as: caller })).errors)).toEqual(['admitMember:FORBIDDEN']);
    }
    const person = { name: 'Eva Holm', role: 'IT contact' };
    expect(codes((await hub.request(AddRepresentativeDocument, { memberId: nacka, input: person }, { url: url(), as: memberUser(lund) })).errors)).toEqual([
      'addRepresentative:FORBIDDEN',
    ]);
    expect(codes((await hub.request(AddRepresentativeDocument, { memberId: nacka, input: person }, { url: url(), as: ANALYST })).errors)).toEqual([
      'addRepresentative:FORBIDDEN',
    ]);
    expect(
      dataOf(await hub.request(AddRepresentativeDocument, { memberId: nacka, input: person }, { url: url(), as: memberUser(nacka) })).addRepresentative.name,
    ).toBe('Eva Holm');
  });
});

describe.each(['gateway', 'subgraph'])('tokens at the %s', (target) => {
  const url = () => Object.fromEntries(targets())[target];
  const send = (authorization: string) => hub.request(MemberNamesDocument, { first: 1 }, { url: url(), headers: { authorization } });
  const unsigned = () =>
    new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'HS256' }).setIssuer('sambruk-graph-dev').setAudience('sambruk-graph').setIssuedAt();
  const sign = (secret: string, expiresIn: string) => unsigned().setExpirationTime(expiresIn).sign(new TextEncoder().encode(secret));

  test.each([
    ['a token signed with another key', () => sign('someone-else-s-secret-that-is-long-enough', '1h')],
    ['an expired token', () => sign(DEVELOPMENT_SECRET, '-1m')],
    ['a token that is not a JWT', async () => 'not-a-token'],
    ['a token that never expires', () => unsigned().sign(new TextEncoder().encode(DEVELOPMENT_SECRET))],
  ])('%s is rejected as UNAUTHENTICATED with no data', async (_, token) => {
    const response = await send(`Bearer ${await token()}`);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
