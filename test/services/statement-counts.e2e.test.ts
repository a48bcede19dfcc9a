import { MembersServiceUsageDocument } from '../generated/graphql';
import { dataOf, type Hub, startHub } from '../hub';

let hub: Hub;
beforeAll(async () => {
  hub = await startHub(['membership', 'services']);
});
afterAll(() => hub?.stop());

/** SQL statements the services subgraph runs to resolve Member.subscriptions/services/councilSeats for the first `first` members. */
async function servicesStatementsFor(first: number): Promise<{ statements: number; members: number; subscriptions: number }> {
  let members = 0;
  let subscriptions = 0;
  const counts = await hub.countStatements(async () => {
    const { nodes } = dataOf(await hub.request(MembersServiceUsageDocument, { activeOn: '2023-01-01', first })).members;
    members = nodes.length;
    subscriptions = nodes.reduce((sum, member) => sum + member.subscriptions.length, 0);
  });
  return { statements: counts.services, members, subscriptions };
}

test('Member.subscriptions, services and councilSeats cost one statement each, for 10 members as for all 140', async () => {
  const few = await servicesStatementsFor(10);
  const all = await servicesStatementsFor(200);
  expect(few.members).toBe(10);
  expect(all.members).toBe(140);
  expect(all.subscriptions).toBeGreaterThan(few.subscriptions);
  expect(all.statements).toBe(few.statements);
  expect(all.statements).toBe(3);
});
