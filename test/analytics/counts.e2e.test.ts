import {
  CouncilSeatCountsDocument,
  MemberCountsDocument,
  type MemberCountsQueryVariables,
  ParticipationCountsDocument,
  ServiceEconomySeriesDocument,
  SubscriptionCountsDocument,
  type SubscriptionCountsQueryVariables,
} from '../generated/graphql';
import { ANALYST, dataOf, errorOf, type Hub, startHub } from '../hub';

let hub: Hub;
beforeAll(async () => {
  hub = await startHub(['membership', 'services', 'projects', 'finance']);
});
afterAll(() => hub?.stop());

const memberCounts = async (variables: MemberCountsQueryVariables) => dataOf(await hub.request(MemberCountsDocument, variables)).memberCounts;
const subscriptionCounts = async (variables: SubscriptionCountsQueryVariables) =>
  dataOf(await hub.request(SubscriptionCountsDocument, variables)).subscriptionCounts;
const sum = (rows: Array<{ active: number }>) => rows.reduce((total, row) => total + row.active, 0);

describe('memberCounts', () => {
  test('2017 as the annual report tells it: five joined, seven left, 98 members at the end; 140 members at the end of 2022', async () => {
    const rows = await memberCounts({ fromYear: 2014, toYear: 2023 });
    expect(rows.map((row) => row.year)).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    expect(rows.find((row) => row.year === 2017)).toMatchObject({ started: 5, ended: 7, atYearEnd: 98 });
    expect(rows.find((row) => row.year === 2022)?.atYearEnd).toBe(140);
    for (const row of rows) expect(row.active).toBe(row.atYearEnd + row.ended);
    for (const [before, row] of rows.slice(1).map((row, index) => [rows[index], row] as const)) expect(row.active).toBe(before.atYearEnd + row.started);
  });

  test('by kind and county the groups add up to the year; municipalities are 136 of the 144 members of 2023', async () => {
    const [all] = await memberCounts({ fromYear: 2023, toYear: 2023 });
    const byKind = await memberCounts({ fromYear: 2023, toYear: 2023, groupBy: ['MEMBER_KIND'] });
    expect(byKind.find((row) => row.kind === 'MUNICIPALITY')?.active).toBe(136);
    expect(sum(byKind)).toBe(all.active);
    const byBoth = await memberCounts({ fromYear: 2023, toYear: 2023, groupBy: ['MEMBER_KIND', 'COUNTY'] });
    expect(sum(byBoth)).toBe(144);
    expect(byBoth.find((row) => row.county === 'Stockholms län' && row.kind === 'MUNICIPALITY')?.active).toBeGreaterThan(0);
  });

  test('a range that ends before it starts is BAD_USER_INPUT naming toYear', async () => {
    const error = errorOf(await hub.request(MemberCountsDocument, { fromYear: 2023, toYear: 2020 }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/^toYear: 2020 is before fromYear 2023/) });
  });

  test('one year and twenty years take one SQL statement each', async () => {
    const one = await hub.countStatements(() => memberCounts({ fromYear: 2023, toYear: 2023, groupBy: ['COUNTY'] }));
    const twenty = await hub.countStatements(() => memberCounts({ fromYear: 2004, toYear: 2023, groupBy: ['COUNTY', 'MEMBER_KIND'] }));
    expect(twenty).toEqual(one);
    expect(one.membership).toBe(1);
  });
});

describe('subscriptionCounts', () => {
  test("by service: Bibblix's 76 subscribers of 2023 are the 76 members finance charged; Multifråga's 8 variant switches count twice as subscriptions, once as members", async () => {
    const rows = await subscriptionCounts({ fromYear: 2023, toYear: 2023, groupBy: ['SERVICE'] });
    const economies = dataOf(await hub.request(ServiceEconomySeriesDocument, { fromYear: 2023, toYear: 2023 }, { as: ANALYST })).services.nodes;
    const bibblix = rows.find((row) => row.service?.name === 'Bibblix')!;
    expect(bibblix.members).toBe(76);
    expect(economies.find((service) => service.id === bibblix.service!.id)!.economies![0].economy!.chargedMembers).toBe(76);
    expect(rows.find((row) => row.service?.name === 'Multifråga')).toMatchObject({ active: 37, members: 29, started: 8, ended: 8, atYearEnd: 29 });
  });

  test('by county (asked of membership) and by service and county, the groups add up to every subscription of the year', async () => {
    const [all] = await subscriptionCounts({ fromYear: 2023, toYear: 2023 });
    const byCounty = await subscriptionCounts({ fromYear: 2023, toYear: 2023, groupBy: ['COUNTY'] });
    const byBoth = await subscriptionCounts({ fromYear: 2023, toYear: 2023, groupBy: ['SERVICE', 'COUNTY'] });
    expect(sum(byCounty)).toBe(all.active);
    expect(sum(byBoth)).toBe(all.active);
    expect(byCounty.every((row) => row.service === null && (row.county === null || /län$/.test(row.county)))).toBe(true);
    expect(byBoth.every((row) => row.service !== null)).toBe(true);
  });

  test('ten years by service and county take as many SQL statements as one year by service', async () => {
    const one = await hub.countStatements(() => subscriptionCounts({ fromYear: 2023, toYear: 2023, groupBy: ['SERVICE'] }));
    const ten = await hub.countStatements(() => subscriptionCounts({ fromYear: 2014, toYear: 2023, groupBy: ['SERVICE', 'COUNTY'] }));
    expect(ten.services).toBe(one.services);
    expect(ten.membership).toBe(1);
  });
});

test('council seats per service and participations per project and network in 2023', async () => {
  const { councilSeatCounts } = dataOf(await hub.request(CouncilSeatCountsDocument, { fromYear: 2023, toYear: 2023 }));
  expect(councilSeatCounts.find((row) => row.service.name === 'Provisum')).toMatchObject({ active: 2, members: 2 });
  expect(councilSeatCounts.every((row) => row.members <= row.active && row.active > 0)).toBe(true);
  const counts = dataOf(await hub.request(ParticipationCountsDocument, { fromYear: 2023, toYear: 2023 }));
  expect(counts.projectParticipationCounts.find((row) => row.project?.name === 'KITOS')?.active).toBe(6);
  expect(counts.networkParticipationCounts.map((row) => [row.network?.name, row.active]).sort()).toEqual([
    ['Digidelnätverket', 30],
    ['Digital collaboration platform', 24],
    ['Digital signing', 22],
  ]);
});
