import { print } from 'graphql';
import { signDevelopmentToken } from '../../subgraphs/shared/graphql/auth';
import { AddRepresentativeDocument, SearchMembersDocument } from '../generated/graphql';
import { ADMIN, dataOf, type Hub, startHub } from '../hub';
import { captureOutput } from './capture';

let hub: Hub;
let nacka: string;
beforeAll(async () => {
  hub = await startHub(['membership'], { subgraphLogLevel: 'debug' });
  nacka = dataOf(await hub.request(SearchMembersDocument, { search: 'Nacka', first: 1 })).members.nodes[0].id;
});
afterAll(() => hub?.stop());

const EMAIL = 'anna.lindqvist@nacka.example';
const PHONE = '+46 70 123 45 67';

/** Adds a representative with an e-mail and a phone number in the variables, as an admin with a bearer token, through `url`. */
async function addRepresentative(url: string, token: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({
      query: print(AddRepresentativeDocument),
      operationName: 'AddRepresentative',
      variables: { memberId: nacka, input: { name: 'Anna Lindqvist', role: 'IT contact', email: EMAIL, phone: PHONE } },
    }),
  });
  return { requestId: response.headers.get('x-request-id'), body: await response.json() };
}

/** Every line written while `work` runs, each of which must be one JSON object. */
async function logLinesOf(work: () => Promise<unknown>): Promise<{ lines: string[]; entries: Record<string, unknown>[] }> {
  const output = captureOutput();
  try {
    await work();
  } finally {
    output.restore();
  }
  const lines = output.lines();
  return { lines, entries: lines.map((line) => JSON.parse(line)) };
}

test('at debug level every log line is JSON, and none shows the bearer token, the e-mail address or the phone number sent', async () => {
  const token = await signDevelopmentToken(ADMIN);
  const debugging = await hub.startGateway({ settings: { LOG_LEVEL: 'debug' } });
  let answer: Awaited<ReturnType<typeof addRepresentative>> | undefined;
  const { lines, entries } = await logLinesOf(async () => (answer = await addRepresentative(debugging.url, token)));
  expect(answer?.body.errors).toBeUndefined();
  expect(answer?.body.data.addRepresentative.email).toBe(EMAIL);
  expect(entries.length).toBeGreaterThan(5);
  expect(entries.filter((entry) => entry.level === 'debug' && entry.service === 'gateway').length).toBeGreaterThan(0);
  expect(lines.some((line) => line.includes('AddRepresentative'))).toBe(true);
  const leaks = [token, EMAIL, PHONE, PHONE.replace(/ /g, ''), 'anna.lindqvist'];
  expect(lines.filter((line) => leaks.some((leak) => line.includes(leak)))).toEqual([]);
});

test("the gateway keeps a caller's x-request-id, passes it to the subgraph, answers it back, and both log it", async () => {
  const token = await signDevelopmentToken(ADMIN);
  const logging = await hub.startGateway({ settings: { LOG_LEVEL: 'info' } });
  let answer: Awaited<ReturnType<typeof addRepresentative>> | undefined;
  const { entries } = await logLinesOf(async () => (answer = await addRepresentative(logging.url, token, { 'x-request-id': 'dashboard-4711' })));
  expect(answer?.requestId).toBe('dashboard-4711');
  const requests = entries.filter((entry) => entry.msg === 'request');
  expect(requests).toEqual([
    expect.objectContaining({ service: 'membership', level: 'info', requestId: 'dashboard-4711', errors: [] }),
    expect.objectContaining({ service: 'gateway', level: 'info', requestId: 'dashboard-4711', operationName: 'AddRepresentative', status: 200 }),
  ]);
});

test('without one the gateway makes a request id, answers it and the subgraph logs the same', async () => {
  const token = await signDevelopmentToken(ADMIN);
  const logging = await hub.startGateway({ settings: { LOG_LEVEL: 'info' } });
  let answer: Awaited<ReturnType<typeof addRepresentative>> | undefined;
  const { entries } = await logLinesOf(async () => (answer = await addRepresentative(logging.url, token)));
  expect(answer?.requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(entries.filter((entry) => entry.msg === 'request').map((entry) => [entry.service, entry.requestId])).toEqual([
    ['membership', answer?.requestId],
    ['gateway', answer?.requestId],
  ]);
});
