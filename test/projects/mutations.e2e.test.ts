import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { worldMembers } from '../../subgraphs/shared/seed-world/members';
import {
  AddNetworkParticipantDocument,
  AddProjectParticipantDocument,
  CreateEventDocument,
  CreateNetworkDocument,
  CreateProjectDocument,
  EndNetworkParticipationDocument,
  EndProjectParticipationDocument,
  MoveProjectPhaseDocument,
  NetworkDetailDocument,
  NetworksDocument,
  ProjectDetailDocument,
  ProjectsDocument,
  SeminarsDocument,
  UpdateEventDocument,
  UpdateNetworkDocument,
  UpdateProjectDocument,
} from '../generated/graphql';
import { ADMIN, ANALYST, dataOf, errorOf, type GraphQLResponse, type Hub, startHub } from '../hub';

let hub: Hub;
beforeAll(async () => {
  hub = await startHub(['membership', 'projects']);
});
afterAll(() => hub?.stop());

const asAdmin = <T, V>(document: TypedDocumentNode<T, V>, variables: V) => hub.request(document, variables, { as: ADMIN });
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const member = (key: string) => worldMembers().find((candidate) => candidate.key === key)!;
const nacka = member('nacka');
const lulea = member('lulea');
/** A member that left in 2020 (DEMO), and one that joined in 2023. */
const formerMember = worldMembers().find((candidate) => candidate.leftOn?.startsWith('2020'))!;
const newMember = worldMembers().find((candidate) => candidate.joinedOn.startsWith('2023'))!;

const projectCount = async () => dataOf(await hub.request(ProjectsDocument, { first: 1 })).projects.totalCount;
const projectDetail = async (id: string) => dataOf(await hub.request(ProjectDetailDocument, { id })).project!;
const networkDetail = async (id: string) => dataOf(await hub.request(NetworkDetailDocument, { id })).network!;

/** The coded error of a failed call, after checking that `state` reads the same as before it. */
async function refused(call: () => Promise<GraphQLResponse<unknown>>, state: () => Promise<unknown>) {
  const before = await state();
  const error = errorOf(await call());
  expect(await state()).toEqual(before);
  return error;
}

let ideaCount = 0;
async function newProject(proposedOn = '2024-02-01') {
  const input = {
    name: `Shared e-archive study ${++ideaCount}`,
    description: 'Pre-study of a shared e-archive for member municipalities.',
    proposedOn,
  };
  return dataOf(await asAdmin(CreateProjectDocument, { input })).createProject;
}

describe('createProject and updateProject', () => {
  test('records an idea with its first phase and the phases that may follow', async () => {
    const project = await newProject();
    expect(project).toMatchObject({ phase: 'IDEA', startedOn: null, partners: [], source: 'ENTERED', phases: [{ phase: 'IDEA', on: '2024-02-01' }] });
    expect(project.nextPhases).toEqual(['PRE_STUDY', 'ACTIVE', 'CANCELLED']);
  });

  const valid = { name: 'Digital mail for municipalities', description: 'Joint procurement study for digital mail.' };
  test.each([
    ['a name of one letter', { name: 'K' }, 'BAD_USER_INPUT', /^(input\.)?name: /],
    ['a description too short to say anything', { description: 'Short' }, 'BAD_USER_INPUT', /^(input\.)?description: /],
    ['an impossible date', { proposedOn: '2023-02-30' }, 'BAD_USER_INPUT', /2023-02-30.*YYYY-MM-DD/],
    ['a name that is taken', { name: 'Kravmotor' }, 'CONFLICT', /^input\.name: the name "Kravmotor" is already taken/],
  ])('refuses %s and writes nothing', async (_, change, code, message) => {
    const error = await refused(() => asAdmin(CreateProjectDocument, { input: { ...valid, ...change } }), projectCount);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  test('updates the fields given; refuses a taken name, a short description and an unknown id', async () => {
    const project = await newProject();
    const description = 'Pre-study of a shared e-archive, widened to records management.';
    const { updateProject } = dataOf(await asAdmin(UpdateProjectDocument, { id: project.id, input: { description } }));
    expect(updateProject).toMatchObject({ name: project.name, description });
    const state = () => projectDetail(project.id);
    expect(await refused(() => asAdmin(UpdateProjectDocument, { id: project.id, input: { name: 'KITOS' } }), state)).toMatchObject({ code: 'CONFLICT' });
    expect((await refused(() => asAdmin(UpdateProjectDocument, { id: project.id, input: { description: 'x' } }), state)).message).toMatch(
      /^(input\.)?description: /,
    );
    expect(errorOf(await asAdmin(UpdateProjectDocument, { id: UNKNOWN, input: { name: 'Anything' } }))).toMatchObject({
      code: 'NOT_FOUND',
      message: `id: no project with id "${UNKNOWN}"`,
    });
  });

  test('mutations are for admins: anonymous and analyst callers are FORBIDDEN, at the gateway and at the subgraph', async () => {
    const input = { ...valid, name: 'Not allowed' };
    expect(errorOf(await hub.request(CreateProjectDocument, { input })).code).toBe('FORBIDDEN');
    expect(errorOf(await hub.request(CreateProjectDocument, { input }, { as: ANALYST })).code).toBe('FORBIDDEN');
    expect(errorOf(await hub.request(CreateProjectDocument, { input }, { url: hub.subgraphs.projects.url })).code).toBe('FORBIDDEN');
    expect(dataOf(await hub.request(ProjectsDocument, { search: 'Not allowed' })).projects.totalCount).toBe(0);
  });
});

describe('the project lifecycle', () => {
  test('IDEA → PRE_STUDY → ACTIVE → COMPLETED records each day; startedOn is the day it left the idea stage', async () => {
    const project = await newProject('2024-01-10');
    const move = async (phase: 'PRE_STUDY' | 'ACTIVE' | 'COMPLETED', on: string) =>
      dataOf(await asAdmin(MoveProjectPhaseDocument, { id: project.id, phase, on })).moveProjectPhase;
    expect(await move('PRE_STUDY', '2024-03-01')).toMatchObject({
      phase: 'PRE_STUDY',
      startedOn: '2024-03-01',
      nextPhases: ['ACTIVE', 'ON_HOLD', 'CANCELLED'],
    });
    expect(await move('ACTIVE', '2024-09-01')).toMatchObject({ phase: 'ACTIVE', startedOn: '2024-03-01', nextPhases: ['COMPLETED', 'ON_HOLD', 'CANCELLED'] });
    const completed = await move('COMPLETED', '2025-06-30');
    expect(completed).toMatchObject({ phase: 'COMPLETED', nextPhases: [] });
    expect(completed.phases).toEqual([
      { phase: 'IDEA', on: '2024-01-10' },
      { phase: 'PRE_STUDY', on: '2024-03-01' },
      { phase: 'ACTIVE', on: '2024-09-01' },
      { phase: 'COMPLETED', on: '2025-06-30' },
    ]);
  });

  test('an illegal move is BAD_USER_INPUT naming the allowed next phases, and changes nothing', async () => {
    const project = await newProject();
    const state = () => projectDetail(project.id);
    const skip = await refused(() => asAdmin(MoveProjectPhaseDocument, { id: project.id, phase: 'COMPLETED', on: '2024-05-01' }), state);
    expect(skip).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(skip.message).toBe(`phase: "${project.name}" cannot move from IDEA to COMPLETED; allowed next phases: PRE_STUDY, ACTIVE, CANCELLED`);
    expect((await refused(() => asAdmin(MoveProjectPhaseDocument, { id: project.id, phase: 'IDEA', on: '2024-05-01' }), state)).message).toMatch(
      /allowed next phases: PRE_STUDY, ACTIVE, CANCELLED$/,
    );
  });

  test('completed and cancelled are final: completed → active is refused', async () => {
    const ivis = dataOf(await hub.request(ProjectsDocument, { search: 'ivis' })).projects.nodes[0];
    const error = await refused(
      () => asAdmin(MoveProjectPhaseDocument, { id: ivis.id, phase: 'ACTIVE' }),
      () => projectDetail(ivis.id),
    );
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'phase: "ivis" cannot move from COMPLETED to ACTIVE; COMPLETED is final, no phase may follow',
    });
    const cancelled = await newProject();
    dataOf(await asAdmin(MoveProjectPhaseDocument, { id: cancelled.id, phase: 'CANCELLED', on: '2024-04-01' }));
    expect(
      (
        await refused(
          () => asAdmin(MoveProjectPhaseDocument, { id: cancelled.id, phase: 'PRE_STUDY', on: '2024-05-01' }),
          () => projectDetail(cancelled.id),
        )
      ).message,
    ).toMatch(/CANCELLED is final/);
  });

  test('a move dated before the last change or in the future, or of an unknown project, is refused', async () => {
    const project = await newProject('2024-02-01');
    const state = () => projectDetail(project.id);
    const early = await refused(() => asAdmin(MoveProjectPhaseDocument, { id: project.id, phase: 'ACTIVE', on: '2024-01-31' }), state);
    expect(early).toMatchObject({ code: 'BAD_USER_INPUT', message: 'on: 2024-01-31 is before the project entered IDEA (2024-02-01)' });
    const future = await refused(() => asAdmin(MoveProjectPhaseDocument, { id: project.id, phase: 'ACTIVE', on: '2999-01-01' }), state);
    expect(future).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(future.message).toMatch(/^on: 2999-01-01 is in the future/);
    expect(errorOf(await asAdmin(MoveProjectPhaseDocument, { id: UNKNOWN, phase: 'ACTIVE' })).code).toBe('NOT_FOUND');
  });

  test('completing a project ends the participations still open on that day', async () => {
    const project = await newProject('2024-01-10');
    const { addProjectParticipant } = dataOf(
      await asAdmin(AddProjectParticipantDocument, { input: { projectId: project.id, memberId: nacka.id, role: 'LEAD', from: '2024-02-01' } }),
    );
    await asAdmin(MoveProjectPhaseDocument, { id: project.id, phase: 'ACTIVE', on: '2024-03-01' });
    const { moveProjectPhase } = dataOf(await asAdmin(MoveProjectPhaseDocument, { id: project.id, phase: 'COMPLETED', on: '2025-01-31' }));
    expect(moveProjectPhase.participants).toEqual([{ id: addProjectParticipant.id, to: '2025-01-31' }]);
  });

  test('a project cannot end on or before the day an open participation starts', async () => {
    const project = await newProject('2024-01-10');
    await asAdmin(AddProjectParticipantDocument, { input: { projectId: project.id, memberId: nacka.id, role: 'LEAD', from: '2024-06-01' } });
    const error = await refused(
      () => asAdmin(MoveProjectPhaseDocument, { id: project.id, phase: 'CANCELLED', on: '2024-05-01' }),
      () => projectDetail(project.id),
    );
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', message: 'on: the end (2024-05-01) must be after the start (2024-06-01)' });
  });
});

describe('project participations', () => {
  test('adds a member in a role and ends the participation', async () => {
    const project = await newProject('2024-01-10');
    const { addProjectParticipant } = dataOf(
      await asAdmin(AddProjectParticipantDocument, { input: { projectId: project.id, memberId: lulea.id, role: 'CO_FUNDER', from: '2024-02-01' } }),
    );
    expect(addProjectParticipant).toMatchObject({
      role: 'CO_FUNDER',
      from: '2024-02-01',
      to: null,
      source: 'ENTERED',
      project: { name: project.name },
      member: { name: 'Luleå kommun' },
    });
    const { endProjectParticipation } = dataOf(await asAdmin(EndProjectParticipationDocument, { id: addProjectParticipant.id, on: '2024-12-31' }));
    expect(endProjectParticipation).toEqual({ id: addProjectParticipant.id, from: '2024-02-01', to: '2024-12-31' });
    const again = errorOf(await asAdmin(EndProjectParticipationDocument, { id: addProjectParticipant.id, on: '2025-01-31' }));
    expect(again).toMatchObject({ code: 'CONFLICT', message: 'id: the participation already ended on 2024-12-31' });
  });

  test.each([
    ['an unknown member', { memberId: UNKNOWN }, 'NOT_FOUND', `input.memberId: no member with id "${UNKNOWN}"`],
    ['a member id that is not an id', { memberId: 'nacka' }, 'BAD_USER_INPUT', /^(input\.)?memberId: memberId must be a member id/],
    ['an unknown project', { projectId: UNKNOWN }, 'NOT_FOUND', `input.projectId: no project with id "${UNKNOWN}"`],
    ['an end before the start', { to: '2024-01-31' }, 'BAD_USER_INPUT', 'input.to: the end (2024-01-31) must be after the start (2024-02-01)'],
    [
      'a start before the idea was raised',
      { from: '2023-12-31' },
      'BAD_USER_INPUT',
      /^input\.from: 2023-12-31 is before ".*" was raised as an idea \(2024-01-10\)$/,
    ],
  ])('refuses %s and writes nothing', async (_, change, code, message) => {
    const project = await newProject('2024-01-10');
    const input = { projectId: project.id, memberId: nacka.id, role: 'PARTICIPANT' as const, from: '2024-02-01', ...change };
    const error = await refused(
      () => asAdmin(AddProjectParticipantDocument, { input }),
      () => projectDetail(project.id),
    );
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  test('only members take part: not before joining, not after leaving; a second overlapping participation is a CONFLICT', async () => {
    const project = await newProject('2019-01-10');
    const state = () => projectDetail(project.id);
    const early = await refused(
      () => asAdmin(AddProjectParticipantDocument, { input: { projectId: project.id, memberId: newMember.id, role: 'LEAD', from: '2019-02-01' } }),
      state,
    );
    expect(early).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: `input.from: ${newMember.name} was not yet a member on 2019-02-01 (member from ${newMember.joinedOn})`,
    });
    const input = { projectId: project.id, memberId: formerMember.id, role: 'PARTICIPANT' as const, from: '2019-02-01' };
    const open = await refused(() => asAdmin(AddProjectParticipantDocument, { input }), state);
    expect(open).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: `input.to: ${formerMember.name} left Sambruk on ${formerMember.leftOn}; end on that day or earlier`,
    });
    dataOf(await asAdmin(AddProjectParticipantDocument, { input: { ...input, to: formerMember.leftOn } }));
    const overlap = await refused(() => asAdmin(AddProjectParticipantDocument, { input: { ...input, from: '2019-06-01', to: '2019-12-31' } }), state);
    expect(overlap).toMatchObject({ code: 'CONFLICT' });
    expect(overlap.message).toMatch(/^input\.memberId: the member already takes part in ".*" from 2019-02-01 to /);
  });

  test('a completed project takes participations recorded afterwards only with an end within its life', async () => {
    const ivis = dataOf(await hub.request(ProjectsDocument, { search: 'ivis' })).projects.nodes[0];
    const input = { projectId: ivis.id, memberId: nacka.id, role: 'CO_FUNDER' as const, from: '2015-10-01' };
    const error = await refused(
      () => asAdmin(AddProjectParticipantDocument, { input }),
      () => projectDetail(ivis.id),
    );
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'input.to: "ivis" is COMPLETED since 2016-12-31; give an end on or before that day',
    });
    const { addProjectParticipant } = dataOf(await asAdmin(AddProjectParticipantDocument, { input: { ...input, to: '2016-12-31' } }));
    expect(addProjectParticipant).toMatchObject({ member: { name: 'Nacka kommun' }, to: '2016-12-31' });
  });

  test('ending on a day before the start, or an unknown participation, is refused', async () => {
    const project = await newProject('2024-01-10');
    const { addProjectParticipant } = dataOf(
      await asAdmin(AddProjectParticipantDocument, { input: { projectId: project.id, memberId: nacka.id, role: 'LEAD', from: '2024-02-01' } }),
    );
    const early = await refused(
      () => asAdmin(EndProjectParticipationDocument, { id: addProjectParticipant.id, on: '2024-01-01' }),
      () => projectDetail(project.id),
    );
    expect(early).toMatchObject({ code: 'BAD_USER_INPUT', message: 'on: the end (2024-01-01) must be after the start (2024-02-01)' });
    expect(
      (
        await refused(
          () => asAdmin(EndProjectParticipationDocument, { id: addProjectParticipant.id, on: '2024-02-01' }),
          () => projectDetail(project.id),
        )
      ).code,
    ).toBe('BAD_USER_INPUT');
    expect(errorOf(await asAdmin(EndProjectParticipationDocument, { id: UNKNOWN, on: '2024-03-01' })).code).toBe('NOT_FOUND');
  });
});

describe('networks and their participations', () => {
  const valid = {
    name: 'Open source in the public sector',
    topic: 'Sharing open source',
    description: 'Members share open-source components and experience.',
    startedOn: '2024-03-01',
  };
  const networkCount = async () => dataOf(await hub.request(NetworksDocument, {})).networks.totalCount;

  test('creates a network (STARTING by default), updates it and clears its reported participants', async () => {
    const { createNetwork } = dataOf(await asAdmin(CreateNetworkDocument, { input: { ...valid, reportedParticipants: 12 } }));
    expect(createNetwork).toMatchObject({ status: 'STARTING', startedOn: '2024-03-01', partners: [], reportedParticipants: 12, source: 'ENTERED' });
    const { updateNetwork } = dataOf(await asAdmin(UpdateNetworkDocument, { id: createNetwork.id, input: { status: 'ACTIVE', reportedParticipants: null } }));
    expect(updateNetwork).toMatchObject({ name: valid.name, status: 'ACTIVE', reportedParticipants: null });
  });

  test.each([
    ['a taken name', { name: 'Digidelnätverket' }, 'CONFLICT', /^input\.name: the name "Digidelnätverket" is already taken/],
    ['a negative participant count', { reportedParticipants: -1 }, 'BAD_USER_INPUT', /^(input\.)?reportedParticipants: /],
    ['an empty topic', { topic: '' }, 'BAD_USER_INPUT', /^(input\.)?topic: /],
  ])('createNetwork refuses %s and writes nothing', async (_, change, code, message) => {
    const error = await refused(() => asAdmin(CreateNetworkDocument, { input: { ...valid, name: 'Another network', ...change } }), networkCount);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  test('updateNetwork refuses a taken name and an unknown id', async () => {
    const signing = dataOf(await hub.request(NetworksDocument, { search: 'signing' })).networks.nodes[0];
    expect(
      (
        await refused(
          () => asAdmin(UpdateNetworkDocument, { id: signing.id, input: { name: 'Digidelnätverket' } }),
          () => networkDetail(signing.id),
        )
      ).code,
    ).toBe('CONFLICT');
    expect(errorOf(await asAdmin(UpdateNetworkDocument, { id: UNKNOWN, input: { status: 'DORMANT' } })).code).toBe('NOT_FOUND');
  });

  test('adds a member to a network and ends it; refuses a start before the network, an overlap and unknown ids', async () => {
    const { createNetwork } = dataOf(await asAdmin(CreateNetworkDocument, { input: { ...valid, name: 'AI in case handling' } }));
    const state = () => networkDetail(createNetwork.id);
    const input = { networkId: createNetwork.id, memberId: lulea.id, from: '2024-03-01' };
    const { addNetworkParticipant } = dataOf(await asAdmin(AddNetworkParticipantDocument, { input }));
    expect(addNetworkParticipant).toMatchObject({ from: '2024-03-01', to: null, network: { name: 'AI in case handling' }, member: { name: 'Luleå kommun' } });
    expect((await refused(() => asAdmin(AddNetworkParticipantDocument, { input: { ...input, from: '2024-06-01' } }), state)).code).toBe('CONFLICT');
    const early = await refused(() => asAdmin(AddNetworkParticipantDocument, { input: { ...input, memberId: nacka.id, from: '2024-02-29' } }), state);
    expect(early).toMatchObject({ code: 'BAD_USER_INPUT', message: 'input.from: 2024-02-29 is before "AI in case handling" started (2024-03-01)' });
    expect(errorOf(await asAdmin(AddNetworkParticipantDocument, { input: { ...input, memberId: UNKNOWN } })).code).toBe('NOT_FOUND');
    expect(errorOf(await asAdmin(AddNetworkParticipantDocument, { input: { ...input, networkId: UNKNOWN } })).message).toBe(
      `input.networkId: no network with id "${UNKNOWN}"`,
    );

    const { endNetworkParticipation } = dataOf(await asAdmin(EndNetworkParticipationDocument, { id: addNetworkParticipant.id, on: '2025-03-01' }));
    expect(endNetworkParticipation.to).toBe('2025-03-01');
    expect(errorOf(await asAdmin(EndNetworkParticipationDocument, { id: addNetworkParticipant.id, on: '2025-04-01' })).code).toBe('CONFLICT');
    expect((await networkDetail(createNetwork.id)).participants.map((p) => [p.member.name, p.to])).toEqual([['Luleå kommun', '2025-03-01']]);
  });
});

describe('events', () => {
  const seminarCount = async () => dataOf(await hub.request(SeminarsDocument, { first: 1 })).seminars.totalCount;
  const byMember = (memberId: string) => ({ kind: 'MEMBER' as const, memberId });
  const valid = () => ({
    title: 'Requirements with Kravmotor',
    kind: 'SEMINAR' as const,
    heldOn: '2024-04-18',
    format: 'DIGITAL' as const,
    organiser: byMember(nacka.id),
    sambrukRole: 'CO_ORGANISER' as const,
    attendees: 35,
  });

  test('records a seminar a member organised for a network and updates it, detaching it from the network', async () => {
    const signing = dataOf(await hub.request(NetworksDocument, { search: 'signing' })).networks.nodes[0];
    const { createEvent } = dataOf(await asAdmin(CreateEventDocument, { input: { ...valid(), networkId: signing.id } }));
    expect(createEvent).toMatchObject({
      title: 'Requirements with Kravmotor',
      kind: 'SEMINAR',
      format: 'DIGITAL',
      attendees: 35,
      source: 'ENTERED',
      organiserKind: 'MEMBER',
      network: { name: 'Digital signing' },
      organiserMember: { name: 'Nacka kommun' },
    });
    const { updateEvent } = dataOf(
      await asAdmin(UpdateEventDocument, { id: createEvent.id, input: { format: 'ON_SITE', attendees: 41, networkId: null, organiser: byMember(lulea.id) } }),
    );
    expect(updateEvent).toMatchObject({ format: 'ON_SITE', attendees: 41, network: null, organiserMember: { name: 'Luleå kommun' } });
  });

  test('an event Sambruk organised, or another organisation, has no organising member', async () => {
    const input = { ...valid(), kind: 'CONFERENCE' as const, place: 'Stockholm', sambrukRole: 'SPEAKER' as const, attendees: null };
    const { createEvent } = dataOf(await asAdmin(CreateEventDocument, { input: { ...input, organiser: { kind: 'OTHER', name: 'Finansdepartementet' } } }));
    expect(createEvent).toMatchObject({
      kind: 'CONFERENCE',
      place: 'Stockholm',
      organiserKind: 'OTHER',
      organiserName: 'Finansdepartementet',
      organiserMember: null,
    });
    const { updateEvent } = dataOf(
      await asAdmin(UpdateEventDocument, { id: createEvent.id, input: { organiser: { kind: 'ASSOCIATION' }, sambrukRole: 'HOST' } }),
    );
    expect(updateEvent).toMatchObject({ organiserKind: 'ASSOCIATION', organiserName: null, organiserMember: null });
  });

  test.each([
    ['a negative number of attendees', { attendees: -3 }, 'BAD_USER_INPUT', /^(input\.)?attendees: /],
    ['an unknown organiser', { organiser: byMember(UNKNOWN) }, 'NOT_FOUND', `input.organiser.memberId: no member with id "${UNKNOWN}"`],
    [
      'an organiser that was not a member on the day',
      { organiser: byMember(formerMember.id), heldOn: '2024-04-18' },
      'BAD_USER_INPUT',
      `input.organiser.memberId: ${formerMember.name} was not a member on 2024-04-18 (member from ${formerMember.joinedOn} until ${formerMember.leftOn})`,
    ],
    [
      'an unknown partner as organiser',
      { organiser: { kind: 'PARTNER' as const, partnerId: UNKNOWN } },
      'NOT_FOUND',
      `input.organiser.partnerId: no partner with id "${UNKNOWN}"`,
    ],
    [
      'a partner organiser without its id',
      { organiser: { kind: 'PARTNER' as const } },
      'BAD_USER_INPUT',
      /^input\.organiser\.partnerId: an organiser of kind PARTNER needs/,
    ],
    [
      'a member given for Sambruk as organiser',
      { organiser: { kind: 'ASSOCIATION' as const, memberId: nacka.id } },
      'BAD_USER_INPUT',
      /^input\.organiser\.memberId: an organiser of kind ASSOCIATION has no memberId/,
    ],
    ['an unknown network', { networkId: UNKNOWN }, 'NOT_FOUND', `input.networkId: no network with id "${UNKNOWN}"`],
    ['an empty title', { title: '' }, 'BAD_USER_INPUT', /^(input\.)?title: /],
  ])('createEvent refuses %s and writes nothing', async (_, change, code, message) => {
    const error = await refused(() => asAdmin(CreateEventDocument, { input: { ...valid(), ...change } }), seminarCount);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  test('an event for a network cannot be held before the network started; updates are checked the same way', async () => {
    const platform = dataOf(await hub.request(NetworksDocument, { search: 'collaboration platform' })).networks.nodes[0];
    const early = await refused(() => asAdmin(CreateEventDocument, { input: { ...valid(), heldOn: '2021-05-01', networkId: platform.id } }), seminarCount);
    expect(early).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(early.message).toMatch(/^input\.heldOn: 2021-05-01 is before "Digital collaboration platform" started \(2022-10-01\)$/);
    const { createEvent } = dataOf(await asAdmin(CreateEventDocument, { input: { ...valid(), networkId: platform.id } }));
    const state = async () => dataOf(await hub.request(SeminarsDocument, { networkId: platform.id })).seminars;
    expect((await refused(() => asAdmin(UpdateEventDocument, { id: createEvent.id, input: { heldOn: '2021-05-01' } }), state)).code).toBe('BAD_USER_INPUT');
    expect((await refused(() => asAdmin(UpdateEventDocument, { id: createEvent.id, input: { organiser: byMember(UNKNOWN) } }), state)).code).toBe('NOT_FOUND');
    expect(errorOf(await asAdmin(UpdateEventDocument, { id: UNKNOWN, input: { attendees: 1 } })).code).toBe('NOT_FOUND');
  });
});
