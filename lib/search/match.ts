import { distance } from 'fastest-levenshtein';
import type { Locale } from '../i18n/locales';
import { fold, stemmers } from './text';

/** Words of at least this many letters forgive one typo. */
export const typoMinLength = 5;

/** A word as search compares it: folded (`w`) and stemmed (`s`). */
export type Token = { w: string; s: string };

const caches = new Map<Locale, Map<string, Token>>();
const wordPattern = /[\p{L}\p{N}]+/gu;

/** The token of one word as written (cached: the same words come back all the time). */
export function token(raw: string, locale: Locale): Token {
  let cache = caches.get(locale);
  if (!cache) caches.set(locale, (cache = new Map()));
  let t = cache.get(raw);
  if (!t) {
    const w = fold(raw);
    t = { w, s: stemmers[locale](w) || w };
    if (cache.size > 200_000) cache.clear();
    cache.set(raw, t);
  }
  return t;
}

/** The tokens of a text. */
export function tokens(text: string, locale: Locale): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(wordPattern)) out.push(token(m[0], locale));
  return out;
}

/**
 * Whether a token of a text matches a query term the way the index matches it: same stem, the term
 * starting the word (typing in progress), or one typo in a longer word.
 */
export function termMatcher(term: string, locale: Locale): (t: Token) => boolean {
  const q = token(term, locale);
  const known = new Map<string, boolean>();
  return ({ w, s }) => {
    const hit = known.get(w);
    if (hit !== undefined) return hit;
    const result =
      s === q.s || w.startsWith(q.w) || s.startsWith(q.s) || (q.w.length >= typoMinLength && Math.abs(w.length - q.w.length) <= 1 && (distance(w, q.w) <= 1 || distance(s, q.s) <= 1));
    known.set(w, result);
    return result;
  };
}

/** Does any token match? */
export function anyMatch(toks: Token[], match: (t: Token) => boolean): boolean {
  for (const t of toks) if (match(t)) return true;
  return false;
}
