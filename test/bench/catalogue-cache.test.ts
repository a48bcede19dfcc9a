import { headersFor, loadOperations } from '../../bench/operations';
import { signDevelopmentToken } from '../../subgraphs/shared/graphql/auth';
import { ADMIN, type Hub, startHub } from '../hub';

const catalogue = loadOperations().find((operation) => operation.name === 'public-catalogue')!;
let hub: Hub;
beforeAll(async () => {
  hub = await startHub(['membership', 'services', 'projects'], { gatewaySettings: { RESPONSE_CACHE: 'on' } });
});
afterAll(() => hub?.stop());

/** Reads the public catalogue through the gateway; returns the service names and how many statements the services subgraph ran. */
async function readCatalogue(headers: Record<string, string>): Promise<{ names: string[]; statements: number }> {
  let names: string[] = [];
  const counts = await hub.countStatements(async () => {
    const response = await fetch(hub.gateway.url, { method: 'POST', headers, body: JSON.stringify({ query: catalogue.query }) });
    names = ((await response.json()).data.services.nodes as Array<{ name: string }>).map((service) => service.name);
  });
  return { names, statements: counts.services };
}

async function renameBibblix(name: string): Promise<void> {
  const token = await signDevelopmentToken(ADMIN);
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const query = 'mutation($id: ID!, $name: String!) { updateService(id: $id, input: { name: $name }) { id name } }';
  const {
    data: { service },
  } = await (await fetch(hub.gateway.url, { method: 'POST', headers, body: JSON.stringify({ query: '{ service(slug: "bibblix") { id } }' }) })).json();
  const response = await (
    await fetch(hub.gateway.url, { method: 'POST', headers, body: JSON.stringify({ query, variables: { id: service.id, name } }) })
  ).json();
  expect(response.data.updateService.name).toBe(name);
}

test('an anonymous catalogue read is answered from the gateway cache until a mutation passes', async () => {
  const anonymous = await headersFor(catalogue);
  const first = await readCatalogue(anonymous);
  expect(first.statements).toBeGreaterThan(0);
  expect(await readCatalogue(anonymous)).toEqual({ names: first.names, statements: 0 });

  await renameBibblix('Bibblix barnbibliotek');
  const afterMutation = await readCatalogue(anonymous);
  expect(afterMutation.statements).toBeGreaterThan(0);
  expect(afterMutation.names).toContain('Bibblix barnbibliotek');
});

test('a caller with a token is answered from its own cached answer, never from the anonymous one', async () => {
  const analyst = await headersFor({ ...catalogue, caller: { role: 'analyst' } });
  await readCatalogue(await headersFor(catalogue));
  const first = await readCatalogue(analyst);
  expect(first.statements).toBeGreaterThan(0);
  expect(await readCatalogue(analyst)).toEqual({ names: first.names, statements: 0 });
});
