import { apportion, formatOre, money, parseAmount } from '../../subgraphs/shared/domain/money';

test('formats öre as an exact decimal in SEK, also beyond 64 bits', () => {
  expect(formatOre(370_160_000n)).toBe('3701600.00');
  expect(formatOre(-17_902_100n)).toBe('-179021.00');
  expect(formatOre(-5n)).toBe('-0.05');
  expect(formatOre(0n)).toBe('0.00');
  expect(formatOre(2n ** 70n)).toBe('11805916207174113034.24');
  expect(money(100n)).toEqual({ amount: '1.00', currency: 'SEK' });
});

test('parses decimals in SEK into öre and names the field when it cannot', () => {
  expect(parseAmount('12500', 'input.amount')).toBe(1_250_000n);
  expect(parseAmount('12500.5', 'input.amount')).toBe(1_250_050n);
  expect(parseAmount('999999999999999.99', 'input.amount')).toBe(99_999_999_999_999_999n);
  expect(parseAmount('-12.50', 'x', { allowNegative: true })).toBe(-1250n);
  expect(() => parseAmount('-12.50', 'input.amount')).toThrow('input.amount: -12.50 is negative: the amount must be zero or more');
  for (const bad of ['12,50', '1.005', '1e6', '', '0x10', '1000000000000000'])
    expect(() => parseAmount(bad, 'input.amount')).toThrow(/^input\.amount: ".*" is not an amount/);
});

test('apportions a total exactly by weight, the remainder to the largest remainders, earlier parts first on ties', () => {
  expect(apportion(10n, [1n, 1n, 1n])).toEqual([4n, 3n, 3n]);
  expect(apportion(3_701_600n, [5n, 4n, 3n])).toEqual([1_542_333n, 1_233_867n, 925_400n]);
  const parts = apportion(12_968_114n, [1500n, 2200n, 2600n, 600n, 1400n, 3100n, 900n, 700n]);
  expect(parts.reduce((sum, part) => sum + part, 0n)).toBe(12_968_114n);
  expect(apportion(0n, [1n, 2n])).toEqual([0n, 0n]);
  expect(() => apportion(1n, [0n])).toThrow();
});
