/** Today's date in Sweden, as YYYY-MM-DD. */
export function today(): string {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
}
