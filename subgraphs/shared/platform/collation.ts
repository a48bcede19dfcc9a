/** Compares two texts in Swedish order (Å, Ä, Ö last); one collator made once, as `localeCompare(b, 'sv')` builds one on every call. */
export const swedishOrder = new Intl.Collator('sv').compare;
