/** Exact sums of Money amounts in tests: "3701600.00" ↔ 370160000n öre. */
export const ore = (amount: string): bigint => BigInt(amount.replace('.', ''));

export const sumAmounts = (amounts: Array<{ amount: string }>): bigint => amounts.reduce((total, money) => total + ore(money.amount), 0n);

/** Whole kronor as the API writes them, e.g. 3701600 → "3701600.00". */
export const sek = (kronor: number): string => `${kronor}.00`;
