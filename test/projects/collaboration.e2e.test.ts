import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { subgraphNamed } from '../../subgraphs';
import { silentProgress } from '../../subgraphs/shared/platform/progress';
import { worldEvents } from '../../subgraphs/shared/seed-world/events';
import { worldMembers } from '../../subgraphs/shared/seed-world/members';
import { worldNetworks, worldProjects, worldSeminars } from '../../subgraphs/shared/seed-world/projects';
import {
  MemberCollaborationDocument,
  MembersCollaborationDocument,
  NetworkDetailDocument,
  NetworksDocument,
  ProjectDetailDocument,
  ProjectsDocument,
  SeminarsDocument,
} from '../generated/graphql';
import { dataOf, errorOf, type Hub, startHub } from '../hub';

let hub: Hub;
beforeAll(async () => {
  hub = await startHub(['membership', 'projects']);
});
afterAll(() => hub?.stop());

const members = new Map(worldMembers().map((member) => [member.id, member]));
const projectNamed = async (search: string) => dataOf(await hub.request(ProjectsDocument, { search })).projects.nodes[0];
const networkNamed = async (search: string) => dataOf(await hub.request(NetworksDocument, { search })).networks.nodes[0];

describe('a member, through the gateway', () => {
  /** The seeded member that takes part in the most projects and networks and organised an event. */
  const busiest = [...members.values()]
    .map((member) => ({
      member,
      projects: worldProjects().flatMap((project) => project.participants.filter((p) => p.memberId === member.id).map((p) => ({ ...p, project }))),
      networks: worldNetworks().filter((network) => network.participants.some((p) => p.memberId === member.id)),
      events: worldEvents().filter((event) => event.organiserMemberId === member.id),
    }))
    .filter(({ events }) => events.length > 0)
    .sort((a, b) => b.projects.length + b.networks.length - (a.projects.length + a.networks.length))[0];

  test('answers its projects with phase and role, its networks and the events it organised, in one query', async () => {
    expect(busiest.projects.length).toBeGreaterThan(0);
    const { member } = dataOf(await hub.request(MemberCollaborationDocument, { id: busiest.member.id }));
    expect(member?.name).toBe(busiest.member.name);
    expect(member?.projects.map((p) => [p.project.name, p.project.phase, p.role, p.from, p.to]).sort()).toEqual(
      busiest.projects.map((p) => [p.project.name, p.project.phase, p.role, p.from, p.to]).sort(),
    );
    expect(member?.networks.map((p) => p.network.name).sort()).toEqual(busiest.networks.map((network) => network.name).sort());
    expect(member?.organisedEvents.map((e) => [e.title, e.heldOn, e.format])).toEqual(busiest.events.map((e) => [e.title, e.heldOn, e.format]));
  });

  test('a member with no collaboration answers empty lists', async () => {
    const idle = [...members.values()].find(
      (member) =>
        !worldProjects().some((project) => project.participants.some((p) => p.memberId === member.id)) &&
        !worldNetworks().some((network) => network.participants.some((p) => p.memberId === member.id)) &&
        !worldEvents().some((event) => event.organiserMemberId === member.id),
    )!;
    const { member } = dataOf(await hub.request(MemberCollaborationDocument, { id: idle.id }));
    expect(member).toMatchObject({ name: idle.name, projects: [], networks: [], organisedEvents: [] });
  });

  test('Member.projects, networks and seminars cost the same SQL statements for 10 members as for all 140', async () => {
    const run = (first: number) =>
      hub.countStatements(async () => {
        const { nodes } = dataOf(await hub.request(MembersCollaborationDocument, { activeOn: '2023-01-01', first })).members;
        expect(nodes).toHaveLength(first);
      });
    const few = await run(10);
    const all = await run(140);
    expect(few.projects).toBeGreaterThan(0);
    expect(all.projects).toBe(few.projects);
    expect(all.membership).toBe(few.membership);
  });
});

describe('projects', () => {
  test('the 2023 project ideas are Kravmotor, KITOS and Valghalla 2.0, all with OS2', async () => {
    const ideas = dataOf(await hub.request(ProjectsDocument, { phase: 'IDEA' })).projects;
    expect(ideas.nodes.map((project) => project.name)).toEqual(['KITOS', 'Kravmotor', 'Valghalla 2.0']);
    expect(ideas.nodes.every((project) => project.partners.includes('OS2') && project.startedOn === null && project.source === 'SEED')).toBe(true);
  });

  test('the GDPR inventory with AI support is a 2017 pilot with SKL, active (the report only aims at delivery in April 2018), with its phase history', async () => {
    const gdpr = await projectNamed('GDPR');
    const { project } = dataOf(await hub.request(ProjectDetailDocument, { id: gdpr.id }));
    expect(project).toMatchObject({ name: 'GDPR inventory with AI support', phase: 'ACTIVE', startedOn: '2017-09-01', partners: ['SKR'] });
    expect(project?.phases.map((change) => change.phase)).toEqual(['IDEA', 'PRE_STUDY', 'ACTIVE']);
    expect(project?.participants.length).toBeGreaterThanOrEqual(2);
    expect(project?.participants.every((p) => p.role === 'CO_FUNDER' && p.member.name === members.get(p.member.id)?.name)).toBe(true);
  });

  test('filters: started in 2017, with a partner, by member, and SS 12000 led to a standard', async () => {
    const started2017 = dataOf(await hub.request(ProjectsDocument, { startedIn: 2017 })).projects.nodes;
    expect(started2017.map((project) => project.name)).toEqual(['Election administration system (2017)', 'GDPR inventory with AI support']);
    expect(started2017.every((project) => project.startedOn!.startsWith('2017-'))).toBe(true);
    expect(dataOf(await hub.request(ProjectsDocument, { partner: 'VINNOVA' })).projects.nodes.map((project) => project.name)).toEqual(['ivis']);
    const ss12000 = await projectNamed('SS 12000');
    expect(ss12000).toMatchObject({ phase: 'ACTIVE', partners: ['SIS'] });

    const member = worldProjects().find((project) => project.key === 'kitos')!.participants[0].memberId;
    const expected = worldProjects()
      .filter((project) => project.participants.some((p) => p.memberId === member))
      .map((project) => project.name)
      .sort();
    expect(dataOf(await hub.request(ProjectsDocument, { memberId: member })).projects.nodes.map((project) => project.name)).toEqual(expected);
  });

  test('cursor paging visits every project once', async () => {
    const seen: string[] = [];
    let after: string | null | undefined;
    do {
      const page = dataOf(await hub.request(ProjectsDocument, { first: 4, after })).projects;
      seen.push(...page.nodes.map((project) => project.name));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect([...seen].sort()).toEqual(
      worldProjects()
        .map((project) => project.name)
        .sort(),
    );
  });

  test('an unknown or malformed id answers null; a bad filter is BAD_USER_INPUT', async () => {
    expect(dataOf(await hub.request(ProjectDetailDocument, { id: '00000000-0000-4000-8000-000000000000' })).project).toBeNull();
    expect(dataOf(await hub.request(ProjectDetailDocument, { id: 'kravmotor' })).project).toBeNull();
    const error = errorOf(await hub.request(ProjectsDocument, { startedIn: 20 }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/startedIn/);
    expect(errorOf(await hub.request(ProjectsDocument, { memberId: 'nacka' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'memberId: memberId must be a member id (a UUID)',
    });
    expect(errorOf(await hub.request(NetworksDocument, { memberId: 'nacka' })).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await hub.request(SeminarsDocument, { organiserMemberId: 'nacka' })).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await hub.request(SeminarsDocument, { networkId: 'digidel' })).code).toBe('BAD_USER_INPUT');
  });
});

describe('networks', () => {
  test('Digidelnätverket lists its participating members by name, Västra Götalandsregionen among them, and its 2017 campaigns', async () => {
    const digidel = worldNetworks().find((network) => network.key === 'digidel')!;
    const { network } = dataOf(await hub.request(NetworkDetailDocument, { id: (await networkNamed('Digidel')).id }));
    expect(network?.participants.map((p) => p.member.name).sort()).toEqual(digidel.participants.map((p) => members.get(p.memberId)!.name).sort());
    expect(network?.participants.map((p) => p.member.name)).toContain('Västra Götalandsregionen');
    const campaigns2017 = network?.campaigns.filter((campaign) => campaign.startedOn.startsWith('2017'));
    expect(campaigns2017?.map(({ name, organisers, peopleReached, reachedAtLeast }) => ({ name, organisers, peopleReached, reachedAtLeast }))).toEqual([
      { name: 'Get Online Week 2017', organisers: 247, peopleReached: 5300, reachedAtLeast: true },
      { name: 'eMedborgarveckan 2017', organisers: 270, peopleReached: 10000, reachedAtLeast: false },
    ]);
    // Campaign weeks, Monday to Sunday: endedOn is the first day no longer running, as every end date.
    expect(campaigns2017?.map(({ startedOn, endedOn }) => [startedOn, endedOn])).toEqual([
      ['2017-03-20', '2017-03-27'],
      ['2017-10-16', '2017-10-23'],
    ]);
  });

  test('Digital signing works with Kivos and Högskolan i Skövde; the collaboration platform continues dSam with more than 40 participants', async () => {
    expect(dataOf(await hub.request(NetworksDocument, { partner: 'Kivos' })).networks.nodes).toEqual([
      expect.objectContaining({ name: 'Digital signing', partners: ['Högskolan i Skövde', 'Kivos'] }),
    ]);
    expect(await networkNamed('collaboration platform')).toMatchObject({ partners: ['eSam'], reportedParticipants: 40, status: 'ACTIVE' });
  });

  test('every network has at least 20 participating members; filtering by member finds its networks', async () => {
    for (const { id } of dataOf(await hub.request(NetworksDocument, {})).networks.nodes) {
      const { network } = dataOf(await hub.request(NetworkDetailDocument, { id }));
      expect(network!.participants.length).toBeGreaterThanOrEqual(20);
    }
    const participant = worldNetworks()[0].participants[0].memberId;
    const expected = worldNetworks()
      .filter((network) => network.participants.some((p) => p.memberId === participant))
      .map((network) => network.name)
      .sort();
    expect(dataOf(await hub.request(NetworksDocument, { memberId: participant })).networks.nodes.map((network) => network.name)).toEqual(expected);
  });
});

describe('seminars', () => {
  test('2023 has between four and six digital seminars, each organised by a member', async () => {
    const digital = dataOf(await hub.request(SeminarsDocument, { from: '2023-01-01', to: '2023-12-31', format: 'DIGITAL' })).seminars;
    expect(digital.totalCount).toBeGreaterThanOrEqual(4);
    expect(digital.totalCount).toBeLessThanOrEqual(6);
    expect(digital.nodes.every((seminar) => seminar.format === 'DIGITAL' && seminar.heldOn.startsWith('2023-'))).toBe(true);
    expect(digital.nodes.every((seminar) => seminar.organiserMember?.name === members.get(seminar.organiserMember!.id)?.name)).toBe(true);
  });

  test('filters by network and by organiser; a period that ends before it starts is BAD_USER_INPUT', async () => {
    const signing = await networkNamed('signing');
    const forSigning = dataOf(await hub.request(SeminarsDocument, { networkId: signing.id })).seminars.nodes;
    expect(forSigning.length).toBeGreaterThan(0);
    expect(forSigning.every((seminar) => seminar.network?.name === 'Digital signing')).toBe(true);
    const organiser = forSigning[0].organiserMember!.id;
    const expected = worldSeminars()
      .filter((seminar) => seminar.organiserId === organiser)
      .map((seminar) => seminar.title);
    expect(dataOf(await hub.request(SeminarsDocument, { organiserMemberId: organiser })).seminars.nodes.map((seminar) => seminar.title)).toEqual(expected);
    const error = errorOf(await hub.request(SeminarsDocument, { from: '2023-12-31', to: '2023-01-01' }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(error.message).toMatch(/^to: /);
  });
});

describe('the subgraph itself', () => {
  type Entities = { _entities: Array<{ __typename: string; id: string; name?: string; projects?: unknown[] } | null> };
  const entities = parse(`query ($representations: [_Any!]!) {
    _entities(representations: $representations) { __typename ... on Project { id name } ... on Network { id name } ... on Member { id projects { role } } }
  }`) as TypedDocumentNode<Entities, { representations: Array<{ __typename: string; id: string }> }>;

  test('resolves Project and Network references with one statement per type, whatever their number, and unknown ones as null', async () => {
    const representations = [
      ...worldProjects().map(({ id }) => ({ __typename: 'Project', id })),
      ...worldNetworks().map(({ id }) => ({ __typename: 'Network', id })),
      { __typename: 'Project', id: '00000000-0000-4000-8000-000000000000' },
    ];
    let response: Awaited<ReturnType<typeof hub.request<Entities, { representations: typeof representations }>>> = {};
    const statements = await hub.countStatements(async () => {
      response = await hub.request(entities, { representations }, { url: hub.subgraphs.projects.url });
    });
    const names = dataOf(response)._entities.map((entity) => entity?.name ?? null);
    expect(names).toEqual([...worldProjects().map((project) => project.name), ...worldNetworks().map((network) => network.name), null]);
    expect(statements.projects).toBe(2);
  });

  test('seeding again changes nothing (the seed is idempotent)', async () => {
    const projectCount = async () => dataOf(await hub.request(ProjectsDocument, { first: 1 })).projects.totalCount;
    const before = await projectCount();
    await subgraphNamed('projects').seed(hub.subgraphs.projects.orm.em.fork(), silentProgress);
    expect(await projectCount()).toBe(before);
    expect(before).toBe(worldProjects().length);
  });
});
