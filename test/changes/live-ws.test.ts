import { MemberChangedDocument, MembershipChangesDocument, UpdateMemberDocument } from '../generated/graphql';
import { ADMIN, ANALYST, dataOf, type Hub, memberUser, startHub } from '../hub';
import { subscribe } from './sse';
import { subscribeOverWebSocket } from './ws';

/** Nacka kommun in the seed. */
const NACKA = 'bd1aefbe-b444-5207-9204-67b6f3e65a6c';

let hub: Hub;
beforeAll(async () => {
  // A short subgraph timeout: subscriptions must outlive it.
  hub = await startHub(['membership'], { gatewaySettings: { SUBGRAPH_TIMEOUT_MS: 1000, PEER_TIMEOUT_MS: 500 } });
});
afterAll(() => hub?.stop());

const setPopulation = async (population: number) => dataOf(await hub.request(UpdateMemberDocument, { id: NACKA, input: { population } }, { as: ADMIN }));

test('a mutation reaches a live subscriber through the gateway over graphql-ws, the token in connectionParams', async () => {
  const live = await subscribeOverWebSocket(hub.gateway.url, MemberChangedDocument, { memberId: NACKA }, memberUser(NACKA));
  try {
    await new Promise((settle) => setTimeout(settle, 500));
    await setPopulation(120_000);
    await setPopulation(120_001);
    const results = await live.received(2);
    expect(results.map((result) => result.data?.memberChanged?.population)).toEqual([120_000, 120_001]);
  } finally {
    await live.close();
  }
});

test('over graphql-ws, a subscriber connecting with a cursor first gets what it missed, then live changes', async () => {
  const { endCursor } = dataOf(await hub.request(MembershipChangesDocument, { first: 1000 }, { as: ANALYST })).membershipChanges.pageInfo;
  await setPopulation(121_000);
  await setPopulation(121_001);
  const live = await subscribeOverWebSocket(hub.gateway.url, MemberChangedDocument, { memberId: NACKA, after: endCursor }, ANALYST);
  try {
    await live.received(2);
    await setPopulation(121_002);
    const results = await live.received(3);
    expect(results.map((result) => result.data?.memberChanged?.population)).toEqual([121_001, 121_001, 121_002]);
  } finally {
    await live.close();
  }
});

test("over graphql-ws, another member's user or an anonymous caller is refused with FORBIDDEN", async () => {
  for (const as of [memberUser('3f1c2c4e-0000-4000-8000-000000000001'), undefined]) {
    const live = await subscribeOverWebSocket(hub.gateway.url, MemberChangedDocument, { memberId: NACKA }, as);
    try {
      const [result] = await live.received(1);
      expect(result).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
    } finally {
      await live.close();
    }
  }
});

test('a subscription outlives SUBGRAPH_TIMEOUT_MS, over graphql-ws and over SSE: a change two seconds later still arrives', async () => {
  const overWs = await subscribeOverWebSocket(hub.gateway.url, MemberChangedDocument, { memberId: NACKA }, ANALYST);
  const overSse = await subscribe(hub.gateway.url, MemberChangedDocument, { memberId: NACKA }, ANALYST);
  try {
    await new Promise((settle) => setTimeout(settle, 2000));
    await setPopulation(122_000);
    for (const live of [overWs, overSse]) expect((await live.received(1))[0].data?.memberChanged?.population).toBe(122_000);
  } finally {
    await overWs.close();
    await overSse.close();
  }
});
