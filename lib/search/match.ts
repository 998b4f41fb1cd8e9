import type { Locale } from '../i18n/locales';
import { fold, stemmers } from './text';

/**
 * The matching rules, shared by the engine (lib/search/engine.ts) and the highlighting of titles and
 * excerpts (lib/search/snippet.ts), so that what is marked is what was matched.
 *
 * - A word of at most `shortWordMaxLength` letters (`de`, `la`, `EU`) only matches itself (its
 *   stem): it never stands for the words it begins, and no typo is forgiven.
 * - The last word of a query also matches the words it begins (the reader may still be typing).
 * - A word that matches nothing is taken for a typo: from `typoMinLength` letters it finds the
 *   dictionary words one edit away, from `twoTyposMinLength` letters two edits away when nothing is
 *   one edit away. Numbers are never corrected (2025 is not 2026).
 */
export const shortWordMaxLength = 2;
/** Words of at least this many letters forgive one typo. */
export const typoMinLength = 5;
/** Words of at least this many letters forgive two typos (when no word is one edit away). */
export const twoTyposMinLength = 10;

const numeric = /^\p{N}+$/u;

/** Is this query word too short to stand for anything but itself? */
export function isShortWord(term: string): boolean {
  return term.length <= shortWordMaxLength;
}

/** Does the query word also match the words it begins (the last word of a query, not a short one)? */
export function expandsPrefix(term: string, last: boolean): boolean {
  return last && !isShortWord(term);
}

/** How many edits a query word that matches nothing may be away from the words it finds (0: none). */
export function typoTolerance(term: string): number {
  if (term.length < typoMinLength || numeric.test(term)) return 0;
  return term.length >= twoTyposMinLength ? 2 : 1;
}

/**
 * How far a "did you mean" suggestion may be from a word that found nothing: one edit for 3–4
 * letters (they forgive no typo), two from 5 (one more than a typo forgives, except for long words,
 * whose two typos are forgiven already: their suggestions are words that only versions the reader
 * does not see had as written). Short words and numbers get none.
 */
export function suggestionTolerance(term: string): number {
  if (isShortWord(term) || numeric.test(term)) return 0;
  return term.length < typoMinLength ? 1 : 2;
}

/**
 * Optimal string alignment distance (the restricted Damerau–Levenshtein distance): the number of
 * letters wrong, missing or added, or pairs of neighbours swapped, to turn `a` into `b`, so that
 * `alliacnes` is one edit from `alliances` (Levenshtein counts a swap as two). Returns `max + 1` as
 * soon as the distance is known to exceed `max`.
 *
 * Written here rather than taken from a package: fastest-levenshtein (already a dependency) has no
 * transpositions, and the npm `damerau-levenshtein` package fills the whole table with no bound and
 * returns similarity figures we do not need; the engine runs the same recurrence row by row down its
 * radix tree anyway (`withinEdits` in engine.ts), which no package does. It is a dozen lines.
 */
export function editDistance(a: string, b: string, max = Number.MAX_SAFE_INTEGER): number {
  if (a === b) return 0;
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > max) return max + 1;
  let before = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    const ca = a.charCodeAt(i - 1);
    cur[0] = i;
    let low = i;
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb && before[j - 2]! + 1 < v) v = before[j - 2]! + 1;
      cur[j] = v;
      if (v < low) low = v;
    }
    if (low > max) return max + 1;
    [before, prev, cur] = [prev, cur, before];
  }
  return Math.min(prev[n]!, max + 1);
}

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
 * Whether a token of a text matches a query term by the rules above, for callers that do not have
 * the engine's answer (the search page highlights exactly the stems the engine matched, see
 * `SearchIndex.match`): same stem; when `last`, the term beginning the word; a word within the
 * term's typo tolerance. Short terms only match their own stem.
 */
export function termMatcher(term: string, locale: Locale, { last = true }: { last?: boolean } = {}): (t: Token) => boolean {
  const q = token(term, locale);
  const prefix = expandsPrefix(q.w, last);
  const tolerance = typoTolerance(q.w);
  const known = new Map<string, boolean>();
  return ({ w, s }) => {
    const hit = known.get(w);
    if (hit !== undefined) return hit;
    const result = s === q.s || (prefix && w.startsWith(q.w)) || (tolerance > 0 && editDistance(w, q.w, tolerance) <= tolerance);
    known.set(w, result);
    return result;
  };
}

/** Does any token match? */
export function anyMatch(toks: Token[], match: (t: Token) => boolean): boolean {
  for (const t of toks) if (match(t)) return true;
  return false;
}
