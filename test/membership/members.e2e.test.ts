import { MembersActiveOnDocument } from '../generated/graphql';
import { dataOf, startHub, type Hub } from '../hub';

let hub: Hub;
beforeAll(async () => {
  hub = await startHub(['membership']);
});
afterAll(() => hub?.stop());

test('140 members on 2023-01-01 and 98 at the end of 2017, through the gateway', async () => {
  const on2023 = dataOf(await hub.request(MembersActiveOnDocument, { activeOn: '2023-01-01', first: 200 }));
  const end2017 = dataOf(await hub.request(MembersActiveOnDocument, { activeOn: '2017-12-31', first: 200 }));
  expect(on2023.members.totalCount).toBe(140);
  expect(on2023.members.nodes).toHaveLength(140);
  expect(end2017.members.totalCount).toBe(98);
});
