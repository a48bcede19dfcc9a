import { type BenchOperation, headersFor, loadOperations } from '../../bench/operations';
import { overrideConfig } from '../../subgraphs/shared/platform/config';
import { type Hub, startHub } from '../hub';

const SUBGRAPHS = ['membership', 'services', 'projects', 'finance'];
const operations = loadOperations();
const hubs: Record<number, Hub> = {};

/**
 * This test counts statements, not time: subgraphs get 40 s and peers 30 s (SUBGRAPH_TIMEOUT_MS,
 * PEER_TIMEOUT_MS) for the scale-10 world's first, cold reports (about 1 s alone, over the default
 * 3 s on a loaded CI machine).
 */
const UNHURRIED = { SUBGRAPH_TIMEOUT_MS: '40000', PEER_TIMEOUT_MS: '30000' };

/** A hub seeded at a scale: the scale is read while the subgraphs seed, then the environment's setting is restored. */
async function hubAt(scale: number): Promise<Hub> {
  overrideConfig({ ...UNHURRIED, SEED_SCALE: String(scale) });
  try {
    return await startHub(SUBGRAPHS);
  } finally {
    overrideConfig(UNHURRIED);
  }
}

beforeAll(async () => {
  hubs[1] = await hubAt(1);
  hubs[10] = await hubAt(10);
});
afterAll(async () => {
  for (const hub of Object.values(hubs)) await hub.stop();
  overrideConfig({});
});

/** SQL statements per subgraph while the gateway answers the operation, and the size of the answer. */
async function run(hub: Hub, operation: BenchOperation): Promise<{ statements: Record<string, number>; bytes: number }> {
  const headers = await headersFor(operation);
  let text = '';
  const statements = await hub.countStatements(async () => {
    const response = await fetch(hub.gateway.url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: operation.query, variables: operation.variables }),
    });
    text = await response.text();
  });
  const body = JSON.parse(text);
  if (body.errors) throw new Error(`${operation.name}: ${JSON.stringify(body.errors)}`);
  return { statements, bytes: text.length };
}

test('the representative operations are there', () => {
  expect(operations.map((operation) => operation.name)).toEqual(
    expect.arrayContaining([
      'member-cost-view',
      'members-cost-statements',
      'cost-report-by-service',
      'cost-report-by-county',
      'service-subscribers',
      'public-catalogue',
    ]),
  );
});

test.each(operations.map((operation) => [operation.name, operation] as const))(
  '%s: every subgraph runs as many statements at scale 10 as at scale 1',
  async (_, operation) => {
    const normal = await run(hubs[1], operation);
    const scaled = await run(hubs[10], operation);
    expect(scaled.statements).toEqual(normal.statements);
    expect(Object.values(normal.statements).some((count) => count > 0)).toBe(true);
  },
);
