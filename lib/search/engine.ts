/**
 * The search engine proper, free of I/O: an Orama index over a list of stories in one language,
 * and a query function ranking title above summary above body, then newer first. lib/search/index.ts
 * feeds it from the content layer; tests feed it directly.
 */
import { create, insertMultiple, search as oramaSearch, type Orama, type Tokenizer } from '@orama/orama';
import type { Locale } from '../i18n/locales';
import type { NormalizedQuery } from './query';
import { words, stemmers } from './text';
import { anyMatch, termMatcher, tokens, typoMinLength, type Token } from './match';

export const schema = { title: 'string', summary: 'string', body: 'string', category: 'enum', date: 'number' } as const;
/** The Orama index, and each story's title and summary as tokens (to score where a word matched). */
export type SearchDb = { orama: Orama<typeof schema>; fields: Map<string, { title: Token[]; summary: Token[] }> };
export type SearchDoc = { id: string; title: string; summary: string; body: string; category: string; date: number };

/** Most results a query ranks: more pages than that are no use to a reader. */
export const maxRanked = 1000;

/** Query markers: search a term by its stem only, or by the word as written only. */
const byStem = '\u0002';
const byWord = '\u0003';

/**
 * Orama tokenizer. Documents: each word folded (lower case, no diacritics) and indexed twice, as its
 * stem (so inflected forms meet) and as written (so a typo in a word, which can change its stem, is
 * still one letter away from the word itself). Queries carry a marker saying which of the two to use.
 */
function tokenizer(locale: Locale): Tokenizer {
  const cache = new Map<string, string>();
  const stem = stemmers[locale];
  const stemOf = (w: string) => {
    let s = cache.get(w);
    if (s === undefined) {
      s = stem(w) || w;
      cache.set(w, s);
    }
    return s;
  };
  return {
    language: locale,
    normalizationCache: cache,
    tokenize: (raw: string) => {
      if (typeof raw !== 'string') return [raw];
      if (raw.startsWith(byStem)) return [...new Set(words(raw.slice(1)).map(stemOf))];
      if (raw.startsWith(byWord)) return [...new Set(words(raw.slice(1)))];
      const out = new Set<string>();
      for (const w of words(raw)) out.add(stemOf(w)).add(w);
      return [...out];
    },
  };
}

export async function buildSearchDb(locale: Locale, docs: SearchDoc[]): Promise<SearchDb> {
  const orama = create({ schema, components: { tokenizer: tokenizer(locale) } });
  await insertMultiple(orama, docs, 500);
  const fields = new Map(docs.map((d) => [d.id, { title: tokens(d.title, locale), summary: tokens(d.summary, locale) }]));
  return { orama, fields };
}

export type Ranked = { ids: string[]; total: number };

/** How much a query word counts, by where a story has it. */
export const fieldWeight = { title: 4, summary: 2, body: 1 } as const;

/**
 * Every story matching the query, best first: each query word scores 4 when the story's title has
 * it, 2 for the summary, 1 for the body only; stories with the higher sum come first, then newer
 * first. At most `maxRanked`.
 */
export async function rank(db: SearchDb, query: NormalizedQuery, locale: Locale, category?: string): Promise<Ranked> {
  if (!query.terms.length) return { ids: [], total: 0 };
  const where = category ? { where: { category: { eq: category } } } : {};
  const scores = new Map<string, { score: number; date: number }>();
  const last = query.terms.length - 1;
  for (const [i, term] of query.terms.entries()) {
    // By stem first: the whole word, or for the last word (the reader may still be typing it) any
    // word it begins. A word of five letters or more that matches nothing is taken for a typo and
    // looked up again, as written, one edit away.
    const common = { properties: ['title', 'summary', 'body'] as ('title' | 'summary' | 'body')[], threshold: 1, limit: maxRanked, ...where };
    let found = await oramaSearch(db.orama, { ...common, term: byStem + term, exact: i !== last, tolerance: 0 });
    if (found.count === 0 && term.length >= typoMinLength) {
      found = await oramaSearch(db.orama, { ...common, term: byWord + term, exact: false, tolerance: 1 });
    }
    const match = termMatcher(term, locale);
    for (const hit of found.hits) {
      const d = hit.document;
      const f = db.fields.get(String(hit.id));
      const weight = f && anyMatch(f.title, match) ? fieldWeight.title : f && anyMatch(f.summary, match) ? fieldWeight.summary : fieldWeight.body;
      const entry = scores.get(String(hit.id)) ?? { score: 0, date: d.date as number };
      entry.score += weight;
      scores.set(String(hit.id), entry);
    }
  }
  const ranked = [...scores].sort((a, b) => b[1].score - a[1].score || b[1].date - a[1].date).slice(0, maxRanked);
  return { ids: ranked.map(([id]) => id), total: ranked.length };
}


