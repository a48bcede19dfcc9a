import { worldMembers } from '../../subgraphs/shared/seed-world/members';
import {
  MemberChangedDocument,
  MembershipChangesDocument,
  ServiceByIdDocument,
  ServiceSubscriptionsChangedDocument,
  SubscribeMemberDocument,
  UpdateMemberDocument,
} from '../generated/graphql';
import { ADMIN, ANALYST, dataOf, type Hub, memberUser, startHub } from '../hub';
import { subscribe } from './sse';

/** Nacka kommun in the seed. */
const NACKA = 'bd1aefbe-b444-5207-9204-67b6f3e65a6c';

let hub: Hub;
beforeAll(async () => {
  hub = await startHub(['membership', 'services']);
});
afterAll(() => hub?.stop());

const setPopulation = async (population: number) => dataOf(await hub.request(UpdateMemberDocument, { id: NACKA, input: { population } }, { as: ADMIN }));

test('a mutation reaches a live subscriber through the gateway over SSE, resolved like a query', async () => {
  const live = await subscribe(hub.gateway.url, MemberChangedDocument, { memberId: NACKA }, ANALYST);
  try {
    await new Promise((settle) => setTimeout(settle, 500));
    await setPopulation(110_000);
    await setPopulation(110_001);
    const results = await live.received(2);
    expect(results.map((result) => result.data?.memberChanged?.population)).toEqual([110_000, 110_001]);
  } finally {
    await live.close();
  }
});

test('a subscriber connecting with a cursor first gets what it missed, then live changes', async () => {
  const { endCursor } = dataOf(await hub.request(MembershipChangesDocument, { first: 1000 }, { as: ANALYST })).membershipChanges.pageInfo;
  await setPopulation(111_000);
  await setPopulation(111_001);
  const live = await subscribe(hub.gateway.url, MemberChangedDocument, { memberId: NACKA, after: endCursor }, memberUser(NACKA));
  try {
    await live.received(2);
    await setPopulation(111_002);
    const results = await live.received(3);
    expect(results.map((result) => result.data?.memberChanged?.population)).toEqual([111_001, 111_001, 111_002]);
  } finally {
    await live.close();
  }
});

test("a subscription the caller may not see is refused with FORBIDDEN: another member's, or anonymous", async () => {
  for (const as of [memberUser('3f1c2c4e-0000-4000-8000-000000000001'), undefined]) {
    const live = await subscribe(hub.gateway.url, MemberChangedDocument, { memberId: NACKA }, as);
    try {
      const [result] = await live.received(1);
      expect(result).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
    } finally {
      await live.close();
    }
  }
});

test('a malformed cursor is BAD_USER_INPUT', async () => {
  const live = await subscribe(hub.gateway.url, MemberChangedDocument, { memberId: NACKA, after: 'nonsense' }, ANALYST);
  try {
    const [result] = await live.received(1);
    expect(result).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
  } finally {
    await live.close();
  }
});

test("a member's new service subscription reaches its own user live, with the member's name from the membership subgraph", async () => {
  const kristianstad = worldMembers().find((member) => member.key === 'kristianstad')!.id;
  const provisum = dataOf(await hub.request(ServiceByIdDocument, { slug: 'provisum' })).service!.id;
  const live = await subscribe(hub.gateway.url, ServiceSubscriptionsChangedDocument, { memberId: kristianstad }, memberUser(kristianstad));
  try {
    await new Promise((settle) => setTimeout(settle, 500));
    const input = { serviceId: provisum, memberId: kristianstad, from: '2024-01-01' };
    const { subscribeMember } = dataOf(await hub.request(SubscribeMemberDocument, { input }, { as: ADMIN }));
    const [result] = await live.received(1);
    expect(result.data?.serviceSubscriptionsChanged).toEqual({
      id: subscribeMember.id,
      from: '2024-01-01',
      to: null,
      service: { slug: 'provisum' },
      member: { name: 'Kristianstads kommun' },
    });
  } finally {
    await live.close();
  }
});
