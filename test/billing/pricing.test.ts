import { sumOre } from '../../subgraphs/shared/domain/money';
import { type Billable, checkBands, checkTariff, daysInYear, priceYear, roundedShare, tariff } from '../../subgraphs/shared/domain/pricing';

const item = (key: string, population: number | null, days = 365, memberKind = 'MUNICIPALITY'): Billable => ({
  key,
  memberId: key,
  memberKind,
  population,
  days,
});
const amounts = (lines: Array<{ amountOre: bigint }>) => lines.map((line) => line.amountOre);
const BANDS = [
  { from: 0, to: 15_000, value: 2n },
  { from: 15_000, to: 40_000, value: 3n },
  { from: 40_000, to: null, value: 5n },
];

test('days of a year and rounding to the öre, halves up', () => {
  expect([daysInYear(2023), daysInYear(2024), daysInYear(1900), daysInYear(2000)]).toEqual([365, 366, 365, 366]);
  expect(roundedShare(100n, 1n, 8n)).toBe(13n); // 12.5 → 13
  expect(roundedShare(100n, 1n, 3n)).toBe(33n);
  expect(roundedShare(100n, 2n, 3n)).toBe(67n);
});

test('flat per subscriber, pro rata by days for a member that joins during the year', () => {
  const lines = priceYear(tariff({ kind: 'FLAT', amountOre: 36_500_00n }), [item('a', 1000), item('b', 1000, 100)], { year: 2023 });
  expect(amounts(lines)).toEqual([36_500_00n, 10_000_00n]);
  expect(lines[1]).toMatchObject({ days: 100, modelOre: 10_000_00n, agreement: null });
});

test('per resident with floor and cap; no inhabitants counts as none and pays the floor', () => {
  const model = tariff({ kind: 'PER_RESIDENT', perResidentOre: 150n, floorOre: 10_000_00n, capOre: 500_000_00n });
  expect(amounts(priceYear(model, [item('small', 2_000), item('mid', 100_000), item('big', 900_000), item('skr', null)], { year: 2023 }))).toEqual([
    10_000_00n,
    150_000_00n,
    500_000_00n,
    10_000_00n,
  ]);
});

test('population bands name the band each member fell in', () => {
  const lines = priceYear(
    tariff({ kind: 'BANDS', bands: BANDS.map((band) => ({ ...band, value: band.value * 10_000_00n })) }),
    [item('a', 14_999), item('b', 15_000)],
    {
      year: 2023,
    },
  );
  expect(lines.map((line) => [line.amountOre, line.band])).toEqual([
    [20_000_00n, '0–14 999 inhabitants'],
    [30_000_00n, '15 000–39 999 inhabitants'],
  ]);
});

test('flat per member kind; a kind without an amount pays nothing', () => {
  const model = tariff({ kind: 'BY_MEMBER_KIND', kindAmounts: { MUNICIPALITY: 25_000_00n, REGION: 80_000_00n } });
  expect(amounts(priceYear(model, [item('m', 1), item('r', 1, 365, 'REGION'), item('f', 1, 365, 'MUNICIPAL_FEDERATION')], { year: 2023 }))).toEqual([
    25_000_00n,
    80_000_00n,
    0n,
  ]);
});

describe('cost sharing adds up exactly to the cost', () => {
  const cost = 1_000_000_01n;
  const members = [item('a', 10_000), item('b', 20_000), item('c', 70_000, 73)];

  test('equally: by days of use', () => {
    const lines = priceYear(tariff({ kind: 'SHARED_COST', sharing: 'EQUAL' }), members, { year: 2023, costOre: cost });
    expect(sumOre(amounts(lines))).toBe(cost);
    expect(lines.map((line) => line.share)).toEqual(['365/803', '365/803', '73/803']);
  });

  test('by population share, over the members who took part and their days', () => {
    const lines = priceYear(tariff({ kind: 'SHARED_COST', sharing: 'POPULATION' }), members, { year: 2023, costOre: cost });
    expect(sumOre(amounts(lines))).toBe(cost);
    expect(lines[0].share).toBe(`${10_000 * 365}/${10_000 * 365 + 20_000 * 365 + 70_000 * 73}`);
    const difference = lines[1].amountOre - 2n * lines[0].amountOre;
    expect(difference >= -1n && difference <= 1n).toBe(true);
  });

  test('by band weights; the model may state the amount to share (a budget) instead of the recorded costs', () => {
    const lines = priceYear(tariff({ kind: 'SHARED_COST', sharing: 'WEIGHTS', bands: BANDS, sharedOre: 700_00n }), [item('a', 1), item('b', 20_000)], {
      year: 2023,
      costOre: 1n,
    });
    expect(amounts(lines)).toEqual([280_00n, 420_00n]);
    expect(lines[1].band).toBe('15 000–39 999 inhabitants');
  });

  test('largest remainder: three equal shares of one krona are 34, 33 and 33 öre', () => {
    expect(
      amounts(priceYear(tariff({ kind: 'SHARED_COST', sharing: 'EQUAL' }), [item('a', 1), item('b', 1), item('c', 1)], { year: 2023, costOre: 100n })),
    ).toEqual([34n, 33n, 33n]);
  });

  test('when no one has inhabitants, population shares fall back to days', () => {
    expect(amounts(priceYear(tariff({ kind: 'SHARED_COST', sharing: 'POPULATION' }), [item('a', null), item('b', 0)], { year: 2023, costOre: 10n }))).toEqual([
      5n,
      5n,
    ]);
  });
});

test('agreements override the model: a fixed amount (taken out of a shared cost first) or a discount', () => {
  const agreements = [
    { memberId: 'a', discountPercent: null, fixedOre: 100_00n },
    { memberId: 'b', discountPercent: 25, fixedOre: null },
  ];
  const flat = priceYear(tariff({ kind: 'FLAT', amountOre: 1_000_00n }), [item('a', 1), item('b', 1), item('c', 1)], { year: 2023, agreements });
  expect(amounts(flat)).toEqual([100_00n, 750_00n, 1_000_00n]);
  expect(flat.map((line) => line.agreement)).toEqual(['fixed 100.00 SEK a year', 'discount 25 %', null]);
  const shared = priceYear(tariff({ kind: 'SHARED_COST', sharing: 'EQUAL' }), [item('a', 1), item('c', 1), item('d', 1)], {
    year: 2023,
    costOre: 1_000_00n,
    agreements,
  });
  expect(amounts(shared)).toEqual([100_00n, 450_00n, 450_00n]);
});

describe('bad models are refused naming the field', () => {
  test.each([
    [tariff({ kind: 'FLAT' }), 'input.amount: a FLAT model needs this'],
    [tariff({ kind: 'FLAT', amountOre: -1n }), 'input.amount: -1 öre is negative'],
    [tariff({ kind: 'PER_RESIDENT', perResidentOre: 1n, floorOre: 10n, capOre: 5n }), 'input.cap: the cap (5 öre) is below the floor (10 öre)'],
    [tariff({ kind: 'SHARED_COST' }), 'input.sharing: a SHARED_COST model needs this'],
    [tariff({ kind: 'BY_MEMBER_KIND' }), 'input.kindAmounts: give an amount'],
    [tariff({ kind: 'BANDS', bands: [] }), 'input.bands: give at least one band'],
  ])('%#', (model, message) => {
    expect(() => checkTariff(model)).toThrow(message);
  });

  test('bands with a gap, an overlap, a bad start or a closed end', () => {
    const bands = (...list: Array<[number, number | null]>) => list.map(([from, to]) => ({ from, to, value: 1n }));
    expect(() => checkBands(bands([0, 10], [11, null]), 'input.bands')).toThrow('input.bands.1.from: 11 is wrong: it must start where band 0 ends (10)');
    expect(() => checkBands(bands([0, 10], [9, null]), 'input.bands')).toThrow('input.bands.1.from: 9 is wrong');
    expect(() => checkBands(bands([5, null]), 'input.bands')).toThrow('input.bands.0.from: 5 is wrong: the first band must start at 0 inhabitants');
    expect(() => checkBands(bands([0, 10]), 'input.bands')).toThrow('input.bands.0.to: the last band must have no upper end');
    expect(() => checkBands(bands([0, null], [10, null]), 'input.bands')).toThrow('input.bands.0.to: only the last band');
    expect(() => checkBands([{ from: 0, to: null, value: -2n }], 'input.bands')).toThrow('input.bands.0.value: -2 öre is negative');
  });
});
