/**
 * The search engine proper, free of I/O: an Orama index over a list of stories in one language,
 * and a query function ranking title above summary above body, then newer first. lib/search/index.ts
 * feeds it from the content layer; tests feed it directly.
 */
import { create, insertMultiple, search as oramaSearch, type Orama, type Tokenizer } from '@orama/orama';
import type { Locale } from '../i18n/locales';
import type { NormalizedQuery } from './query';
import { words, stemmers } from './text';
import { termMatcher, textMatches, typoMinLength } from './match';

export const schema = { title: 'string', summary: 'string', body: 'string', category: 'enum', date: 'number' } as const;
export type SearchDb = Orama<typeof schema>;
export type SearchDoc = { id: string; title: string; summary: string; body: string; category: string; date: number };

/** Most results a query ranks: more pages than that are no use to a reader. */
export const maxRanked = 1000;

/**
 * Orama tokenizer, the same for documents and queries: each word folded (lower case, no
 * diacritics) and kept twice, as its stem (so inflected forms meet) and as written (so a typo in a
 * word, which can change its stem, is still one letter away from the word itself).
 */
function tokenizer(locale: Locale): Tokenizer {
  const cache = new Map<string, string>();
  const stem = stemmers[locale];
  return {
    language: locale,
    normalizationCache: cache,
    tokenize: (raw: string) => {
      if (typeof raw !== 'string') return [raw];
      const out = new Set<string>();
      for (const w of words(raw)) {
        let s = cache.get(w);
        if (s === undefined) {
          s = stem(w) || w;
          cache.set(w, s);
        }
        out.add(s);
        out.add(w);
      }
      return [...out];
    },
  };
}

export async function buildSearchDb(locale: Locale, docs: SearchDoc[]): Promise<SearchDb> {
  const db = create({ schema, components: { tokenizer: tokenizer(locale) } });
  await insertMultiple(db, docs, 500);
  return db;
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
  for (const term of query.terms) {
    // One typo is forgiven once a word is long enough for typos to be likely.
    const found = await oramaSearch(db, {
      term,
      properties: ['title', 'summary', 'body'],
      tolerance: term.length >= typoMinLength ? 1 : 0,
      limit: maxRanked,
      ...where,
    });
    const match = termMatcher(term, locale);
    for (const hit of found.hits) {
      const d = hit.document;
      const weight = textMatches(d.title as string, match) ? fieldWeight.title : textMatches(d.summary as string, match) ? fieldWeight.summary : fieldWeight.body;
      const entry = scores.get(String(hit.id)) ?? { score: 0, date: d.date as number };
      entry.score += weight;
      scores.set(String(hit.id), entry);
    }
  }
  const ranked = [...scores].sort((a, b) => b[1].score - a[1].score || b[1].date - a[1].date).slice(0, maxRanked);
  return { ids: ranked.map(([id]) => id), total: ranked.length };
}


