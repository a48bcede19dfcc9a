import { ore, sek } from '../finance/money';
import {
  DefinePriceModelDocument,
  type DefinePriceModelInput,
  FeeScenarioDocument,
  type PriceModelInput,
  PriceModelsDocument,
  PriceScenarioDocument,
  SearchMembersDocument,
  ServiceEconomiesDocument,
  ServiceEconomyModelsDocument,
} from '../generated/graphql';
import { ADMIN, ANALYST, dataOf, errorOf, type Hub, memberUser, startHub } from '../hub';

let hub: Hub;
let nacka: string;
let economies: Record<string, { id: string; charged: string; costs: string }>;
beforeAll(async () => {
  hub = await startHub(['membership', 'services', 'projects', 'finance'], { today: '2024-02-01' });
  nacka = dataOf(await hub.request(SearchMembersDocument, { search: 'Nacka', first: 1 })).members.nodes[0].id;
  const nodes = dataOf(await hub.request(ServiceEconomiesDocument, { year: 2023 }, { as: ANALYST })).services.nodes;
  economies = Object.fromEntries(nodes.map((node) => [node.name, { id: node.id, charged: node.economy!.charged.amount, costs: node.economy!.costs.amount }]));
});
afterAll(() => hub?.stop());

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const scenario = (serviceId: string, proposedModel: PriceModelInput, year = 2023) =>
  hub.request(PriceScenarioDocument, { serviceId, proposedModel, year }, { as: ANALYST });
const versions = async (serviceId?: string) => dataOf(await hub.request(PriceModelsDocument, { serviceId })).priceModels;

describe('priceScenario', () => {
  test('Bibblix 2023 at a flat 5 000 SEK per subscriber: every member now and then, winners and losers, costs covered or not; nothing written', async () => {
    const bibblix = economies.Bibblix;
    const before = await versions(bibblix.id);
    const result = dataOf(await scenario(bibblix.id, { kind: 'FLAT', amount: '5000' })).priceScenario!;
    expect(result.service).toEqual({ id: bibblix.id, name: 'Bibblix' });
    expect(result.current).toMatchObject({ version: 2, kind: 'SHARED_COST' });
    expect(result.currentTotal.amount).toBe(bibblix.charged);
    expect(result.costs!.amount).toBe(bibblix.costs);
    const proposed = result.lines.map((line) => ore(line.proposed.amount));
    expect(ore(result.proposedTotal.amount)).toBe(proposed.reduce((a, b) => a + b, 0n));
    expect(result.lines.filter((line) => line.days === 365).every((line) => line.proposed.amount === sek(5_000))).toBe(true);
    expect(result.coversCosts).toBe(ore(result.proposedTotal.amount) >= ore(bibblix.costs));
    expect(result.winners + result.losers).toBeGreaterThan(0);
    expect(result.winners).toBe(result.lines.filter((line) => ore(line.difference.amount) < 0n).length);
    expect(result.losers).toBe(result.lines.filter((line) => ore(line.difference.amount) > 0n).length);
    const differences = result.lines.map((line) => ore(line.difference.amount));
    expect(differences).toEqual([...differences].sort((a, b) => (a === b ? 0 : a > b ? -1 : 1)));
    expect(await versions(bibblix.id)).toEqual(before);
    const after = dataOf(await hub.request(ServiceEconomiesDocument, { year: 2023 }, { as: ANALYST })).services.nodes.find((node) => node.id === bibblix.id)!;
    expect(after.economy!.charged.amount).toBe(bibblix.charged);
  });

  test('sharing the same amount equally instead of by band weight keeps the total and moves money from large members to small ones', async () => {
    const provisum = economies.Provisum;
    const result = dataOf(await scenario(provisum.id, { kind: 'SHARED_COST', sharing: 'EQUAL', shared: provisum.charged })).priceScenario!;
    expect(result.proposedTotal.amount).toBe(result.currentTotal.amount);
    const line = (name: string) => result.lines.find((candidate) => candidate.member.name === name)!;
    expect(ore(line('Nacka kommun').difference.amount)).toBeLessThan(0n);
    // The same total still covers Provisum's costs, as its charges do in 2023 (the business plan: its management is funded).
    expect(ore(result.proposedTotal.amount)).toBeGreaterThanOrEqual(ore(provisum.costs));
    expect(result.coversCosts).toBe(true);
  });

  test('the fee schedule: 1.50 SEK per inhabitant, floor 5 000, cap 100 000', async () => {
    const proposedModel = { kind: 'PER_RESIDENT' as const, perResident: '1.50', floor: '5000', cap: '100000' };
    const result = dataOf(await hub.request(FeeScenarioDocument, { proposedModel, year: 2023 }, { as: ANALYST })).feeScenario!;
    expect(result).toMatchObject({ service: null, current: { version: 6 }, costs: null, coversCosts: null, currentTotal: { amount: sek(3_701_600) } });
    expect(result.lines.find((line) => line.member.id === nacka)).toMatchObject({ population: 108_000, days: 365, proposed: { amount: sek(100_000) } });
  });

  test('by member kind, each member is priced as the kind it was in the year: Region Jönköpings län a county council in 2018, a region in 2023', async () => {
    const kindAmounts = [
      { memberKind: 'COUNTY_COUNCIL' as const, amount: '1000' },
      { memberKind: 'REGION' as const, amount: '2000' },
      { memberKind: 'MUNICIPALITY' as const, amount: '100' },
    ];
    const lineIn = async (year: number) => {
      const { feeScenario } = dataOf(await hub.request(FeeScenarioDocument, { proposedModel: { kind: 'BY_MEMBER_KIND', kindAmounts }, year }, { as: ANALYST }));
      return feeScenario!.lines.find((line) => line.member.name === 'Region Jönköpings län');
    };
    expect(await lineIn(2018)).toMatchObject({ days: 365, proposed: { amount: sek(1_000) } });
    expect(await lineIn(2023)).toMatchObject({ days: 365, proposed: { amount: sek(2_000) } });
  });

  test('refused: an unknown service (NOT_FOUND), a band table with a gap (BAD_USER_INPUT naming the band), member users (FORBIDDEN)', async () => {
    expect(errorOf(await scenario(UNKNOWN, { kind: 'FLAT', amount: '1' }))).toEqual({
      code: 'NOT_FOUND',
      message: `serviceId: no service with id "${UNKNOWN}"`,
    });
    const gap = {
      kind: 'BANDS' as const,
      bands: [
        { from: 0, to: 10_000, value: '1000' },
        { from: 20_000, value: '2000' },
      ],
    };
    expect(errorOf(await scenario(economies.Bibblix.id, gap))).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/^proposedModel\.bands\.1\.from: 20000 is wrong/),
    });
    const asMember = await hub.request(
      PriceScenarioDocument,
      { serviceId: economies.Bibblix.id, proposedModel: { kind: 'FLAT', amount: '1' }, year: 2023 },
      { as: memberUser(nacka) },
    );
    expect(errorOf(asMember).code).toBe('FORBIDDEN');
  });
});

test("a service's economy names the model versions that produced its charges", async () => {
  const services = async (year: number) => dataOf(await hub.request(ServiceEconomyModelsDocument, { year }, { as: ANALYST })).services.nodes;
  const bibblix = (await services(2023)).find((service) => service.name === 'Bibblix')!;
  expect(bibblix.economy!.priceModels).toEqual([{ id: expect.any(String), version: 2, validFrom: '2023-01-01', kind: 'SHARED_COST' }]);
  expect((await services(2020)).every((service) => service.economy!.priceModels!.length === 0)).toBe(true);
});

describe('definePriceModel', () => {
  const define = (input: DefinePriceModelInput) => hub.request(DefinePriceModelDocument, { input }, { as: ADMIN });
  const bands = [
    { from: 0, to: 20_000, value: '15000' },
    { from: 20_000, value: '40000' },
  ];

  test('a new fee schedule version from 2024 keeps every earlier one', async () => {
    const before = await versions();
    const { definePriceModel } = dataOf(await define({ validFrom: '2024-01-01', model: { kind: 'BANDS', bands } }));
    expect(definePriceModel).toMatchObject({ version: before.length + 1, validFrom: '2024-01-01', kind: 'BANDS', source: 'ENTERED' });
    expect(definePriceModel.bands).toEqual([
      { label: '0–19 999 inhabitants', value: '1500000' },
      { label: '20 000 inhabitants or more', value: '4000000' },
    ]);
    expect(await versions()).toEqual([...before, expect.objectContaining({ id: definePriceModel.id })]);
  });

  test.each([
    [
      { validFrom: '2024-01-01', model: { kind: 'FLAT' as const, amount: '1' } },
      'BAD_USER_INPUT',
      /^input\.validFrom: version \d+ is valid from 2024-01-01: a new version must start later/,
    ],
    [{ validFrom: '2025-06-01', model: { kind: 'FLAT' as const, amount: '1' } }, 'BAD_USER_INPUT', /^input\.validFrom: 2025-06-01 is no 1 January/],
    [{ validFrom: '2025-01-01', model: { kind: 'FLAT' as const, amount: '-5' } }, 'BAD_USER_INPUT', /^input\.model\.amount: -5 is negative/],
    [{ validFrom: '2025-01-01', model: { kind: 'SHARED_COST' as const } }, 'BAD_USER_INPUT', /^input\.model\.sharing: a SHARED_COST model needs this/],
    [
      { validFrom: '2025-01-01', model: { kind: 'BANDS' as const, bands: [bands[0], { ...bands[1], from: 15_000 }] } },
      'BAD_USER_INPUT',
      /^input\.model\.bands\.1\.from: 15000 is wrong/,
    ],
    [{ validFrom: '2025-01-01', serviceId: UNKNOWN, model: { kind: 'FLAT' as const, amount: '1' } }, 'NOT_FOUND', /^input\.serviceId: no service/],
  ])('refuses %j and writes nothing', async (input, code, message) => {
    const before = await versions();
    const error = errorOf(await define(input));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(await versions()).toEqual(before);
  });

  test('a kind that does not exist is BAD_USER_INPUT', async () => {
    const response = await hub.request(DefinePriceModelDocument, { input: { validFrom: '2025-01-01', model: { kind: 'PER_CAPITA' as never } } }, { as: ADMIN });
    expect(errorOf(response).code).toBe('BAD_USER_INPUT');
  });
});
