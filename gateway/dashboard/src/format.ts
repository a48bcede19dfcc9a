/** Numbers, money and dates as Swedish readers expect them (sv-SE). */
const kronor = new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 });
const perResident = new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const count = new Intl.NumberFormat('sv-SE');
const day = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'UTC' });

/** An exact decimal amount from the API ("12500.00") in whole kronor, e.g. "12 500 kr". */
export const formatKronor = (amount: string) => kronor.format(Number(amount));

/** Cost per resident ("0.7412"), to the öre, e.g. "0,74 kr". */
export const formatPerResident = (amount: string) => perResident.format(Number(amount));

export const formatCount = (value: number) => count.format(value);

/** A date (YYYY-MM-DD), e.g. "12 mars 2023". */
export const formatDay = (date: string) => day.format(new Date(`${date}T00:00:00Z`));

/** Text made safe to put in HTML. */
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);
