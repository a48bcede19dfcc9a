import { GoalsDocument, type GoalsQuery } from '../generated/graphql';
import { dataOf, type Hub, startHub } from '../hub';
import { quoted } from './sources';

let hub: Hub;
let goals: GoalsQuery['goals'];
beforeAll(async () => {
  hub = await startHub(['membership', 'services', 'projects']);
  goals = dataOf(await hub.request(GoalsDocument, { on: '2023-12-31' })).goals;
});
afterAll(() => hub?.stop());

const goal = (metric: string) => goals.find((candidate) => candidate.metric === metric)!;

test('the six goals of the business plan 2023 are data: metric, target, period and the words that set them', () => {
  expect(goals.map((candidate) => [candidate.metric, candidate.target, candidate.targetMax, candidate.threshold, candidate.year, candidate.yearly])).toEqual([
    ['DIGITAL_SEMINARS', 4, 6, null, 2023, true],
    ['MEMBERS', 145, null, null, 2023, false],
    ['NETWORKS_WITH_MEMBERS', 4, null, 20, 2023, false],
    ['NEW_PROJECTS', 3, null, null, 2023, false],
    ['MEMBERS_IN_NO_COLLABORATION', 0, null, null, 2024, false],
    ['NEW_SERVICES', 3, null, null, 2024, true],
  ]);
  for (const candidate of goals) expect(quoted(candidate.document, candidate.quote)).toBe(true);
});

test('at least 145 members (2023): 144 on 2023-12-31, each counted member listed once', () => {
  const { progress } = goal('MEMBERS');
  expect(progress).toMatchObject({ on: '2023-12-31', value: 144, met: false });
  expect(new Set(progress.members.map((member) => member.id)).size).toBe(144);
  expect(progress.members.map((member) => member.name)).toContain('Nacka kommun');
});

test('every member in some collaboration: 15 of 144 take part in no project, network or collaboration service', () => {
  const { progress } = goal('MEMBERS_IN_NO_COLLABORATION');
  expect(progress).toMatchObject({ value: 15, met: false });
  expect(progress.members).toHaveLength(15);
  expect(progress.members.every((member) => member.name.length > 0)).toBe(true);
});

test('at least three new projects in 2023: one started', () => {
  expect(goal('NEW_PROJECTS').progress).toMatchObject({
    value: 1,
    met: false,
    projects: [{ name: 'Digital learning resources on tap', startedOn: '2023-02-01' }],
  });
});

test('at least four networks with at least 20 members: three (30, 24, 22)', () => {
  const { progress } = goal('NETWORKS_WITH_MEMBERS');
  expect(progress.value).toBe(3);
  expect(progress.met).toBe(false);
  expect(progress.networks.map((tally) => [tally.network.name, tally.members])).toEqual([
    ['Digidelnätverket', 30],
    ['Digital collaboration platform', 24],
    ['Digital signing', 22],
  ]);
});

test('4–6 digital seminars a year: five in 2023, the on-site one not counted', () => {
  const { progress } = goal('DIGITAL_SEMINARS');
  expect(progress).toMatchObject({ value: 5, met: true });
  expect(progress.seminars.every((seminar) => seminar.format === 'DIGITAL' && seminar.heldOn.startsWith('2023-'))).toBe(true);
});

test('three new services a year: none started in 2024; in 2019 two did (Bibblix and Egil)', async () => {
  expect(goal('NEW_SERVICES').progress).toMatchObject({ value: 0, met: false, services: [] });
  const in2019 = dataOf(await hub.request(GoalsDocument, { on: '2019-12-31' })).goals.find((candidate) => candidate.metric === 'NEW_SERVICES')!;
  expect(in2019.progress.value).toBe(2);
  expect(in2019.progress.services.map((service) => service.startedOn).sort()).toEqual(['2019-01-01', '2019-09-01']);
});
