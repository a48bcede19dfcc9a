/** Swedish organisation numbers (organisationsnummer): ten digits written NNNNNN-NNNN, the last a Luhn check digit. */
const FORMAT = /^(\d{6})-(\d{4})$/;

export function luhnCheckDigit(nineDigits: string): number {
  const sum = [...nineDigits].reduce((total, char, index) => {
    const product = Number(char) * (index % 2 === 0 ? 2 : 1);
    return total + (product > 9 ? product - 9 : product);
  }, 0);
  return (10 - (sum % 10)) % 10;
}

/** Why a string is not a valid organisation number, or null when it is. */
export function organisationNumberProblem(value: string): string | null {
  const match = FORMAT.exec(value);
  if (!match) return `"${value}" must be written NNNNNN-NNNN (ten digits with a hyphen), e.g. 212000-0142`;
  const digits = match[1] + match[2];
  if (luhnCheckDigit(digits.slice(0, 9)) !== Number(digits[9])) return `"${value}" has a wrong check digit (the last digit follows the Luhn algorithm)`;
  return null;
}

/** A valid organisation number from its first nine digits. */
export function organisationNumber(nineDigits: string): string {
  return `${nineDigits.slice(0, 6)}-${nineDigits.slice(6)}${luhnCheckDigit(nineDigits)}`;
}
