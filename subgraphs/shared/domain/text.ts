/** A URL-friendly handle made from a name: lower-case letters and digits joined by hyphens, diacritics dropped ("Västerås stad" → "vasteras-stad"). */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
