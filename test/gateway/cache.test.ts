import { type Recorder, startRecorder } from '../../bench/recorder';
import type { RunningGateway } from '../../gateway/server';
import { signDevelopmentToken } from '../../subgraphs/shared/graphql/auth';
import { type Hub, startHub } from '../hub';

let hub: Hub;
let recorders: Recorder[];
let cached: RunningGateway;
let uncached: RunningGateway;
beforeAll(async () => {
  hub = await startHub(['membership', 'services']);
  recorders = await Promise.all(['membership', 'services'].map((name) => startRecorder(hub.subgraphs[name].url)));
  const subgraphUrls = { membership: recorders[0].url, services: recorders[1].url };
  cached = await hub.startGateway({ subgraphUrls });
  uncached = await hub.startGateway({ subgraphUrls, catalogueCache: false });
});
afterAll(async () => {
  await hub?.stop();
  for (const recorder of recorders ?? []) await recorder.stop();
});

/** The bodies the gateway at `url` sent the subgraphs for one operation, subgraph by subgraph. */
async function subgraphRequests(url: string, query: string, variables: object = {}, headers: Record<string, string> = {}): Promise<string[][]> {
  for (const recorder of recorders) recorder.take();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  expect((await response.json()).errors).toBeUndefined();
  return recorders.map((recorder) => recorder.take());
}

test('an anonymous operation the cache does not serve reaches the subgraphs exactly as without the cache', async () => {
  const query = '{ members(first: 3) { nodes { name boardAssignments { person role } } } services(first: 2) { nodes { name } } }';
  const withCache = await subgraphRequests(cached.url, query);
  expect(withCache.flat().length).toBeGreaterThan(0);
  expect(withCache).toEqual(await subgraphRequests(uncached.url, query));
});

test('a mutation reaches the subgraphs exactly as without the cache', async () => {
  const headers = { authorization: `Bearer ${await signDevelopmentToken({ role: 'admin' })}` };
  const { data } = await (
    await fetch(cached.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ members(first: 1) { nodes { id name } } }' }),
    })
  ).json();
  const [member] = data.members.nodes as Array<{ id: string; name: string }>;
  const mutation = 'mutation($id: ID!, $name: String!) { updateMember(id: $id, input: { name: $name }) { name } }';
  const variables = { id: member.id, name: member.name };
  expect(await subgraphRequests(cached.url, mutation, variables, headers)).toEqual(await subgraphRequests(uncached.url, mutation, variables, headers));
});
