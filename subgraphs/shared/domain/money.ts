import { BigIntType } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { BadUserInputError } from '../graphql/errors';

export const CURRENCY = 'SEK';

/** How an amount argument is written, for its description. */
export const AMOUNT = 'Amount in SEK as an exact decimal with at most two decimals, zero or more, e.g. "12500.00".';

@ObjectType('Money', { description: 'An exact amount of money. Kept as whole öre (1/100 SEK) in 64-bit integers and summed without limit; never a float.' })
@Directive('@shareable')
export class Money {
  @Field(() => String, { description: 'The amount as an exact decimal with two decimals and a leading "-" when negative, e.g. "3701600.00".' })
  amount!: string;

  @Field(() => String, { description: 'ISO 4217 currency code; always "SEK".' })
  currency!: string;
}

/** Column type for amounts in öre: PostgreSQL `bigint`, a native JS `bigint` in code. */
export const oreType = () => new BigIntType('bigint');

/** Öre as an exact decimal string in SEK, e.g. 370160000n → "3701600.00". */
export function formatOre(ore: bigint): string {
  const sign = ore < 0n ? '-' : '';
  const digits = (ore < 0n ? -ore : ore).toString().padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

export const money = (ore: bigint): Money => ({ amount: formatOre(ore), currency: CURRENCY });

export const kronor = (sek: number | bigint): bigint => BigInt(sek) * 100n;

export const sumOre = (values: Iterable<bigint>): bigint => {
  let total = 0n;
  for (const value of values) total += value;
  return total;
};

const DECIMAL = /^(-)?(\d{1,15})(?:\.(\d{1,2}))?$/;

/** Parses an amount written as a decimal in SEK ("1250", "1250.5", "1250.50") into öre, or fails naming the field. */
export function parseAmount(text: string, field: string, { allowNegative = false } = {}): bigint {
  const match = DECIMAL.exec(text.trim());
  if (!match) throw new BadUserInputError(field, `"${text}" is not an amount: write SEK as a decimal with at most two decimals, e.g. "12500.00"`);
  const [, minus, whole, fraction = ''] = match;
  const ore = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  if (minus && ore > 0n && !allowNegative) throw new BadUserInputError(field, `${text} is negative: the amount must be zero or more`);
  return minus ? -ore : ore;
}

/**
 * Splits `total` into parts proportional to `weights` that add up to exactly `total` (largest
 * remainder method): every part gets its rounded-down share, and the units left over go one each to
 * the parts with the largest remainders, earlier parts first on ties.
 */
export function apportion(total: bigint, weights: readonly bigint[]): bigint[] {
  const weightSum = sumOre(weights);
  if (weightSum <= 0n) throw new Error('apportion needs a positive total weight');
  const parts = weights.map((weight) => (total * weight) / weightSum);
  const remainders = weights.map((weight, index) => ({ index, remainder: (total * weight) % weightSum }));
  remainders.sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  let left = total - sumOre(parts);
  for (const { index } of remainders) {
    if (left === 0n) break;
    parts[index] += 1n;
    left -= 1n;
  }
  return parts;
}
