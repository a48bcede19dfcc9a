import { createHash } from 'node:crypto';
import { worldAccountsTables } from '../../subgraphs/shared/seed-world/accounts';
import { worldAssociation, worldBoardTerms, worldOffices } from '../../subgraphs/shared/seed-world/association';
import { worldEvents } from '../../subgraphs/shared/seed-world/events';
import {
  worldMembershipFees,
  worldPriceModels,
  worldProjectFunding,
  worldServiceCharges,
  worldServiceCosts,
  worldStatements,
} from '../../subgraphs/shared/seed-world/finance';
import { worldGoals } from '../../subgraphs/shared/seed-world/goals';
import { worldBoard, worldMembers } from '../../subgraphs/shared/seed-world/members';
import { worldPartnerRoles, worldPartners, worldServicePartnerRoles } from '../../subgraphs/shared/seed-world/partners';
import { worldCampaigns, worldNetworks, worldProjects, worldSeminars } from '../../subgraphs/shared/seed-world/projects';
import {
  worldCouncilMeetings,
  worldCouncilSeats,
  worldCouncils,
  worldIntegrations,
  worldServices,
  worldSubscriptions,
} from '../../subgraphs/shared/seed-world/services';

const memberOn = (day: string) => (member: { joinedOn: string; leftOn: string | null }) =>
  member.joinedOn <= day && (member.leftOn === null || member.leftOn > day);
const sumByYear = (rows: Array<{ year: number; ore: bigint }>) =>
  rows.reduce((totals, row) => totals.set(row.year, (totals.get(row.year) ?? 0n) + row.ore), new Map<number, bigint>());

test('scale 1 is exactly the data the hub was built on (a digest of every world catalogue; fees and charges from the demonstration billing runs since issue 13; partners, their roles and events since issue 14)', () => {
  const world = {
    members: worldMembers(1),
    board: worldBoard(),
    partners: worldPartners(),
    partnerRoles: worldPartnerRoles(),
    servicePartnerRoles: worldServicePartnerRoles(),
    events: worldEvents(),
    services: worldServices(),
    subscriptions: worldSubscriptions(1),
    councils: worldCouncils(),
    seats: worldCouncilSeats(1),
    meetings: worldCouncilMeetings(),
    integrations: worldIntegrations(),
    projects: worldProjects(1),
    networks: worldNetworks(1),
    campaigns: worldCampaigns(),
    seminars: worldSeminars(),
    statements: worldStatements(),
    models: worldPriceModels(1),
    fees: worldMembershipFees(1),
    charges: worldServiceCharges(1),
    costs: worldServiceCosts(1),
    funding: worldProjectFunding(1),
    association: worldAssociation(),
    boardTerms: worldBoardTerms(),
    offices: worldOffices(),
    accountsTables: worldAccountsTables(),
    goals: worldGoals(),
  };
  const json = JSON.stringify(world, (_, value) => (typeof value === 'bigint' ? `${value}n` : value));
  expect(createHash('sha256').update(json).digest('hex')).toBe('61e70b291c1abc4943c6ba51087c892561063d317131929ba09628f5d643b715');
});

describe('scale 10', () => {
  const members = worldMembers(10);

  test('ten times the members on every day, the copies DEMO and named as such, every id and organisation number unique', () => {
    expect(members.filter(memberOn('2023-01-01'))).toHaveLength(1400);
    expect(members.filter(memberOn('2017-12-31'))).toHaveLength(980);
    const copies = members.slice(worldMembers(1).length);
    expect(copies.every((member) => member.source === 'DEMO' && /^Demo\S+ \d{4}$/.test(member.name))).toBe(true);
    expect(new Set(members.map((member) => member.id)).size).toBe(members.length);
    expect(new Set(members.map((member) => member.organisationNumber)).size).toBe(members.length);
  });

  test('ten times the subscriptions, seats and participations, each held by a member', () => {
    const ids = new Set(members.map((member) => member.id));
    const participants = [...worldProjects(10), ...worldNetworks(10)].flatMap((item) => item.participants);
    expect(worldSubscriptions(10)).toHaveLength(10 * worldSubscriptions(1).length);
    expect(worldCouncilSeats(10)).toHaveLength(10 * worldCouncilSeats(1).length);
    expect(participants).toHaveLength(10 * [...worldProjects(1), ...worldNetworks(1)].flatMap((item) => item.participants).length);
    expect([...worldSubscriptions(10), ...worldCouncilSeats(10), ...participants].every((record) => ids.has(record.memberId))).toBe(true);
  });

  test('fees and charges for every year 2014–2023, the documented years adding up to their budget lines', () => {
    const fees = sumByYear(worldMembershipFees(10));
    const charges = sumByYear(worldServiceCharges(10));
    expect([...fees.keys()]).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    expect([...charges.keys()]).toEqual([...fees.keys()]);
    expect(fees.get(2023)).toBe(3_701_600_00n);
    expect(charges.get(2023)).toBe(12_968_114_00n);
  });
});
