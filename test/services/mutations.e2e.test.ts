import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { worldMembers } from '../../subgraphs/shared/seed-world/members';
import {
  AppointCouncilSeatDocument,
  CreateServiceDocument,
  type CreateServiceInput,
  EndCouncilSeatDocument,
  EndSubscriptionDocument,
  RecordCouncilMeetingDocument,
  ServiceByIdDocument,
  ServiceCouncilDocument,
  ServiceSubscribersDocument,
  ServicesDocument,
  SubscribeMemberDocument,
  UpdateServiceDocument,
} from '../generated/graphql';
import { ADMIN, dataOf, errorOf, type GraphQLResponse, type Hub, startHub } from '../hub';

let hub: Hub;
beforeAll(async () => {
  hub = await startHub(['membership', 'services', 'projects']);
});
afterAll(() => hub?.stop());

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const members = worldMembers();
const memberId = (key: string) => members.find((member) => member.key === key)!.id;
const formerMember = members.find((member) => member.leftOn?.startsWith('2020'))!;
const newMember = members.find((member) => member.joinedOn >= '2023-01-02')!;

const asAdmin = <T, V>(document: TypedDocumentNode<T, V>, variables: V) => hub.request(document, variables, { as: ADMIN });
const serviceId = async (slug: string) => dataOf(await hub.request(ServiceByIdDocument, { slug })).service!.id;
const council = async (slug: string, year?: number) => dataOf(await hub.request(ServiceCouncilDocument, { slug, year })).service!.council;
const subscriptions = async (slug: string) => dataOf(await hub.request(ServiceSubscribersDocument, { slug })).service!.subscriptions;
const serviceCount = async () => dataOf(await hub.request(ServicesDocument, { first: 1 })).services.totalCount;

/** Runs a failing mutation and answers its code and the field its message names. */
async function failure(response: Promise<GraphQLResponse<unknown>>): Promise<[string | undefined, string]> {
  const { code, message } = errorOf(await response);
  return [code, message.split(':')[0]];
}

test('mutations are for admins', async () => {
  const input = { councilId: UNKNOWN, heldOn: '2024-01-01' };
  expect(errorOf(await hub.request(RecordCouncilMeetingDocument, { input })).code).toBe('FORBIDDEN');
});

describe('createService and updateService', () => {
  const valid: CreateServiceInput = {
    name: 'Skolskjutsportalen',
    description: 'Applications for school transport, handled by the municipality.',
    area: 'SCHOOL',
    startedOn: '2027-01-01',
  };

  test('creates a planned service with a slug from its name and an empty council, then changes it', async () => {
    const { createService } = dataOf(await asAdmin(CreateServiceDocument, { input: valid }));
    expect(createService).toMatchObject({ slug: 'skolskjutsportalen', status: 'PLANNED', source: 'ENTERED', council: { seats: [] } });
    const { updateService } = dataOf(
      await asAdmin(UpdateServiceDocument, {
        id: createService.id,
        input: { licence: 'EUPL-1.2', description: 'School transport applications with e-signing.' },
      }),
    );
    expect(updateService).toMatchObject({
      slug: 'skolskjutsportalen',
      licence: 'EUPL-1.2',
      status: 'PLANNED',
      description: 'School transport applications with e-signing.',
    });
  });

  test('bad input and clashes are refused, and nothing is written', async () => {
    const before = await serviceCount();
    const cases: Array<[Partial<CreateServiceInput>, string, string]> = [
      [{ name: 'X' }, 'BAD_USER_INPUT', 'input.name'],
      [{ slug: 'Not A Slug' }, 'BAD_USER_INPUT', 'input.slug'],
      [{ status: 'RETIRED' }, 'BAD_USER_INPUT', 'input.retiredOn'],
      [{ status: 'RETIRED', retiredOn: '2026-01-01' }, 'BAD_USER_INPUT', 'input.retiredOn'],
      [{ retiredOn: '2028-01-01' }, 'BAD_USER_INPUT', 'input.retiredOn'],
      [{ name: 'Bibblix for adults', slug: 'bibblix' }, 'CONFLICT', 'input.slug'],
      [{ name: 'Egil', slug: 'egil-2' }, 'CONFLICT', 'input.name'],
    ];
    for (const [change, code, field] of cases) {
      expect([change, await failure(asAdmin(CreateServiceDocument, { input: { ...valid, name: 'Another service', ...change } }))]).toEqual([
        change,
        [code, field],
      ]);
    }
    expect(await serviceCount()).toBe(before);
  });

  test("an update must keep every subscription inside the service's lifetime", async () => {
    const bibblix = await serviceId('bibblix');
    const provisum = await serviceId('provisum');
    expect(await failure(asAdmin(UpdateServiceDocument, { id: bibblix, input: { status: 'RETIRED', retiredOn: '2023-06-01' } }))).toEqual([
      'CONFLICT',
      'input.retiredOn',
    ]);
    expect(await failure(asAdmin(UpdateServiceDocument, { id: provisum, input: { startedOn: '2016-01-01' } }))).toEqual(['CONFLICT', 'input.startedOn']);
    expect(await failure(asAdmin(UpdateServiceDocument, { id: bibblix, input: { status: 'RETIRED' } }))).toEqual(['BAD_USER_INPUT', 'input.retiredOn']);
    expect(await failure(asAdmin(UpdateServiceDocument, { id: bibblix, input: { slug: 'egil' } }))).toEqual(['CONFLICT', 'input.slug']);
    expect(await failure(asAdmin(UpdateServiceDocument, { id: UNKNOWN, input: { licence: 'MIT' } }))).toEqual(['NOT_FOUND', 'id']);
    expect(dataOf(await hub.request(ServiceByIdDocument, { id: bibblix })).service).toMatchObject({ slug: 'bibblix', status: 'ACTIVE', retiredOn: null });
    expect(dataOf(await hub.request(ServiceByIdDocument, { id: provisum })).service!.startedOn).toBe('2015-01-01');
  });
});

describe('subscribeMember and endSubscription', () => {
  test('Kristianstad returns to Provisum for 2024, which then ends', async () => {
    const provisum = await serviceId('provisum');
    const input = { serviceId: provisum, memberId: memberId('kristianstad'), from: '2024-01-01' };
    const { subscribeMember } = dataOf(await asAdmin(SubscribeMemberDocument, { input }));
    expect(subscribeMember).toMatchObject({
      from: '2024-01-01',
      to: null,
      variant: null,
      source: 'ENTERED',
      service: { slug: 'provisum' },
      member: { name: 'Kristianstads kommun' },
    });
    expect(await failure(asAdmin(SubscribeMemberDocument, { input: { ...input, from: '2024-06-01', to: '2024-07-01' } }))).toEqual(['CONFLICT', 'input.from']);
    const { endSubscription } = dataOf(await asAdmin(EndSubscriptionDocument, { id: subscribeMember.id, on: '2025-01-01' }));
    expect(endSubscription).toMatchObject({ from: '2024-01-01', to: '2025-01-01' });
    expect(await failure(asAdmin(EndSubscriptionDocument, { id: subscribeMember.id, on: '2025-06-01' }))).toEqual(['CONFLICT', 'id']);
  });

  test('a member uses one variant at a time: switching from Multifråga Classic to XL needs Classic ended first, on the day XL begins', async () => {
    const multifraga = await serviceId('multifraga');
    const seated = new Set((await council('multifraga')).seats.map((seat) => seat.member.id));
    const classic = (await subscriptions('multifraga')).find((s) => s.variant === 'Classic' && s.to === null && !seated.has(s.member.id))!;
    const xl = { serviceId: multifraga, memberId: classic.member.id, variant: 'XL', from: '2025-02-01' };
    const { code, message } = errorOf(await asAdmin(SubscribeMemberDocument, { input: xl }));
    expect(code).toBe('CONFLICT');
    expect(message).toMatch(
      new RegExp(
        `^input\\.from: the member already uses Multifråga Classic ${classic.from} – until further notice \\(subscription ${classic.id}\\); a member ` +
          `uses one variant at a time: to switch, end the other variant first`,
      ),
    );
    dataOf(await asAdmin(EndSubscriptionDocument, { id: classic.id, on: '2025-02-01' }));
    expect(dataOf(await asAdmin(SubscribeMemberDocument, { input: xl })).subscribeMember).toMatchObject({ variant: 'XL', from: '2025-02-01', to: null });
  });

  test('every bad subscription is refused with the field to change, and nothing is written', async () => {
    const [provisum, bibblix, multifraga] = await Promise.all(['provisum', 'bibblix', 'multifraga'].map(serviceId));
    const before = await subscriptions('provisum');
    const base = { serviceId: provisum, memberId: memberId('vasteras'), from: '2024-01-01' };
    const cases: Array<[object, string, string]> = [
      [{ to: '2023-12-31' }, 'BAD_USER_INPUT', 'input.to'],
      [{ to: '2024-01-01' }, 'BAD_USER_INPUT', 'input.to'],
      [{ memberId: UNKNOWN }, 'NOT_FOUND', 'input.memberId'],
      [{ memberId: 'vasteras' }, 'BAD_USER_INPUT', 'input.memberId'],
      [{ serviceId: UNKNOWN }, 'NOT_FOUND', 'input.serviceId'],
      [{ from: '2014-12-31' }, 'BAD_USER_INPUT', 'input.from'],
      [{ variant: 'XL' }, 'BAD_USER_INPUT', 'input.variant'],
      [{ memberId: memberId('nacka') }, 'CONFLICT', 'input.from'],
      [{ memberId: formerMember.id, from: '2021-01-01' }, 'BAD_USER_INPUT', 'input.to'],
      [{ memberId: newMember.id, from: '2022-06-01' }, 'BAD_USER_INPUT', 'input.from'],
      [{ serviceId: multifraga }, 'BAD_USER_INPUT', 'input.variant'],
      [{ serviceId: multifraga, variant: 'Gold' }, 'BAD_USER_INPUT', 'input.variant'],
      [{ serviceId: bibblix, from: '2019-01-01' }, 'BAD_USER_INPUT', 'input.from'],
    ];
    for (const [change, code, field] of cases) {
      expect([change, await failure(asAdmin(SubscribeMemberDocument, { input: { ...base, ...change } }))]).toEqual([change, [code, field]]);
    }
    expect(await subscriptions('provisum')).toEqual(before);
  });

  test('ending a subscription: dates, unknown ids, ended ones, and seats that would lose their subscription', async () => {
    const before = await subscriptions('provisum');
    const nacka = before.find((s) => s.member.name === 'Nacka kommun')!;
    const vasteras = before.find((s) => s.member.name === 'Västerås stad')!;
    expect(await failure(asAdmin(EndSubscriptionDocument, { id: nacka.id, on: '2014-01-01' }))).toEqual(['BAD_USER_INPUT', 'on']);
    expect(await failure(asAdmin(EndSubscriptionDocument, { id: vasteras.id, on: '2024-01-01' }))).toEqual(['CONFLICT', 'id']);
    expect(await failure(asAdmin(EndSubscriptionDocument, { id: UNKNOWN, on: '2024-01-01' }))).toEqual(['NOT_FOUND', 'id']);
    expect(await failure(asAdmin(EndSubscriptionDocument, { id: nacka.id, on: '2024-01-01' }))).toEqual(['CONFLICT', 'on']);
    expect(await subscriptions('provisum')).toEqual(before);
  });
});

describe('council seats and meetings', () => {
  test('only a member that uses the service over the whole period may hold a seat; one chair at a time', async () => {
    const { id: councilId, seats: before } = await council('provisum');
    const base = { councilId, memberId: memberId('lulea'), person: 'Eva Ekström', from: '2024-01-01' };
    const cases: Array<[object, string, string]> = [
      [{ memberId: memberId('vasteras') }, 'BAD_USER_INPUT', 'input.memberId'],
      [{ memberId: memberId('sollentuna') }, 'BAD_USER_INPUT', 'input.memberId'],
      [{ to: '2023-06-01' }, 'BAD_USER_INPUT', 'input.to'],
      [{ person: 'E' }, 'BAD_USER_INPUT', 'input.person'],
      [{}, 'CONFLICT', 'input.memberId'],
      [{ memberId: UNKNOWN }, 'NOT_FOUND', 'input.memberId'],
      [{ councilId: UNKNOWN }, 'NOT_FOUND', 'input.councilId'],
    ];
    for (const [change, code, field] of cases) {
      expect([change, await failure(asAdmin(AppointCouncilSeatDocument, { input: { ...base, ...change } }))]).toEqual([change, [code, field]]);
    }
    expect((await council('provisum')).seats).toEqual(before);
  });

  test("a new chair needs the old chair's seat to end first; seats end once", async () => {
    const { id: councilId, seats } = await council('provisum');
    const nacka = seats.find((seat) => seat.role === 'CHAIR')!;
    const lulea = seats.find((seat) => seat.member.name === 'Luleå kommun')!;
    const chair = { councilId, memberId: memberId('lulea'), person: 'Eva Ekström', role: 'CHAIR' as const, from: '2026-01-01' };
    expect(await failure(asAdmin(AppointCouncilSeatDocument, { input: chair }))).toEqual(['CONFLICT', 'input.memberId']);
    dataOf(await asAdmin(EndCouncilSeatDocument, { id: lulea.id, on: '2026-01-01' }));
    expect(await failure(asAdmin(AppointCouncilSeatDocument, { input: chair }))).toEqual(['CONFLICT', 'input.role']);
    expect(await failure(asAdmin(EndCouncilSeatDocument, { id: nacka.id, on: nacka.from }))).toEqual(['BAD_USER_INPUT', 'on']);
    expect(await failure(asAdmin(EndCouncilSeatDocument, { id: UNKNOWN, on: '2026-01-01' }))).toEqual(['NOT_FOUND', 'id']);
    dataOf(await asAdmin(EndCouncilSeatDocument, { id: nacka.id, on: '2026-01-01' }));
    expect(await failure(asAdmin(EndCouncilSeatDocument, { id: nacka.id, on: '2026-02-01' }))).toEqual(['CONFLICT', 'id']);
    const { appointCouncilSeat } = dataOf(await asAdmin(AppointCouncilSeatDocument, { input: chair }));
    expect(appointCouncilSeat).toMatchObject({ role: 'CHAIR', person: 'Eva Ekström', from: '2026-01-01', to: null, member: { name: 'Luleå kommun' } });
    const now = await council('provisum');
    expect(now.seats.filter((seat) => seat.role === 'CHAIR' && seat.to === null).map((seat) => seat.member.name)).toEqual(['Luleå kommun']);
  });

  test('records a council meeting once per day, not after the service was retired', async () => {
    const fixamingata = await council('fixamingata');
    const input = { councilId: fixamingata.id, heldOn: '2024-03-12', note: 'Branded installations for three municipalities.' };
    expect(dataOf(await asAdmin(RecordCouncilMeetingDocument, { input })).recordCouncilMeeting).toMatchObject({ heldOn: '2024-03-12', source: 'ENTERED' });
    expect(await failure(asAdmin(RecordCouncilMeetingDocument, { input }))).toEqual(['CONFLICT', 'input.heldOn']);
    const streamflow = await council('streamflow');
    expect(await failure(asAdmin(RecordCouncilMeetingDocument, { input: { ...input, councilId: streamflow.id } }))).toEqual(['BAD_USER_INPUT', 'input.heldOn']);
    expect(await failure(asAdmin(RecordCouncilMeetingDocument, { input: { ...input, councilId: UNKNOWN } }))).toEqual(['NOT_FOUND', 'input.councilId']);
    expect(await failure(asAdmin(RecordCouncilMeetingDocument, { input: { ...input, heldOn: '2024-04-01', note: 'x'.repeat(2001) } }))).toEqual([
      'BAD_USER_INPUT',
      'input.note',
    ]);
    expect((await council('fixamingata', 2024)).meetings).toEqual([{ heldOn: '2024-03-12', note: input.note, source: 'ENTERED' }]);
    expect((await council('streamflow', 2024)).meetings).toEqual([]);
  });
});
