import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { subgraphNamed } from '../../subgraphs';
import { silentProgress } from '../../subgraphs/shared/platform/progress';
import { worldMembers } from '../../subgraphs/shared/seed-world/members';
import { worldCouncilSeats, worldServices, worldSubscriptions } from '../../subgraphs/shared/seed-world/services';
import {
  ManagementPartnersDocument,
  MemberServicesOnDocument,
  ServiceByIdDocument,
  ServiceCouncilDocument,
  ServiceSubscribersDocument,
  ServicesDocument,
  SubscriptionsDocument,
} from '../generated/graphql';
import { dataOf, errorOf, type GraphQLResponse, type Hub, startHub } from '../hub';

let hub: Hub;
beforeAll(async () => {
  hub = await startHub(['membership', 'services', 'projects']);
});
afterAll(() => hub?.stop());

const members = new Map(worldMembers().map((member) => [member.key, member]));
const member = (key: string) => members.get(key)!;
const covers = (period: { from: string; to: string | null }, day: string) => period.from <= day && (period.to === null || day < period.to);
const names = (items: Array<{ member: { name: string } }>) => items.map((item) => item.member.name).sort();

describe("a member on a day: the services it uses, each with its council's seat holders", () => {
  test('Nacka at the end of 2017 uses Provisum, whose council is Nacka (chair) and Luleå', async () => {
    const day = '2017-12-31';
    const { member: nacka } = dataOf(await hub.request(MemberServicesOnDocument, { id: member('nacka').id, on: day }));
    const expected = worldSubscriptions()
      .filter((s) => s.memberKey === 'nacka' && covers(s, day))
      .map((s) => s.serviceKey);
    expect(nacka!.services.map((service) => service.slug).sort()).toEqual([...new Set(expected)].sort());
    const provisum = nacka!.services.find((service) => service.slug === 'provisum')!;
    expect(names(provisum.council.seats)).toEqual(['Luleå kommun', 'Nacka kommun']);
    expect(provisum.council.seats[0]).toMatchObject({ role: 'CHAIR', member: { name: 'Nacka kommun' } });
  });

  test('every seat holder shown for every service of every member asked about is a member the world seats on that day', async () => {
    const day = '2023-06-01';
    for (const key of ['sollentuna', 'alingsas', 'lulea', 'hoglandet']) {
      const { member: found } = dataOf(await hub.request(MemberServicesOnDocument, { id: member(key).id, on: day }));
      const uses = new Set(
        worldSubscriptions()
          .filter((s) => s.memberKey === key && covers(s, day))
          .map((s) => s.serviceKey),
      );
      expect(new Set(found!.services.map((service) => service.slug))).toEqual(uses);
      for (const service of found!.services) {
        const seated = worldCouncilSeats()
          .filter((seat) => seat.serviceKey === service.slug && covers(seat, day))
          .map((seat) => member(seat.memberKey).name);
        expect(names(service.council.seats)).toEqual(seated.sort());
        expect(service.council.seats.length).toBeGreaterThan(0);
      }
    }
  });
});

describe("a service: its subscribing members' names and kinds", () => {
  test('Provisum: Nacka and Luleå use it; Västerås and Kristianstad have left; its partner is Resursen Sverige AB', async () => {
    const { service } = dataOf(await hub.request(ServiceSubscribersDocument, { slug: 'provisum' }));
    expect(service!.partner?.name).toBe('Resursen Sverige AB');
    const byName = Object.fromEntries(service!.subscriptions.map((s) => [s.member.name, s]));
    expect(Object.keys(byName).sort()).toEqual(['Kristianstads kommun', 'Luleå kommun', 'Nacka kommun', 'Västerås stad']);
    expect(service!.subscriptions.every((s) => s.member.kind === 'MUNICIPALITY' && s.source === 'SEED')).toBe(true);
    expect(byName['Västerås stad'].to).not.toBeNull();
    expect(byName['Kristianstads kommun'].to).not.toBeNull();
    const current = dataOf(await hub.request(ServiceSubscribersDocument, { slug: 'provisum', activeOn: '2017-12-31' }));
    expect(names(current.service!.subscriptions)).toEqual(['Luleå kommun', 'Nacka kommun']);
  });

  test('Bibblix: more than 70 municipalities on 2023-01-01, and more during 2023', async () => {
    const start = dataOf(await hub.request(ServiceSubscribersDocument, { slug: 'bibblix', activeOn: '2023-01-01' })).service!.subscriptions;
    const end = dataOf(await hub.request(ServiceSubscribersDocument, { slug: 'bibblix', activeOn: '2023-12-31' })).service!.subscriptions;
    expect(start.length).toBeGreaterThan(70);
    expect(end.length).toBeGreaterThan(start.length);
    expect(new Set(start.map((s) => s.member.kind))).toEqual(new Set(['MUNICIPALITY']));
    expect(start.every((s) => s.member.name.length > 0)).toBe(true);
  });

  test('Egil: about 40 users on 2023-01-01, including the municipal federations', async () => {
    const users = dataOf(await hub.request(ServiceSubscribersDocument, { slug: 'egil', activeOn: '2023-01-01' })).service!.subscriptions;
    expect(users.length).toBeGreaterThanOrEqual(35);
    expect(users.length).toBeLessThanOrEqual(45);
    const federations = users.filter((s) => s.member.kind === 'MUNICIPAL_FEDERATION').map((s) => s.member.name);
    expect(federations).toEqual(expect.arrayContaining(['Höglandets kommunalförbund', 'Västbergslagens Utbildningsförbund']));
  });

  test('Multifråga is offered as Classic and XL; XL users switch from Classic in 2023, which ends the day XL begins', async () => {
    const { service } = dataOf(await hub.request(ServiceSubscribersDocument, { slug: 'multifraga' }));
    expect(service!.variants).toEqual(['Classic', 'XL']);
    const xl = service!.subscriptions.filter((s) => s.variant === 'XL');
    const classicEnd = new Map(service!.subscriptions.filter((s) => s.variant === 'Classic').map((s) => [s.member.id, s.to]));
    expect(xl).toHaveLength(8);
    expect(xl.every((s) => s.from >= '2023-01-01' && classicEnd.get(s.member.id) === s.from)).toBe(true);
    const inUse = dataOf(await hub.request(ServiceSubscribersDocument, { slug: 'multifraga', activeOn: '2023-12-31' })).service!.subscriptions;
    expect(inUse.length).toBe(new Set(inUse.map((s) => s.member.id)).size);
  });
});

describe('councils and integrations', () => {
  test('FixaMinGata: four council meetings in 2017, and the integrations of Sollentuna and Alingsås', async () => {
    const { service } = dataOf(await hub.request(ServiceCouncilDocument, { slug: 'fixamingata', year: 2017 }));
    expect(service!.council.meetings).toHaveLength(4);
    const integrations = service!.integrations.map((i) => [i.method, i.system, i.member?.name ?? null]);
    expect(integrations).toEqual(
      expect.arrayContaining([
        ['WEB_SERVICE', 'ServiceNow', 'Sollentuna kommun'],
        ['WEB_SERVICE', 'Infracontrol Online', 'Alingsås kommun'],
        ['EMAIL', 'FlexiteBPMS', null],
      ]),
    );
    expect(new Set(integrations.map(([method]) => method))).toEqual(new Set(['WEB_SERVICE', 'WEB_CLIENT', 'EMAIL']));
  });

  test('UKA: three council meetings in 2017 and its Beda integration', async () => {
    const { service } = dataOf(await hub.request(ServiceCouncilDocument, { slug: 'uka', year: 2017 }));
    expect(service!.council.meetings).toHaveLength(3);
    expect(service!.integrations.map((i) => i.system)).toContain('Beda (UHR)');
  });

  test("every council seat, ever, is held by a member that used the service on the seat's first day, and a council has at most one chair", async () => {
    for (const slug of ['bibblix', 'egil', 'multifraga', 'fixamingata', 'provisum', 'tillarbetslivet', 'uka', 'streamflow']) {
      const { service } = dataOf(await hub.request(ServiceCouncilDocument, { slug }));
      const subscriptions = dataOf(await hub.request(ServiceSubscribersDocument, { slug })).service!.subscriptions;
      expect(service!.council.seats.length).toBeGreaterThan(0);
      for (const seat of service!.council.seats) {
        expect(subscriptions.some((s) => s.member.id === seat.member.id && covers(s, seat.from))).toBe(true);
      }
      expect(service!.council.seats.filter((seat) => seat.role === 'CHAIR')).toHaveLength(1);
    }
  });
});

describe('queries', () => {
  test('the catalogue: active, planned and retired services; Streamflow under AGPL v3; Resursen the one management partner the documents name', async () => {
    const all = dataOf(await hub.request(ServicesDocument, { first: 100 })).services;
    expect(all.nodes.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Bibblix', 'Egil', 'Multifråga', 'FixaMinGata', 'Provisum', 'Tillarbetslivet', 'UKA', 'Streamflow', 'ivis']),
    );
    const retired = dataOf(await hub.request(ServicesDocument, { status: 'RETIRED', first: 100 })).services.nodes;
    expect(retired.map((s) => s.slug).sort()).toEqual(['ivis', 'streamflow']);
    expect(retired.find((s) => s.slug === 'streamflow')!.licence).toBe('AGPL-3.0');
    expect(retired.find((s) => s.slug === 'ivis')!.partner).toBeNull();
    const active = dataOf(await hub.request(ServicesDocument, { status: 'ACTIVE', first: 100 })).services;
    const planned = dataOf(await hub.request(ServicesDocument, { status: 'PLANNED', first: 100 })).services;
    expect(active.totalCount + planned.totalCount + retired.length).toBe(all.totalCount);
    const partners = dataOf(await hub.request(ManagementPartnersDocument, {})).managementPartners;
    expect(partners).toEqual([{ name: 'Resursen Sverige AB', serviceRoles: [{ role: 'MANAGEMENT', service: { slug: 'provisum' } }] }]);
  });

  test('filters by area and search, and pages through with cursors', async () => {
    const school = dataOf(await hub.request(ServicesDocument, { area: 'SCHOOL', first: 100 })).services.nodes.map((s) => s.slug);
    expect(school).toEqual(expect.arrayContaining(['egil', 'tillarbetslivet', 'uka', 'ivis']));
    expect(school).not.toContain('bibblix');
    const found = dataOf(await hub.request(ServicesDocument, { search: 'överförmyndare', first: 10 })).services.nodes.map((s) => s.slug);
    expect(found).toEqual(['provisum']);
    const all = dataOf(await hub.request(ServicesDocument, { first: 100 })).services.nodes.map((s) => s.slug);
    const first = dataOf(await hub.request(ServicesDocument, { first: 4 })).services;
    const second = dataOf(await hub.request(ServicesDocument, { first: 4, after: first.pageInfo.endCursor })).services;
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect([...first.nodes, ...second.nodes].map((s) => s.slug)).toEqual(all.slice(0, 8));
  });

  test('service by id or slug; exactly one must be given', async () => {
    const bySlug = dataOf(await hub.request(ServiceByIdDocument, { slug: 'streamflow' })).service;
    const byId = dataOf(await hub.request(ServiceByIdDocument, { id: bySlug!.id })).service;
    expect(byId).toEqual(bySlug);
    expect(bySlug).toMatchObject({ status: 'RETIRED', retiredOn: expect.any(String) });
    expect(dataOf(await hub.request(ServiceByIdDocument, { slug: 'no-such-service' })).service).toBeNull();
    expect(errorOf(await hub.request(ServiceByIdDocument, {})).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await hub.request(ServiceByIdDocument, { id: bySlug!.id, slug: 'streamflow' })).code).toBe('BAD_USER_INPUT');
  });

  test('subscriptions by service, member and day, paged', async () => {
    const provisum = dataOf(await hub.request(ServiceByIdDocument, { slug: 'provisum' })).service!;
    const nacka = dataOf(await hub.request(SubscriptionsDocument, { memberId: member('nacka').id, serviceId: provisum.id, first: 10 })).subscriptions;
    expect(nacka.nodes).toEqual([
      expect.objectContaining({ service: { slug: 'provisum' }, member: { id: member('nacka').id, name: 'Nacka kommun' }, to: null }),
    ]);
    const on2023 = dataOf(await hub.request(SubscriptionsDocument, { activeOn: '2023-01-01', first: 1000 })).subscriptions;
    expect(on2023.totalCount).toBe(worldSubscriptions().filter((s) => covers(s, '2023-01-01')).length);
    const page = dataOf(await hub.request(SubscriptionsDocument, { activeOn: '2023-01-01', first: 100 })).subscriptions;
    const next = dataOf(await hub.request(SubscriptionsDocument, { activeOn: '2023-01-01', first: 100, after: page.pageInfo.endCursor })).subscriptions;
    expect(new Set([...page.nodes, ...next.nodes].map((s) => s.id)).size).toBe(page.nodes.length + next.nodes.length);
    expect(errorOf(await hub.request(SubscriptionsDocument, { memberId: 'nacka', first: 10 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('memberId'),
    });
  });
});

describe('the subgraph itself', () => {
  type Entities = { _entities: Array<{ __typename: string; id: string; name?: string; from?: string } | null> };
  const entities = parse(`query ($representations: [_Any!]!) {
    _entities(representations: $representations) { __typename ... on Service { id name } ... on ServiceSubscription { id from } }
  }`) as TypedDocumentNode<Entities, { representations: Array<{ __typename: string; id: string }> }>;

  test('resolves Service and ServiceSubscription references with one statement per type, whatever their number, and unknown ones as null', async () => {
    const representations = [
      ...worldServices().map(({ id }) => ({ __typename: 'Service', id })),
      ...worldSubscriptions().map(({ id }) => ({ __typename: 'ServiceSubscription', id })),
      { __typename: 'Service', id: '00000000-0000-4000-8000-000000000000' },
    ];
    let response: GraphQLResponse<Entities> = {};
    const statements = await hub.countStatements(async () => {
      response = await hub.request(entities, { representations }, { url: hub.subgraphs.services.url });
    });
    const found = dataOf(response)._entities;
    expect(found.map((entity) => entity?.name ?? entity?.from ?? null)).toEqual([
      ...worldServices().map((s) => s.name),
      ...worldSubscriptions().map((s) => s.from),
      null,
    ]);
    expect(statements.services).toBe(2);
  });

  test('seeding again changes nothing (the seed is idempotent)', async () => {
    const count = async () => dataOf(await hub.request(SubscriptionsDocument, { first: 1 })).subscriptions.totalCount;
    const before = await count();
    await subgraphNamed('services').seed(hub.subgraphs.services.orm.em.fork(), silentProgress);
    expect(await count()).toBe(before);
    expect(before).toBe(worldSubscriptions().length);
  });
});
