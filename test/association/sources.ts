import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Whitespace-normalised text, so a quote matches across the line breaks of the document's text. */
export const normalised = (text: string): string => text.replace(/\s+/g, ' ').trim();

const texts = new Map<string, string>();

/** The text of a source document kept in docs/sources/ (copied from Sambruk's documents), whitespace-normalised. */
export function sourceText(file: string): string {
  if (!texts.has(file)) texts.set(file, normalised(readFileSync(join(__dirname, '..', '..', 'docs', 'sources', file), 'utf8')));
  return texts.get(file)!;
}

/** True when `quote` appears word for word in the document. */
export const quoted = (file: string, quote: string): boolean => sourceText(file).includes(normalised(quote));
