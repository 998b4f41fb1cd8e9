import type { Locale } from '../i18n/locales';
import type { NormalizedQuery } from './query';
import { isShortWord, termMatcher, token, type Token } from './match';

export type Segment = { text: string; hit: boolean };

/**
 * What the engine matched for each query term (in the query's order) in the text's language: the
 * stems it stood for (`SearchIndex.match`). A word of the text is marked when its stem is one of them,
 * which is exactly how the engine found the story.
 */
export type MatchedStems = readonly (readonly string[] | undefined)[];

type Span = { start: number; end: number; term: number; short: boolean };

/**
 * Where the excerpt is centred: the first match followed, within `reach` characters, by matches of
 * the most distinct query words (longer words only, when there are some).
 */
function anchor(spans: Span[], reach: number): number {
  const long = spans.filter((s) => !s.short);
  const list = long.length ? long : spans;
  const all = new Set(list.map((s) => s.term)).size;
  let best = list[0];
  let most = 0;
  // The first 500 matches are plenty to choose from (a word repeated all over a long text).
  for (let i = 0; i < list.length && i < 500 && most < all; i++) {
    const seen = new Set<number>();
    for (let j = i; j < list.length && list[j]!.start < list[i]!.start + reach; j++) seen.add(list[j]!.term);
    if (seen.size > most) {
      best = list[i];
      most = seen.size;
    }
  }
  return best?.start ?? 0;
}

/** Per query term, whether a word of the text matches it. */
function matchers(query: NormalizedQuery, locale: Locale, matched?: MatchedStems): ((t: Token) => boolean)[] {
  return query.terms.map((term, i) => {
    if (!matched) return termMatcher(term, locale, { last: i === query.terms.length - 1 });
    const stems = new Set(matched[i] ?? []);
    return (t: Token) => stems.has(t.s);
  });
}

/**
 * An excerpt of `text` around the first words matching the query, as segments to render with the
 * matches marked. `locale` is the search index's language (its stemmer), `maxLength` the excerpt size,
 * `matched` what the engine matched (without it, the rules of match.ts are applied to the text). The
 * excerpt shows the first place where the most query words meet, counting short words only when
 * there is nothing else (not a `de`), and begins with the sentence of that match when it can.
 */
export function buildSnippet(text: string, query: NormalizedQuery, locale: Locale, maxLength = 220, matched?: MatchedStems): Segment[] {
  const tests = query.terms.length ? matchers(query, locale, matched) : [];
  const short = query.terms.map(isShortWord);
  const spans: Span[] = [];
  if (tests.length) {
    for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      const t = token(m[0], locale);
      let hit = -1;
      for (let i = 0; i < tests.length; i++) {
        if (tests[i]!(t) && (hit < 0 || short[hit])) hit = i;
        if (hit >= 0 && !short[hit]) break;
      }
      if (hit >= 0) spans.push({ start: m.index, end: m.index + m[0].length, term: hit, short: short[hit]! });
    }
  }
  let start = 0;
  let end = text.length;
  if (text.length > maxLength) {
    const first = anchor(spans, maxLength - Math.floor(maxLength / 4));
    start = Math.max(0, first - Math.floor(maxLength / 4));
    if (start > 0) {
      // Begin with the sentence of the match when it begins in the window, else after a space.
      const sentence = /[.!?…;:]\s+(?=\S)/g;
      sentence.lastIndex = start;
      let begin = -1;
      for (let m = sentence.exec(text); m && m.index + m[0].length <= first; m = sentence.exec(text)) begin = m.index + m[0].length;
      start = begin >= 0 ? begin : text.indexOf(' ', start) + 1 || start;
    }
    end = Math.min(text.length, start + maxLength);
    if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  }
  const segments: Segment[] = [];
  if (start > 0) segments.push({ text: '… ', hit: false });
  let at = start;
  for (const s of spans) {
    if (s.end <= start || s.start >= end) continue;
    if (s.start > at) segments.push({ text: text.slice(at, s.start), hit: false });
    segments.push({ text: text.slice(Math.max(s.start, at), s.end), hit: true });
    at = s.end;
  }
  if (at < end) segments.push({ text: text.slice(at, end), hit: false });
  if (end < text.length) segments.push({ text: ' …', hit: false });
  return segments;
}
