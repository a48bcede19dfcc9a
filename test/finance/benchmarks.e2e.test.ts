import type { GraphQLObjectType } from 'graphql';
import { api } from '../api-values';
import type { AllMembersBenchmarksQuery, BenchmarkFragment, PeerGroupFiguresFragment } from '../generated/graphql';
import { AllMembersBenchmarksDocument, MemberBenchmarksDocument, MemberBenchmarksWithPeersDocument, SearchMembersDocument } from '../generated/graphql';
import { ANALYST, dataOf, type Hub, memberUser, startHub } from '../hub';
import { ore } from './money';

type Member = AllMembersBenchmarksQuery['members']['nodes'][number];

let hub: Hub;
let nacka: string;
let members: Member[];
const YEARS = [2022, 2023];
const everyYear = new Map<number, Member[]>();
beforeAll(async () => {
  // Every member's charges and benchmarks in one operation is an analyst's export, above the default MAX_COST_ANALYST.
  hub = await startHub(['membership', 'services', 'finance'], { gatewaySettings: { MAX_COST_ANALYST: 2_000_000 } });
  nacka = dataOf(await hub.request(SearchMembersDocument, { search: 'Nacka', first: 1 })).members.nodes[0].id;
  for (const year of YEARS) everyYear.set(year, dataOf(await hub.request(AllMembersBenchmarksDocument, { year }, { as: ANALYST })).members.nodes);
  members = everyYear.get(2023)!;
});
afterAll(() => hub?.stop());

/** Cost per resident in 1/10 000 SEK, from the raw charge and population, as the test's own reckoning. */
const perResident = (charged: bigint, population: number) => Number((charged * 100n + BigInt(population) / 2n) / BigInt(population));
const units = (decimal: string) => Number(decimal.replace('.', ''));
const BANDS = [15_000, 40_000, 80_000, 150_000, 500_000, Number.POSITIVE_INFINITY];
const bandOf = (population: number) => BANDS.findIndex((below) => population < below);

/** What each member paid per service, summed, with its population: the raw data an analyst sees. */
function subscribersOf(year: number, serviceId: string) {
  return everyYear.get(year)!.flatMap((member) => {
    const charges = member.serviceCharges!.filter((charge) => charge.service.id === serviceId);
    if (!charges.length || !member.population) return [];
    const total = charges.reduce((sum, charge) => sum + ore(charge.amount.amount), 0n);
    return [{ id: member.id, band: bandOf(member.population), perResident: perResident(total, member.population) }];
  });
}

const groups = (benchmark: BenchmarkFragment) =>
  [benchmark.populationBand, benchmark.allSubscribers].filter((group): group is PeerGroupFiguresFragment => !!group);

describe("Nacka's benchmarks as its own user", () => {
  test('one per service it was charged for in 2023, its charge and cost per resident (charge / 108 000 inhabitants), and the same figures an analyst gets', async () => {
    const own = dataOf(await hub.request(MemberBenchmarksDocument, { id: nacka, year: 2023 }, { as: memberUser(nacka) })).member!;
    expect(own.population).toBe(108_000);
    const nackaRaw = members.find((member) => member.id === nacka)!;
    expect(new Set(own.benchmarks!.map((benchmark) => benchmark.service.id))).toEqual(new Set(nackaRaw.serviceCharges!.map((charge) => charge.service.id)));
    for (const benchmark of own.benchmarks!) {
      expect(units(benchmark.costPerResident!)).toBe(perResident(ore(benchmark.charged.amount), 108_000));
      expect(nackaRaw.benchmarks!.find((other) => other.service.id === benchmark.service.id)).toMatchObject(benchmark);
    }
  });

  test('Provisum (Nacka and Luleå only) shows no group; Bibblix shows both: 11 members of 80 000–149 999 inhabitants, 76 subscribers', async () => {
    const own = dataOf(await hub.request(MemberBenchmarksDocument, { id: nacka, year: 2023 }, { as: memberUser(nacka) })).member!;
    const named = (name: string) => own.benchmarks!.find((benchmark) => benchmark.service.name === name)!;
    expect(named('Provisum')).toMatchObject({ populationBand: null, allSubscribers: null });
    expect(own.benchmarks!.map((benchmark) => benchmark.service.name).sort()).toEqual(['Bibblix', 'Provisum']);
    expect(named('Bibblix').populationBand).toMatchObject({ kind: 'POPULATION_BAND', band: 'FROM_80000_TO_149999', memberCount: 11 });
    expect(named('Bibblix').allSubscribers).toMatchObject({ kind: 'ALL_SUBSCRIBERS', memberCount: 76 });
  });

  test("peers' names are FORBIDDEN to the member user, and so is another member's benchmark", async () => {
    const withPeers = await hub.request(MemberBenchmarksWithPeersDocument, { id: nacka, year: 2023 }, { as: memberUser(nacka) });
    expect(withPeers.errors?.length).toBeGreaterThan(0);
    expect(new Set(withPeers.errors!.map((error) => error.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
    expect(withPeers.errors!.every((error) => error.path?.at(-1) === 'peers')).toBe(true);
    const other = members.find((member) => member.id !== nacka && member.benchmarks!.length)!.id;
    const response = await hub.request(MemberBenchmarksDocument, { id: other, year: 2023 }, { as: memberUser(nacka) });
    expect(response.errors?.map((error) => [error.extensions?.code, error.path])).toEqual([['FORBIDDEN', ['member', 'benchmarks']]]);
  });
});

test('no N+1: one member’s benchmarks take finance one SQL statement, and every member’s (with their charges) two', async () => {
  const one = await hub.countStatements(() => hub.request(MemberBenchmarksDocument, { id: nacka, year: 2023 }, { as: ANALYST }));
  const all = await hub.countStatements(() => hub.request(AllMembersBenchmarksDocument, { year: 2023 }, { as: ANALYST }));
  // One statement sums the year's charges for the benchmarks; the raw charges the operation also asks for take one more.
  expect([one.finance, all.finance]).toEqual([1, 2]);
});

describe('anonymity: what a member user is shown never singles out a peer', () => {
  test('every group shown holds at least five other members, and its quartiles are those of its members (checked against the raw charges)', () => {
    for (const year of YEARS)
      for (const member of everyYear.get(year)!)
        for (const benchmark of member.benchmarks!) {
          const subscribers = subscribersOf(year, benchmark.service.id);
          const band = subscribers.filter((subscriber) => member.population && subscriber.band === bandOf(member.population));
          const expected = { band: band.length - (member.population ? 1 : 0), all: subscribers.length - (member.population ? 1 : 0) };
          expect(benchmark.populationBand === null).toBe(!member.population || expected.band < 5);
          for (const group of groups(benchmark)) {
            const others = group.memberCount - (member.population ? 1 : 0);
            expect(others).toBeGreaterThanOrEqual(5);
            const values = (group.kind === 'POPULATION_BAND' ? band : subscribers).map((subscriber) => subscriber.perResident).sort((a, b) => a - b);
            expect(group.memberCount).toBe(values.length);
            expect(units(group.lowerQuartile)).toBeLessThanOrEqual(units(group.median));
            expect(units(group.median)).toBeLessThanOrEqual(units(group.upperQuartile));
            expect(units(group.median)).toBe(Math.round((values[Math.floor((values.length - 1) / 2)] + values[Math.ceil((values.length - 1) / 2)]) / 2));
          }
        }
  });

  test('differencing: no two groups shown for the same service and year differ by one to four members (all subscribers is then withheld)', () => {
    let withheld = 0;
    for (const year of YEARS)
      for (const member of everyYear.get(year)!)
        for (const benchmark of member.benchmarks!) {
          if (benchmark.populationBand && benchmark.allSubscribers) {
            const difference = benchmark.allSubscribers.memberCount - benchmark.populationBand.memberCount;
            expect(difference === 0 || difference >= 5).toBe(true);
          }
          const all = subscribersOf(year, benchmark.service.id).length;
          if (benchmark.populationBand && !benchmark.allSubscribers && all - benchmark.populationBand.memberCount > 0) withheld++;
        }
    // eansökan-ekbist: six members of 15 000–39 999 inhabitants among ten subscribers; each of the six would see groups differing by four.
    expect(withheld).toBeGreaterThanOrEqual(6);
  });

  test('narrowing: groups are fixed: the only argument is the year, and every member of Nacka’s Bibblix band sees the same band, by name', async () => {
    const member = api.getType('Member') as GraphQLObjectType;
    expect(member.getFields().benchmarks.args.map((arg) => arg.name)).toEqual(['year']);
    const bibblixBandOf = async (id: string) => {
      const { benchmarks } = dataOf(await hub.request(MemberBenchmarksWithPeersDocument, { id, year: 2023 }, { as: ANALYST })).member!;
      return benchmarks!.find((benchmark) => benchmark.service.name === 'Bibblix')!.populationBand!.peers!.map((peer) => peer.member.id);
    };
    const band = await bibblixBandOf(nacka);
    expect(band).toHaveLength(11);
    const bibblix = members.find((member) => member.id === nacka)!.benchmarks!.find((benchmark) => benchmark.service.name === 'Bibblix')!.service.id;
    const expected = subscribersOf(2023, bibblix).filter((subscriber) => subscriber.band === bandOf(108_000));
    expect(new Set(band)).toEqual(new Set(expected.map((subscriber) => subscriber.id)));
    for (const id of band) expect(await bibblixBandOf(id)).toEqual(band);
  });

  test('analysts see the names behind every figure: the median of the peers listed is the median shown', async () => {
    const { benchmarks } = dataOf(await hub.request(MemberBenchmarksWithPeersDocument, { id: nacka, year: 2023 }, { as: ANALYST })).member!;
    const bibblix = benchmarks!.find((benchmark) => benchmark.service.name === 'Bibblix')!;
    const peers = bibblix.allSubscribers!.peers!;
    expect(peers.map((peer) => peer.member.name)).toContain('Nacka kommun');
    expect(peers).toHaveLength(bibblix.allSubscribers!.memberCount);
    const values = peers.map((peer) => units(peer.costPerResident));
    const middle = (values.length - 1) / 2;
    expect(units(bibblix.allSubscribers!.median)).toBe(Math.round((values[Math.floor(middle)] + values[Math.ceil(middle)]) / 2));
  });
});
