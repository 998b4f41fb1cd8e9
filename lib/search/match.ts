import { distance } from 'fastest-levenshtein';
import type { Locale } from '../i18n/locales';
import { fold, stemmers } from './text';

/** Words of at least this many letters forgive one typo. */
export const typoMinLength = 5;

/**
 * Whether a word of a text matches a query term the way the index matches it: same stem, the term
 * starting the word (typing in progress), or one typo in a longer word.
 */
export function termMatcher(term: string, locale: Locale): (word: string) => boolean {
  const stem = stemmers[locale];
  const t = fold(term);
  const ts = stem(t) || t;
  const cache = new Map<string, boolean>();
  return (word: string) => {
    const w = fold(word);
    const known = cache.get(w);
    if (known !== undefined) return known;
    const ws = stem(w) || w;
    const hit =
      ws === ts ||
      w.startsWith(t) ||
      ws.startsWith(ts) ||
      (t.length >= typoMinLength && (distance(w, t) <= 1 || distance(ws, ts) <= 1));
    cache.set(w, hit);
    return hit;
  };
}

const wordPattern = /[\p{L}\p{N}]+/gu;

/** Does any word of `text` match? */
export function textMatches(text: string, match: (word: string) => boolean): boolean {
  for (const m of text.matchAll(wordPattern)) if (match(m[0])) return true;
  return false;
}
