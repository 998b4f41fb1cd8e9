import { words } from './text';

/** Longest query we search for, in characters; longer input is cut (and the reader told). */
export const maxQueryLength = 200;
export const maxTerms = 12;

export type NormalizedQuery = {
  /** What the reader typed, trimmed and shortened: shown back to them (escaped by React). */
  display: string;
  /** Folded words that take part in the search (2 letters or more). */
  terms: string[];
  /** The terms joined, as the engine receives them. */
  text: string;
  truncated: boolean;
};

/**
 * From whatever arrives in `?q=` to what is searched: whitespace collapsed, length capped, only
 * words kept (quotes, regular-expression characters and markup are not syntax here, just
 * separators).
 */
export function normalizeQuery(raw: unknown): NormalizedQuery {
  const value = (Array.isArray(raw) ? raw[0] : raw) ?? '';
  const collapsed = String(value)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const truncated = collapsed.length > maxQueryLength;
  const display = truncated ? collapsed.slice(0, maxQueryLength) : collapsed;
  const terms = [...new Set(words(display).filter((w) => w.length >= 2))].slice(0, maxTerms);
  return { display, terms, text: terms.join(' '), truncated };
}
