import { randomUUID } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { organisationNumber } from '../../subgraphs/shared/domain/organisation-number';
import { overrideConfig } from '../../subgraphs/shared/platform/config';
import {
  AddBudgetLineDocument,
  AddNetworkParticipantDocument,
  AddProjectParticipantDocument,
  AdmitMemberDocument,
  AppointCouncilSeatDocument,
  BudgetDocument,
  CreateBudgetDocument,
  CreateProjectDocument,
  CreateServiceDocument,
  EndSubscriptionDocument,
  NetworkDetailDocument,
  NetworksDocument,
  ProjectDetailDocument,
  RecordMembershipFeeDocument,
  RecordServiceChargeDocument,
  ServiceByIdDocument,
  ServiceCouncilDocument,
  SubscribeMemberDocument,
  SubscriptionsDocument,
} from '../generated/graphql';
import { ADMIN, dataOf, errorOf, type GraphQLResponse, type Hub, startHub } from '../hub';
import { backendOf, blockedOrDone } from '../locks';

/**
 * Writes sent at the same moment through the gateway: the rules that a read-then-write check cannot
 * hold alone (no overlapping subscriptions, participations or seats, one chair, one fee per member
 * and year, one charge per subscription and year, unique names, lines in order, a subscription ends
 * once) are held by the database, and every write that loses answers CONFLICT naming the field to
 * change.
 */
let hub: Hub;
let members: string[];
let provisum: string;
// Fifty writes at once queue for a subgraph's connections, and their checks for a peer's answers: on a busy
// machine that takes longer than the default timeouts of the gateway and of peer calls, which are not what these tests are about.
overrideConfig({ SUBGRAPH_TIMEOUT_MS: '60000', PEER_TIMEOUT_MS: '50000' });
beforeAll(async () => {
  hub = await startHub(['membership', 'services', 'projects', 'finance']);
  members = [];
  for (let index = 0; index < 14; index++) {
    const input = {
      name: `Samtidiga kommunalförbundet ${index}`,
      kind: 'MUNICIPAL_FEDERATION' as const,
      organisationNumber: organisationNumber(`2220007${String(index).padStart(2, '0')}`),
      joinedOn: '2024-01-01',
    };
    members.push(dataOf(await hub.request(AdmitMemberDocument, { input }, { as: ADMIN })).admitMember.id);
  }
  provisum = dataOf(await hub.request(ServiceByIdDocument, { slug: 'provisum' })).service!.id;
});
afterAll(() => hub?.stop());

/** Sends `times` mutations at once (call `index` builds the i-th) and answers the successes and the [code, field] of each failure. */
async function race<T>(
  times: number,
  send: (index: number) => Promise<GraphQLResponse<T>>,
): Promise<{ succeeded: T[]; failed: Array<[string | undefined, string]> }> {
  const responses = await Promise.all(Array.from({ length: times }, (_, index) => send(index)));
  const succeeded = responses.filter((response) => !response.errors?.length).map((response) => response.data as T);
  const failed = responses
    .filter((response) => response.errors?.length)
    .map((response): [string | undefined, string] => {
      const { code, message } = errorOf(response);
      return [code, message.split(':')[0]];
    });
  return { succeeded, failed };
}

const asAdmin = <T, V>(document: TypedDocumentNode<T, V>, variables: V) => hub.request(document, variables, { as: ADMIN });
const conflicts = (count: number, field: string) => Array.from({ length: count }, () => ['CONFLICT', field]);

describe('50 identical writes at once: one succeeds, 49 are CONFLICT, one row exists', () => {
  test('subscribeMember', async () => {
    const input = { serviceId: provisum, memberId: members[0], from: '2024-03-01' };
    const { succeeded, failed } = await race(50, () => asAdmin(SubscribeMemberDocument, { input }));
    expect(succeeded).toHaveLength(1);
    expect(failed).toEqual(conflicts(49, 'input.from'));
    expect(dataOf(await hub.request(SubscriptionsDocument, { serviceId: provisum, memberId: members[0], first: 100 })).subscriptions.totalCount).toBe(1);
  });

  test('subscribeMember, 25 to Multifråga Classic and 25 to XL: a member uses one variant at a time', async () => {
    const multifraga = dataOf(await hub.request(ServiceByIdDocument, { slug: 'multifraga' })).service!.id;
    const { succeeded, failed } = await race(50, (index) =>
      asAdmin(SubscribeMemberDocument, { input: { serviceId: multifraga, memberId: members[12], variant: index % 2 ? 'XL' : 'Classic', from: '2024-03-01' } }),
    );
    expect(succeeded).toHaveLength(1);
    expect(failed).toEqual(conflicts(49, 'input.from'));
    expect(dataOf(await hub.request(SubscriptionsDocument, { serviceId: multifraga, memberId: members[12], first: 100 })).subscriptions.totalCount).toBe(1);
  });

  test('appointCouncilSeat: a member holds one seat at a time on a council', async () => {
    dataOf(await asAdmin(SubscribeMemberDocument, { input: { serviceId: provisum, memberId: members[1], from: '2024-03-01' } }));
    const councilId = dataOf(await hub.request(ServiceCouncilDocument, { slug: 'provisum' })).service!.council.id;
    const input = { councilId, memberId: members[1], person: 'Per Samtidig', from: '2024-03-01' };
    const { succeeded, failed } = await race(50, () => asAdmin(AppointCouncilSeatDocument, { input }));
    expect(succeeded).toHaveLength(1);
    expect(failed).toEqual(conflicts(49, 'input.memberId'));
    const seats = dataOf(await hub.request(ServiceCouncilDocument, { slug: 'provisum' })).service!.council.seats;
    expect(seats.filter((seat) => seat.member.id === members[1])).toHaveLength(1);
  });

  test('addNetworkParticipant', async () => {
    const network = dataOf(await hub.request(NetworksDocument, { search: 'Digidel', first: 1 })).networks.nodes[0];
    const input = { networkId: network.id, memberId: members[2], from: '2024-03-01' };
    const { succeeded, failed } = await race(50, () => asAdmin(AddNetworkParticipantDocument, { input }));
    expect(succeeded).toHaveLength(1);
    expect(failed).toEqual(conflicts(49, 'input.memberId'));
    const { participants } = dataOf(await hub.request(NetworkDetailDocument, { id: network.id })).network!;
    expect(participants.filter((participant) => participant.member.id === members[2])).toHaveLength(1);
  });

  test('addProjectParticipant', async () => {
    const project = dataOf(
      await asAdmin(CreateProjectDocument, {
        input: { name: 'Samtidighetsstudien', description: 'A study of what happens at the same moment.', proposedOn: '2024-01-15' },
      }),
    ).createProject;
    const input = { projectId: project.id, memberId: members[3], role: 'PARTICIPANT' as const, from: '2024-03-01' };
    const { succeeded, failed } = await race(50, () => asAdmin(AddProjectParticipantDocument, { input }));
    expect(succeeded).toHaveLength(1);
    expect(failed).toEqual(conflicts(49, 'input.memberId'));
    expect(dataOf(await hub.request(ProjectDetailDocument, { id: project.id })).project!.participants).toHaveLength(1);
  });

  test('recordServiceCharge: one charge per subscription and year', async () => {
    const [subscription] = dataOf(await hub.request(SubscriptionsDocument, { serviceId: provisum, memberId: members[0], first: 10 })).subscriptions.nodes;
    const input = { subscriptionId: subscription.id, year: 2024, amount: '5000' };
    const { succeeded, failed } = await race(50, () => asAdmin(RecordServiceChargeDocument, { input }));
    expect(succeeded).toHaveLength(1);
    expect(failed).toEqual(conflicts(49, 'input.year'));
  });

  test('recordMembershipFee: one fee per member and year', async () => {
    const input = { memberId: members[4], year: 2024, amount: '12000' };
    const { succeeded, failed } = await race(50, () => asAdmin(RecordMembershipFeeDocument, { input }));
    expect(succeeded).toHaveLength(1);
    expect(failed).toEqual(conflicts(49, 'input.year'));
  });
});

test('one chair at a time: of seven subscribers appointed chair at once, one is', async () => {
  const service = {
    name: 'Samtidighetstjänsten',
    description: 'A service for testing writes at the same moment.',
    area: 'SCHOOL' as const,
    status: 'ACTIVE' as const,
    startedOn: '2024-01-01',
  };
  const { council } = dataOf(await asAdmin(CreateServiceDocument, { input: service })).createService;
  const chairs = members.slice(5, 12);
  const serviceId = dataOf(await hub.request(ServiceByIdDocument, { slug: 'samtidighetstjansten' })).service!.id;
  for (const memberId of chairs) dataOf(await asAdmin(SubscribeMemberDocument, { input: { serviceId, memberId, from: '2024-03-01' } }));
  const { succeeded, failed } = await race(chairs.length, (index) =>
    asAdmin(AppointCouncilSeatDocument, {
      input: { councilId: council.id, memberId: chairs[index], person: `Ordförande ${index}`, role: 'CHAIR', from: '2024-03-01' },
    }),
  );
  expect(succeeded).toHaveLength(1);
  expect(failed).toEqual(conflicts(chairs.length - 1, 'input.role'));
  expect(
    dataOf(await hub.request(ServiceCouncilDocument, { slug: 'samtidighetstjansten' })).service!.council.seats.filter((seat) => seat.role === 'CHAIR'),
  ).toHaveLength(1);
});

test('createService: 20 services of one name at once make one', async () => {
  const input = { name: 'Dubbeltjänsten', description: 'Created twenty times at the same moment.', area: 'SCHOOL' as const, startedOn: '2027-01-01' };
  const { succeeded, failed } = await race(20, () => asAdmin(CreateServiceDocument, { input }));
  expect(succeeded).toHaveLength(1);
  expect(failed).toEqual(conflicts(19, 'input.slug'));
});

test('endSubscription: 20 different ends at once, one wins and stays', async () => {
  const { subscribeMember } = dataOf(await asAdmin(SubscribeMemberDocument, { input: { serviceId: provisum, memberId: members[4], from: '2024-03-01' } }));
  const day = (index: number) => `2025-01-${String(index + 1).padStart(2, '0')}`;
  const { succeeded, failed } = await race(20, (index) => asAdmin(EndSubscriptionDocument, { id: subscribeMember.id, on: day(index) }));
  expect(succeeded).toHaveLength(1);
  expect(failed).toEqual(conflicts(19, 'id'));
  const [stored] = dataOf(await hub.request(SubscriptionsDocument, { serviceId: provisum, memberId: members[4], first: 10 })).subscriptions.nodes;
  expect(stored.to).toBe(succeeded[0].endSubscription.to);
});

test('addBudgetLine: 20 lines added at once each get their own position', async () => {
  const lines = [{ category: 'Membership fees', kind: 'INCOME' as const, amount: '100' }];
  const { createBudget } = dataOf(await asAdmin(CreateBudgetDocument, { input: { year: 2026, version: 'Concurrent lines', status: 'PRELIMINARY', lines } }));
  const { succeeded } = await race(20, (index) =>
    asAdmin(AddBudgetLineDocument, { budgetId: createBudget.id, input: { category: `Line ${index}`, kind: 'COST', amount: '1' } }),
  );
  expect(succeeded).toHaveLength(20);
  const positions = dataOf(await hub.request(BudgetDocument, { year: 2026 })).budget!.lines.map((line) => line.position);
  expect(positions).toEqual(Array.from({ length: 21 }, (_, index) => index + 1));
});

describe('a write whose check passed while a conflicting row was being committed answers CONFLICT from the constraint', () => {
  const knex = (subgraph: string) => hub.subgraphs[subgraph].orm.em.getConnection().getKnex();

  /** Inserts a row in an open transaction, sends the mutation, commits once the mutation waits for that row, and answers the mutation's response. */
  async function againstUncommitted<T>(
    subgraph: string,
    insert: string,
    bindings: unknown[],
    send: () => Promise<GraphQLResponse<T>>,
  ): Promise<GraphQLResponse<T>> {
    const db = knex(subgraph);
    const transaction = await db.transaction();
    await transaction.raw(insert, bindings as never);
    const response = send();
    await blockedOrDone(db, await backendOf(transaction), response);
    await transaction.commit();
    return response;
  }

  test('an overlapping subscription (exclusion constraint, SQLSTATE 23P01)', async () => {
    const insert =
      `insert into services.subscription (id, service_id, member_id, variant, "from", "to", source, created_at, updated_at) values (?, ?, ` +
      `?, null, '2024-05-01', null, 'ENTERED', now(), now())`;
    const response = await againstUncommitted('services', insert, [randomUUID(), provisum, members[5]], () =>
      asAdmin(SubscribeMemberDocument, { input: { serviceId: provisum, memberId: members[5], from: '2024-06-01' } }),
    );
    expect(errorOf(response)).toEqual({ code: 'CONFLICT', message: expect.stringMatching(/^input\.from: .*end .* first/) });
    expect(
      dataOf(await hub.request(SubscriptionsDocument, { serviceId: provisum, memberId: members[5], first: 10 })).subscriptions.nodes.map((s) => s.from),
    ).toEqual(['2024-05-01']);
  });

  test('a second membership fee for the year (unique constraint, SQLSTATE 23505)', async () => {
    const insert = `insert into finance.membership_fee (id, member_id, year, band, amount_ore, source) values (?, ?, 2025, null, 100, 'ENTERED')`;
    const response = await againstUncommitted('finance', insert, [randomUUID(), members[6]], () =>
      asAdmin(RecordMembershipFeeDocument, { input: { memberId: members[6], year: 2025, amount: '1' } }),
    );
    expect(errorOf(response)).toEqual({ code: 'CONFLICT', message: expect.stringMatching(/^input\.year: .*one membership fee per member and year/) });
  });

  test('a write PostgreSQL aborts to break a deadlock runs again, and then answers from the rules', async () => {
    const { subscribeMember } = dataOf(await asAdmin(SubscribeMemberDocument, { input: { serviceId: provisum, memberId: members[13], from: '2024-03-01' } }));
    const councilId = dataOf(await hub.request(ServiceCouncilDocument, { slug: 'provisum' })).service!.council.id;
    const db = knex('services');
    const other = await db.transaction();
    await other.raw(
      `insert into services.council_seat (id, council_id, member_id, person, role, "from", "to", source) values (?, ?, ?, 'Anna Först', 'MEMBER', ` +
        `'2024-03-01', null, 'ENTERED')`,
      [randomUUID(), councilId, members[13]],
    );
    const response = asAdmin(AppointCouncilSeatDocument, { input: { councilId, memberId: members[13], person: 'Bo Sedan', from: '2024-04-01' } });
    // The appointment holds a share lock on the member's subscription and waits for the seat above ...
    await blockedOrDone(db, await backendOf(other), response);
    // ... which now waits for the appointment's lock: a deadlock, broken by aborting the appointment, which waited first.
    await other.raw('select id from services.subscription where id = ? for update', [subscribeMember.id]);
    await other.commit();
    expect(errorOf(await response)).toEqual({
      code: 'CONFLICT',
      message: expect.stringMatching(/^input\.memberId: .* already holds seat [0-9a-f-]{36} \(2024-03-01 – until further notice\); end it first/),
    });
  });
});
