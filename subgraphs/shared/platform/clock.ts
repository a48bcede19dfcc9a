/** Made once: `toLocaleDateString` with a time zone builds a new formatter on every call. */
const SWEDISH_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' });

/** Today's date in Sweden, as YYYY-MM-DD. */
export function today(): string {
  return SWEDISH_DAY.format(new Date());
}
