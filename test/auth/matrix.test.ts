import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { api, operationWith } from '../api-values';
import { SearchMembersDocument } from '../generated/graphql';
import { ADMIN, ANALYST, type Caller, dataOf, type Hub, memberUser, startHub } from '../hub';

/**
 * Every role against every sensitive field and every mutation, through the gateway and straight
 * against the owning subgraph: a caller gets exactly what the rules give its role, and nothing is
 * refused that the rules allow.
 */
type Role = 'anonymous' | 'own member' | 'other member' | 'analyst' | 'admin';
const ROLES: Role[] = ['anonymous', 'own member', 'other member', 'analyst', 'admin'];

let hub: Hub;
let nacka: string;
let lund: string;
/** One of Nacka's subscriptions in 2023 with what it costs, and one of Lund's; a service and a project. */
let nackaSubscription: ChargedSubscription;
let lundSubscription: ChargedSubscription;
let serviceId: string;
let projectId: string;

interface ChargedSubscription {
  id: string;
  service: { id: string };
  cost: { id: string; amount: { amount: string } } | null;
}

async function chargedSubscription(memberId: string): Promise<ChargedSubscription> {
  const query = `{ member(id: "${memberId}") { subscriptions(activeOn: "2023-06-30") { id service { id } cost(year: 2023) { id amount { amount } } } } }`;
  const { data } = (await send(hub.gateway.url, query, 'admin')) as { data: { member: { subscriptions: ChargedSubscription[] } } };
  const charged = data.member.subscriptions.find((subscription) => subscription.cost !== null);
  if (!charged) throw new Error(`member ${memberId} has no charged subscription in 2023`);
  return charged;
}

beforeAll(async () => {
  hub = await startHub(['membership', 'services', 'projects', 'finance']);
  const id = async (search: string) => dataOf(await hub.request(SearchMembersDocument, { search, first: 1 })).members.nodes[0].id;
  [nacka, lund] = [await id('Nacka'), await id('Lund')];
  [nackaSubscription, lundSubscription] = [await chargedSubscription(nacka), await chargedSubscription(lund)];
  const { data } = (await send(hub.gateway.url, '{ services(first: 1) { nodes { id } } projects(first: 1) { nodes { id } } }', 'admin')) as {
    data: { services: { nodes: Array<{ id: string }> }; projects: { nodes: Array<{ id: string }> } };
  };
  [serviceId, projectId] = [data.services.nodes[0].id, data.projects.nodes[0].id];
});
afterAll(() => hub?.stop());

function callerFor(role: Role): Caller | undefined {
  return { anonymous: undefined, 'own member': memberUser(nacka), 'other member': memberUser(lund), analyst: ANALYST, admin: ADMIN }[role];
}

async function send(url: string, query: string, role: Role) {
  return hub.request(parse(query), undefined, { url, as: callerFor(role) }) as Promise<{
    data?: unknown;
    errors?: Array<{ path?: Array<string | number>; extensions?: { code?: string } }>;
  }>;
}

/** Refused: FORBIDDEN at the field itself or at an ancestor that guards it (then the field is never reached). */
const forbiddenAt = (errors: Array<{ path?: Array<string | number>; extensions?: { code?: string } }> = [], fields: string[]) =>
  errors.some((error) => error.extensions?.code === 'FORBIDDEN' && fields.some((field) => error.path?.includes(field)));

interface FieldCase {
  field: string;
  /** An ancestor field whose own rule already refuses some roles. */
  guardedBy?: string;
  owner: string;
  allowed: Role[];
  /** The query through the gateway. */
  gateway: () => string;
  /** The same field asked of its owner directly: every entity lookup that reaches it, or the root field itself. */
  direct: Array<() => string>;
}

/** An entity lookup as the gateway sends it: the key, and the fields the subgraph @requires. */
const entity = (typename: string, representation: () => string, selection: string) => () =>
  `{ _entities(representations: [{ __typename: "${typename}", ${representation()} }]) { ... on ${typename} { ${selection} } } }`;
const subscriptionOf = (memberId: () => string, subscription: () => ChargedSubscription) => () =>
  `id: "${subscription().id}", member: { id: "${memberId()}" }, service: { id: "${subscription().service.id}" }`;
const STAFF_AND_OWN: Role[] = ['own member', 'analyst', 'admin'];
const STAFF: Role[] = ['analyst', 'admin'];

const FIELDS: FieldCase[] = [
  ...(
    [
      ['representatives', 'representatives { name }'],
      ['email', 'representatives { email }'],
      ['phone', 'representatives { phone }'],
    ] as const
  ).map(([field, selection]) => ({
    field,
    guardedBy: field === 'representatives' ? undefined : 'representatives',
    owner: 'membership',
    allowed: field === 'representatives' ? STAFF_AND_OWN : (['own member', 'admin'] as Role[]),
    gateway: () => `{ member(id: "${nacka}") { ${selection} } }`,
    direct: [() => `{ member(id: "${nacka}") { ${selection} } }`, entity('Member', () => `id: "${nacka}"`, selection)],
  })),
  ...['membershipFee(year: 2023) { band }', 'serviceCharges(year: 2023) { id }', 'costStatement(year: 2023) { total { amount } }'].map((selection) => ({
    field: selection.split('(')[0],
    owner: 'finance',
    allowed: STAFF_AND_OWN,
    gateway: () => `{ member(id: "${nacka}") { name ${selection} } }`,
    direct: [entity('Member', () => `id: "${nacka}"`, selection)],
  })),
  {
    field: 'cost',
    owner: 'finance',
    allowed: STAFF_AND_OWN,
    gateway: () => `{ member(id: "${nacka}") { subscriptions(activeOn: "2023-06-30") { id cost(year: 2023) { id } } } }`,
    direct: [
      entity(
        'ServiceSubscription',
        subscriptionOf(
          () => nacka,
          () => nackaSubscription,
        ),
        'cost(year: 2023) { id }',
      ),
    ],
  },
  {
    field: 'economy',
    owner: 'finance',
    allowed: STAFF,
    gateway: () => `{ services(first: 1) { nodes { name economy(year: 2023) { covered } } } }`,
    direct: [entity('Service', () => `id: "${serviceId}"`, 'economy(year: 2023) { covered }')],
  },
  {
    field: 'funding',
    owner: 'finance',
    allowed: STAFF,
    gateway: () => `{ projects(first: 1) { nodes { name funding { year } } } }`,
    direct: [entity('Project', () => `id: "${projectId}"`, 'funding { year }')],
  },
  {
    field: 'costReport',
    owner: 'finance',
    allowed: STAFF,
    gateway: () => `{ budget(year: 2023) { year } costReport(year: 2023, groupBy: SERVICE) { total { amount } } }`,
    direct: [() => `{ costReport(year: 2023, groupBy: SERVICE) { total { amount } } }`],
  },
  {
    field: 'charges',
    owner: 'finance',
    allowed: ['own member', 'other member', 'analyst', 'admin'],
    gateway: () => `{ charges(year: 2023, first: 5) { totalCount } }`,
    direct: [() => `{ charges(year: 2023, first: 5) { totalCount } }`],
  },
  ...['membership', 'services', 'projects', 'finance'].map((owner) => ({
    field: `${owner}AuditTrail`,
    owner,
    allowed: ['admin'] as Role[],
    gateway: () => `{ ${owner}AuditTrail(first: 1) { totalCount } }`,
    direct: [() => `{ ${owner}AuditTrail(first: 1) { totalCount } }`],
  })),
];

describe.each(FIELDS)('$owner: $field', (fieldCase) => {
  test.each(ROLES)('%s', async (role) => {
    const routes = [
      ['gateway', hub.gateway.url, fieldCase.gateway()],
      ...fieldCase.direct.map((direct) => ['subgraph', hub.subgraphs[fieldCase.owner].url, direct()]),
    ];
    for (const [where, url, query] of routes) {
      expect({ where, query }).toEqual({ where, query: expect.stringContaining(fieldCase.field) });
      const response = await send(url, query, role);
      const refused = forbiddenAt(response.errors, [fieldCase.field, ...(fieldCase.guardedBy ? [fieldCase.guardedBy] : [])]);
      expect({ where, role, refused }).toEqual({ where, role, refused: !fieldCase.allowed.includes(role) });
      if (!refused) expect({ where, errors: response.errors ?? [] }).toEqual({ where, errors: [] });
    }
  });
});

test("a member user's charges list holds only its own member's charges", async () => {
  const query = `{ charges(year: 2023, first: 100) { totalCount nodes { member { id } } } all: charges(year: 2023, memberId: "${lund}", first: 5) { totalCount } }`;
  const { data } = (await send(hub.gateway.url, query, 'own member')) as {
    data: { charges: { totalCount: number; nodes: Array<{ member: { id: string } }> }; all: { totalCount: number } };
  };
  expect(data.charges.totalCount).toBeGreaterThan(0);
  expect(data.charges.nodes.every((node) => node.member.id === nacka)).toBe(true);
  expect(data.all.totalCount).toBe(0);
});

describe('forged entity lookups sent straight to finance by a member user', () => {
  const lookup = (representation: string, selection: string) =>
    `{ _entities(representations: [${representation}]) { ... on ${/"(\w+)"/.exec(representation)![1]} { ${selection} } } }`;
  let lundCharges: string[];
  beforeAll(async () => {
    const { data } = (await send(hub.gateway.url, `{ charges(year: 2023, memberId: "${lund}", first: 100) { nodes { id } } }`, 'admin')) as {
      data: { charges: { nodes: Array<{ id: string }> } };
    };
    lundCharges = data.charges.nodes.map((node) => node.id);
    expect(lundCharges).toContain(lundSubscription.cost!.id);
  });

  const refused = /^(FORBIDDEN|BAD_USER_INPUT)$/;
  test.each([
    [
      'a subscription carrying constructor.name "Member" and the caller\'s id, but Lund as its member',
      () =>
        lookup(
          `{ __typename: "ServiceSubscription", id: "${nacka}", constructor: { name: "Member" }, member: { id: "${lund}" }, service: { id: ` +
            `"${lundSubscription.service.id}" } }`,
          'cost(year: 2023) { id amount { amount } }',
        ),
      () => ({ data: { _entities: [{ cost: null }] } }),
    ],
    [
      "Lund's subscription with its real member",
      () =>
        lookup(
          `{ __typename: "ServiceSubscription", ${subscriptionOf(
            () => lund,
            () => lundSubscription,
          )()} }`,
          'cost(year: 2023) { id amount { amount } }',
        ),
      () => ({ errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: expect.stringMatching(refused) }) })] }),
    ],
    [
      "the caller's subscription id claiming Lund as its member (the claim is not read: the caller's own cost)",
      () =>
        lookup(
          `{ __typename: "ServiceSubscription", id: "${nackaSubscription.id}", member: { id: "${lund}" }, service: { id: "${lundSubscription.service.id}" } }`,
          'cost(year: 2023) { id amount { amount } }',
        ),
      () => ({ data: { _entities: [{ cost: nackaSubscription.cost }] } }),
    ],
    [
      'a Member carrying constructor.name "Member"',
      () => lookup(`{ __typename: "Member", id: "${lund}", constructor: { name: "Member" } }`, 'serviceCharges(year: 2023) { id }'),
      () => ({ errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: expect.stringMatching(refused) }) })] }),
    ],
  ])('%s: no data of another member', async (_, query, expected) => {
    const response = await send(hub.subgraphs.finance.url, query(), 'own member');
    const body = JSON.stringify(response);
    for (const id of lundCharges) expect(body).not.toContain(id);
    expect(response).toMatchObject(expected());
  });

  test("the same lookup of the caller's own subscription answers its cost", async () => {
    const query = lookup(
      `{ __typename: "ServiceSubscription", ${subscriptionOf(
        () => nacka,
        () => nackaSubscription,
      )()} }`,
      'cost(year: 2023) { id amount { amount } }',
    );
    expect(await send(hub.subgraphs.finance.url, query, 'own member')).toEqual({ data: { _entities: [{ cost: nackaSubscription.cost }] } });
  });
});

/** Every entity type each subgraph resolves for the gateway, from its SDL (not the stubs it only refers to, `resolvable: false`). */
const entityTypes = ['membership', 'services', 'projects', 'finance'].flatMap((owner) =>
  [...readFileSync(`schema/${owner}.graphql`, 'utf8').matchAll(/^type (\w+)\s+@key\(([^)]*)\)/gm)]
    .filter((match) => !match[2].includes('resolvable: false'))
    .map((match) => [owner, match[1]] as const),
);

describe.each(entityTypes)('%s: a bad %s representation is BAD_USER_INPUT', (owner, typename) => {
  const UUID = '00000000-0000-4000-8000-000000000000';
  test.each([
    ['without its id', `{ __typename: "${typename}"}`, 'representations.0.id'],
    ['with a number for its id', `{ __typename: "${typename}", id: 42}`, 'representations.0.id'],
    ['with an id that is no UUID', `{ __typename: "${typename}", id: "1 or 1=1"}`, 'representations.0.id'],
    ['with an id holding a NUL', `{ __typename: "${typename}", id: "${UUID}\\u0000"}`, 'representations.0.id'],
    ['that is not an object', `"${typename}"`, 'representations.0'],
  ])('%s', async (_, representation, field) => {
    const response = await send(hub.subgraphs[owner].url, `{ _entities(representations: [${representation}]) { __typename } }`, 'admin');
    expect(response.errors?.map((error) => error.extensions)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field })]);
  });
});

test.each(['membership', 'services', 'projects', 'finance'])('%s: a representation of a type that is no entity there is BAD_USER_INPUT', async (owner) => {
  for (const typename of ['Nope', 'Query', 'PageInfo']) {
    const response = await send(
      hub.subgraphs[owner].url,
      `{ _entities(representations: [{ __typename: "${typename}", id: "00000000-0000-4000-8000-000000000000" }]) { __typename } }`,
      'admin',
    );
    expect(response.errors?.map((error) => error.extensions)).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'representations.0.__typename' }),
    ]);
  }
});

const owners = ['membership', 'services', 'projects', 'finance'].flatMap((owner) => {
  const sdl = parse(readFileSync(`schema/${owner}.graphql`, 'utf8'));
  const mutation = sdl.definitions.find((definition) => 'name' in definition && definition.name?.value === 'Mutation');
  return mutation && 'fields' in mutation ? (mutation.fields ?? []).map((field) => [owner, field.name.value] as const) : [];
});

/**
 * Who may run each mutation: admins all; a member user also its own member's representatives. A
 * representative named by its own id is checked against its member after loading, so member users
 * pass the door there (test/auth/membership-access.test.ts covers the rest).
 */
const MEMBER_USERS: Role[] = ['admin', 'own member', 'other member'];
const MUTATION_ROLES: Record<string, Role[]> = {
  addRepresentative: ['admin', 'own member'],
  updateRepresentative: MEMBER_USERS,
  removeRepresentative: MEMBER_USERS,
};

test('the matrix covers every mutation of every subgraph', () => {
  expect(owners.length).toBeGreaterThanOrEqual(30);
  expect(new Set(owners.map(([owner]) => owner))).toEqual(new Set(['membership', 'services', 'projects', 'finance']));
});

describe.each(owners)('%s: mutation %s', (owner, name) => {
  test.each(ROLES)('%s', async (role) => {
    for (const [where, url] of [
      ['gateway', hub.gateway.url],
      ['subgraph', hub.subgraphs[owner].url],
    ] as const) {
      const query = operationWith('Mutation', api.getMutationType()!.getFields()[name], 'inline').query.replace(
        '"00000000-0000-4000-8000-000000000000"',
        role === 'own member' && name === 'addRepresentative' ? `"${nacka}"` : '"00000000-0000-4000-8000-000000000000"',
      );
      const response = await send(url, query, role);
      const codes = (response.errors ?? []).map((error) => error.extensions?.code);
      const mayRun = (MUTATION_ROLES[name] ?? ['admin']).includes(role);
      expect({ where, role, forbidden: codes.includes('FORBIDDEN') }).toEqual({ where, role, forbidden: !mayRun });
    }
  });
});
