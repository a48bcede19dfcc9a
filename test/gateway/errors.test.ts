import { parse } from 'graphql';
import type { RunningGateway } from '../../gateway/server';
import { type Hub, startHub } from '../hub';

let hub: Hub;
let closed: RunningGateway;
beforeAll(async () => {
  hub = await startHub(['membership']);
  closed = await hub.startGateway({ settings: { INTROSPECTION: 'off' } });
});
afterAll(() => hub?.stop());

async function errorsOf(query: string, variables?: Record<string, unknown>, url = hub.gateway.url) {
  const { errors } = await hub.request(parse(query), variables, { url });
  return (errors ?? []).map((error) => ({ code: error.extensions?.code, message: error.message }));
}

test.each([
  ['an Int', '{ members(first: "many") { totalCount } }', 'query($first: Int!) { members(first: $first) { totalCount } }', { first: 'many' }],
  [
    'an enum value',
    '{ members(first: 1, kind: CITY) { totalCount } }',
    'query($kind: MemberKind) { members(first: 1, kind: $kind) { totalCount } }',
    { kind: 'CITY' },
  ],
  [
    'a Date (checked by the subgraph)',
    '{ members(first: 1, activeOn: "someday") { totalCount } }',
    'query($on: Date) { members(first: 1, activeOn: $on) { totalCount } }',
    { on: 'someday' },
  ],
])('a value that is not %s is BAD_USER_INPUT, inline or as a variable', async (_, inline, withVariable, variables) => {
  expect((await errorsOf(inline)).map((error) => error.code)).toEqual(['BAD_USER_INPUT']);
  expect((await errorsOf(withVariable, variables)).map((error) => error.code)).toEqual(['BAD_USER_INPUT']);
});

test('a missing required variable is BAD_USER_INPUT', async () => {
  expect(await errorsOf('query($first: Int!) { members(first: $first) { totalCount } }')).toEqual([
    { code: 'BAD_USER_INPUT', message: expect.stringContaining('$first') },
  ]);
});

test('an invalid document is GRAPHQL_VALIDATION_FAILED', async () => {
  expect((await errorsOf('query($first: String) { members(first: $first) { totalCount } }')).map((error) => error.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  expect((await errorsOf('{ members(first: 1) { totalCont } }')).map((error) => error.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
});

test('with INTROSPECTION=off no error suggests names from the schema', async () => {
  const attempts = [
    await errorsOf('{ members(first: 1) { totalCont } }', undefined, closed.url),
    await errorsOf('{ members(first: 1, kind: MUNICIPALITIES) { totalCount } }', undefined, closed.url),
    await errorsOf('query($kind: MemberKind) { members(first: 1, kind: $kind) { totalCount } }', { kind: 'MUNICIPALITIES' }, closed.url),
  ];
  for (const errors of attempts) {
    expect(errors).toHaveLength(1);
    expect(errors[0].message).not.toMatch(/did you mean|totalCount|"MUNICIPALITY"/i);
  }
  expect((await errorsOf('{ members(first: 1) { totalCont } }'))[0].message).toMatch(/Did you mean "totalCount"\?/);
});
