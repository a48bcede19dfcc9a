import { knex as connect } from '@mikro-orm/postgresql';
import {
  AddRepresentativeDocument,
  MembershipChangesDocument,
  type MembershipChangesQuery,
  MemberTimestampsDocument,
  UpdateMemberDocument,
} from '../generated/graphql';
import { ADMIN, ANALYST, type Caller, dataOf, errorOf, type Hub, memberUser, startHub } from '../hub';
import { backendOf, blockedOrDone } from '../locks';

/** Nacka kommun and Lunds kommun in the seed. */
const NACKA = 'bd1aefbe-b444-5207-9204-67b6f3e65a6c';

let hub: Hub;
let lund: string;
beforeAll(async () => {
  hub = await startHub(['membership']);
  lund = (await hub.subgraphs.membership.orm.em.fork().getConnection().execute(`select id from membership.member where name = 'Lunds kommun'`))[0].id;
});
afterAll(() => hub?.stop());

type Page = MembershipChangesQuery['membershipChanges'];

const changes = async (variables: { after?: string | null; types?: string[]; first?: number }, as: Caller = ANALYST): Promise<Page> =>
  dataOf(await hub.request(MembershipChangesDocument, variables, { as })).membershipChanges;

/** Every event after `after`, page by page. */
async function readAll(after: string | null = null, as: Caller = ANALYST): Promise<{ events: Page['nodes']; endCursor: string | null }> {
  const events: Page['nodes'] = [];
  let cursor = after;
  for (;;) {
    const page = await changes({ after: cursor, first: 7 }, as);
    events.push(...page.nodes);
    cursor = page.pageInfo.endCursor;
    if (!page.pageInfo.hasNextPage) return { events, endCursor: cursor };
  }
}

const setPopulation = (id: string, population: number) => hub.request(UpdateMemberDocument, { id, input: { population } }, { as: ADMIN });

describe('createdAt and updatedAt', () => {
  test('every record tells when it was created and last changed; a change moves only updatedAt', async () => {
    const before = dataOf(await hub.request(MemberTimestampsDocument, { id: NACKA }, { as: ADMIN })).member!;
    expect(Date.parse(before.createdAt)).toBeLessThanOrEqual(Date.parse(before.updatedAt));
    expect(before.representatives!.length).toBeGreaterThan(0);
    for (const representative of before.representatives!) expect(Date.parse(representative.createdAt)).toBeLessThanOrEqual(Date.now());
    const sent = Date.now();
    dataOf(await setPopulation(NACKA, 107_000));
    const after = dataOf(await hub.request(MemberTimestampsDocument, { id: NACKA }, { as: ADMIN })).member!;
    expect(after.createdAt).toBe(before.createdAt);
    expect(Date.parse(after.updatedAt)).toBeGreaterThanOrEqual(sent);
  });
});

describe('the change feed', () => {
  test('a mutation appears in the feed: type, id, operation, changed fields, member, time', async () => {
    const { endCursor } = await readAll();
    const sent = Date.now();
    dataOf(await setPopulation(lund, 127_000));
    const input = { name: 'Åsa Öberg', role: 'IT contact', email: 'asa.oberg@lund.example' };
    const { addRepresentative } = dataOf(await hub.request(AddRepresentativeDocument, { memberId: lund, input }, { as: ADMIN }));
    const { events } = await readAll(endCursor);
    expect(events).toEqual([
      expect.objectContaining({ entityType: 'Member', entityId: lund, operation: 'UPDATED', memberId: lund, fields: expect.arrayContaining(['population']) }),
      expect.objectContaining({ entityType: 'Representative', entityId: addRepresentative.id, operation: 'CREATED', memberId: lund }),
    ]);
    expect(events[1].fields).toEqual(expect.arrayContaining(['name', 'role', 'email', 'member']));
    expect(Date.parse(events[0].at)).toBeGreaterThanOrEqual(sent - 1000);
    const onlyRepresentatives = await changes({ after: endCursor, types: ['Representative'] });
    expect(onlyRepresentatives.nodes.map((event) => event.entityId)).toEqual([addRepresentative.id]);
  });

  test("a member user reads its own member's changes only; anonymous callers none", async () => {
    dataOf(await setPopulation(NACKA, 108_000));
    dataOf(await setPopulation(lund, 128_000));
    const nacka = await readAll(null, memberUser(NACKA));
    expect(nacka.events.length).toBeGreaterThan(0);
    expect(new Set(nacka.events.map((event) => event.memberId))).toEqual(new Set([NACKA]));
    const all = await readAll();
    expect(all.events.filter((event) => event.memberId === NACKA).map((event) => event.cursor)).toEqual(nacka.events.map((event) => event.cursor));
    expect(errorOf(await hub.request(MembershipChangesDocument, {})).code).toBe('FORBIDDEN');
  });

  test('an unknown type, a malformed cursor or a page size out of range is BAD_USER_INPUT naming the argument', async () => {
    const unknownType = errorOf(await hub.request(MembershipChangesDocument, { types: ['Member', 'Invoice'] }, { as: ANALYST }));
    expect(unknownType).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(unknownType.message).toMatch(/types.*"Invoice".*Member, Representative, BoardAssignment/);
    for (const after of ['nonsense', Buffer.from('offset:3').toString('base64url'), Buffer.from('services:1:1').toString('base64url')]) {
      const malformed = errorOf(await hub.request(MembershipChangesDocument, { after }, { as: ANALYST }));
      expect(malformed).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(malformed.message).toMatch(/after/);
    }
    expect(errorOf(await hub.request(MembershipChangesDocument, { first: 0 }, { as: ANALYST })).code).toBe('BAD_USER_INPUT');
  });

  test('an empty page keeps the cursor, so a poller resumes where it was', async () => {
    const { endCursor } = await readAll();
    const page = await changes({ after: endCursor });
    expect(page).toEqual({ nodes: [], pageInfo: { endCursor, hasNextPage: false } });
  });

  test('a commit waiting for an earlier one gets the later position, so a reader never passes an event still to come', async () => {
    const { endCursor } = await readAll();
    const db = connect({ client: 'pg', connection: hub.databaseUrl });
    const earlier = await db.transaction();
    try {
      await earlier.raw(`select pg_advisory_xact_lock(hashtext('sambruk change feed membership'))`);
      await earlier.raw(
        `insert into membership.change_event (at, entity_type, entity_id, operation, fields) values (now(), 'Member', 'earlier', 'UPDATED', '{}')`,
      );
      const later = setPopulation(NACKA, 109_000);
      await blockedOrDone(db, await backendOf(earlier), later);
      expect((await changes({ after: endCursor })).nodes).toEqual([]);
      await earlier.commit();
      dataOf(await later);
      const { events } = await readAll(endCursor);
      expect(events.map((event) => event.entityId)).toEqual(['earlier', NACKA]);
      expect(Number(events[1].position)).toBeGreaterThan(Number(events[0].position));
    } finally {
      if (!earlier.isCompleted()) await earlier.rollback();
      await db.destroy();
    }
  });

  test('a reader resuming from its cursor while many mutations commit at once sees every change exactly once', async () => {
    const { endCursor: start } = await readAll();
    const seen: string[] = [];
    let cursor = start;
    let writing = true;
    const reader = (async () => {
      while (writing) {
        const page = await changes({ after: cursor, first: 3 });
        seen.push(...page.nodes.map((event) => event.cursor));
        cursor = page.pageInfo.endCursor;
      }
    })();
    const writes = Array.from({ length: 40 }, (_, index) => setPopulation(index % 2 ? NACKA : lund, 100_000 + index));
    for (const response of await Promise.all(writes)) dataOf(response);
    writing = false;
    await reader;
    seen.push(...(await readAll(cursor)).events.map((event) => event.cursor));
    const committed = (await readAll(start)).events.map((event) => event.cursor);
    expect(committed).toHaveLength(40);
    expect(seen).toEqual(committed);
  });
});
