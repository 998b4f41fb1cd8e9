import type { Locale } from '../i18n/locales';
import type { NormalizedQuery } from './query';
import { termMatcher, token } from './match';

export type Segment = { text: string; hit: boolean };

/** Does a word of the text match any query term the way search matched it (stem, prefix, one typo)? */
function matcher(query: NormalizedQuery, locale: Locale) {
  const matchers = query.terms.map((t) => termMatcher(t, locale));
  return (word: string) => {
    const t = token(word, locale);
    return matchers.some((m) => m(t));
  };
}

/**
 * An excerpt of `text` around the first words matching the query, as segments to render with the
 * matches marked. `locale` is the search index's language (its stemmer), `maxLength` the excerpt size.
 */
export function buildSnippet(text: string, query: NormalizedQuery, locale: Locale, maxLength = 220): Segment[] {
  const isHit = matcher(query, locale);
  const spans: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (query.terms.length && isHit(m[0])) spans.push({ start: m.index!, end: m.index! + m[0].length });
  }
  let start = 0;
  let end = text.length;
  if (text.length > maxLength) {
    const first = spans[0]?.start ?? 0;
    start = Math.max(0, first - Math.floor(maxLength / 4));
    if (start > 0) start = text.indexOf(' ', start) + 1 || start;
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
