import { CostStatementChangedDocument, FinanceChangesDocument, ProjectsDocument, RecordProjectFundingDocument } from '../generated/graphql';
import { ADMIN, ANALYST, dataOf, type Hub, memberUser, startHub } from '../hub';
import { subscribe } from './sse';
import { subscribeOverWebSocket } from './ws';

/** Nacka kommun in the seed; its 2023 cost statement totals 1 811 004.55 kr (DOMAIN.md). */
const NACKA = 'bd1aefbe-b444-5207-9204-67b6f3e65a6c';
const OTHER_MEMBER = '3f1c2c4e-0000-4000-8000-000000000001';

let hub: Hub;
let ivis: string;
beforeAll(async () => {
  hub = await startHub(['membership', 'services', 'projects', 'finance']);
  ivis = dataOf(await hub.request(ProjectsDocument, { search: 'ivis', first: 5 })).projects.nodes.find((project) => project.name === 'ivis')!.id;
});
afterAll(() => hub?.stop());

const contribute = async (amount: string, year = 2023) =>
  dataOf(
    await hub.request(RecordProjectFundingDocument, { input: { projectId: ivis, year, kind: 'MEMBER_CONTRIBUTION', memberId: NACKA, amount } }, { as: ADMIN }),
  );

test("Nacka's own user hears its 2023 statement change when a contribution is recorded, with the new total; a change to another year does not count", async () => {
  const live = await subscribe(hub.gateway.url, CostStatementChangedDocument, { memberId: NACKA, year: 2023 }, memberUser(NACKA));
  try {
    await new Promise((settle) => setTimeout(settle, 500));
    await contribute('1000', 2022);
    await contribute('10000');
    const [result] = await live.received(1);
    expect(result.data?.costStatementChanged).toMatchObject({ year: 2023, total: { amount: '1821004.55' } });
    await contribute('5000.50');
    const results = await live.received(2);
    expect(results.map((each) => each.data?.costStatementChanged?.total.amount)).toEqual(['1821004.55', '1826005.05']);
  } finally {
    await live.close();
  }
});

test('over graphql-ws with a cursor, an analyst first gets the statement after what was missed, then live', async () => {
  const { endCursor } = dataOf(await hub.request(FinanceChangesDocument, { first: 1000 }, { as: ANALYST })).financeChanges.pageInfo;
  await contribute('100');
  const live = await subscribeOverWebSocket(hub.gateway.url, CostStatementChangedDocument, { memberId: NACKA, year: 2023, after: endCursor }, ANALYST);
  try {
    const [missed] = await live.received(1);
    expect(missed.data?.costStatementChanged?.total.amount).toBe('1826105.05');
    await contribute('200');
    const results = await live.received(2);
    expect(results[1].data?.costStatementChanged?.total.amount).toBe('1826305.05');
  } finally {
    await live.close();
  }
});

test("another member's user or an anonymous caller is refused with FORBIDDEN, a year out of range with BAD_USER_INPUT", async () => {
  for (const [variables, as, code] of [
    [{ memberId: NACKA, year: 2023 }, memberUser(OTHER_MEMBER), 'FORBIDDEN'],
    [{ memberId: NACKA, year: 2023 }, undefined, 'FORBIDDEN'],
    [{ memberId: NACKA, year: 1900 }, ANALYST, 'BAD_USER_INPUT'],
  ] as const) {
    const live = await subscribe(hub.gateway.url, CostStatementChangedDocument, variables, as);
    try {
      const [result] = await live.received(1);
      expect(result).toMatchObject({ errors: [{ extensions: { code } }] });
    } finally {
      await live.close();
    }
  }
});
