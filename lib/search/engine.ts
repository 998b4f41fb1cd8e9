/**
 * The search engine proper, free of I/O. One index over every story version of every language, in
 * two parts, the classic design of full-text engines:
 *
 * - a **term dictionary** per language: the folded words of that language's versions (lower case,
 *   no diacritics), each mapped to its Snowball stem (@orama/stemmers). Exact lookups go through a
 *   Map; the beginning of a word being typed and one-typo lookups go through Orama's radix tree
 *   (`@orama/orama/trees`), built on first use;
 * - **postings**: for each stem and field (title, summary, body), the versions that contain it, as
 *   sorted document numbers packed in one Uint32Array. Versions are numbered newest first, so "newer
 *   first" is simply "lower number first".
 *
 * A query word is stemmed with the stemmer of each language searched, so a Swedish reader typing an
 * English word finds the English fallback stories that use it in another form. Scores: 4 for a word
 * in the title, 2 in the summary, 1 in the body only, summed over the query's words; ties go to the
 * newer story. All stories that match at least one word are ranked (a counting sort: linear time).
 *
 * Why not Orama's own `search()`: it keeps BM25 statistics and the whole document for every story
 * (578 MB for 10,000 stories), and gathers the stories of a common word with an `Array.includes`
 * per story (quadratic), which took a second per query at 10,000 stories. docs/search.md has the
 * measurements.
 */
import { radix } from '@orama/orama/trees';
import { distance } from 'fastest-levenshtein';
import { locales, type Locale } from '../i18n/locales';
import type { NormalizedQuery } from './query';
import { typoMinLength } from './match';
import { stemmers, words } from './text';

export const fields = ['title', 'summary', 'body'] as const;
export type Field = (typeof fields)[number];
/** How much a query word counts, by where a story has it. */
export const fieldWeight: Record<Field, number> = { title: 4, summary: 2, body: 1 };

/** How many dictionary words the beginning of a word may stand for (`un…` is not worth 2,000). */
export const maxPrefixWords = 100;

/** One story version as the index receives it. `key` is how the caller finds the story again. */
export type SearchDoc = { key: string; locale: Locale; title: string; summary: string; body: string; category: string; date: number };

type LanguageMeta = {
  /** Distinct stems; a stem's number is its position. */
  terms: string[];
  /** Distinct folded words, and the number of each one's stem. */
  words: string[];
  wordTerms: number[];
  /** Where each field's postings sit in the packed array: [offsets start, ids start, ids count]. */
  layout: Record<Field, [number, number, number]>;
};

/** The index's description, kept as JSON beside the packed postings. */
export type IndexMeta = {
  format: 2;
  /** Per version, newest first: its key, its category (a number into `categories`). */
  keys: string[];
  categories: string[];
  category: number[];
  languages: Partial<Record<Locale, LanguageMeta>>;
};

export type BuiltIndex = { meta: IndexMeta; postings: Uint32Array };

/** Builds the index of a list of versions (at content build time). */
export function buildIndex(input: readonly SearchDoc[]): BuiltIndex {
  const docs = [...input].sort((a, b) => b.date - a.date || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const categories = [...new Set(docs.map((d) => d.category))].sort();
  type Builder = { terms: Map<string, number>; words: Map<string, number>; lists: Record<Field, number[][]>; seen: Record<Field, number[]> };
  const builders = new Map<Locale, Builder>();
  docs.forEach((doc, id) => {
    let b = builders.get(doc.locale);
    if (!b) builders.set(doc.locale, (b = { terms: new Map(), words: new Map(), lists: { title: [], summary: [], body: [] }, seen: { title: [], summary: [], body: [] } }));
    const stem = stemmers[doc.locale];
    for (const field of fields) {
      const lists = b.lists[field];
      const seen = b.seen[field];
      for (const word of words(doc[field])) {
        let term = b.words.get(word);
        if (term === undefined) {
          const s = stem(word) || word;
          term = b.terms.get(s);
          if (term === undefined) b.terms.set(s, (term = b.terms.size));
          b.words.set(word, term);
        }
        if (seen[term] === id) continue;
        seen[term] = id;
        (lists[term] ??= []).push(id);
      }
    }
  });
  // Pack: per language and field, term offsets (terms + 1 numbers) then the document numbers.
  const chunks: ArrayLike<number>[] = [];
  let size = 0;
  const push = (values: ArrayLike<number>) => {
    const at = size;
    chunks.push(values);
    size += values.length;
    return at;
  };
  const languages: IndexMeta['languages'] = {};
  for (const locale of locales) {
    const b = builders.get(locale);
    if (!b) continue;
    const termCount = b.terms.size;
    const layout = {} as LanguageMeta['layout'];
    for (const field of fields) {
      const offsets = new Uint32Array(termCount + 1);
      const ids: number[] = [];
      for (let t = 0; t < termCount; t++) {
        offsets[t] = ids.length;
        for (const id of b.lists[field][t] ?? []) ids.push(id);
      }
      offsets[termCount] = ids.length;
      layout[field] = [push(offsets), push(ids), ids.length];
    }
    languages[locale] = { terms: [...b.terms.keys()], words: [...b.words.keys()], wordTerms: [...b.words.values()], layout };
  }
  const postings = new Uint32Array(size);
  let at = 0;
  for (const c of chunks) {
    postings.set(c, at);
    at += c.length;
  }
  const meta: IndexMeta = { format: 2, keys: docs.map((d) => d.key), categories, category: docs.map((d) => categories.indexOf(d.category)), languages };
  return { meta, postings };
}

/** Which versions a search may return (one per story: the version a reader's newsroom shows). */
export type RankOptions = {
  /** Per version number, 1 when it may be returned; all when absent. */
  visible?: Uint8Array;
  /** The languages of those versions (whose dictionaries to look words up in); all when absent. */
  languages?: readonly Locale[];
  category?: string;
};

class Language {
  readonly terms: Map<string, number>;
  private tree?: radix.RadixTree;
  private readonly stems = new Map<string, string>();
  readonly postings: Record<Field, { offsets: Uint32Array; ids: Uint32Array }>;

  constructor(
    readonly locale: Locale,
    private readonly meta: LanguageMeta,
    packed: Uint32Array,
  ) {
    this.terms = new Map(meta.terms.map((t, i) => [t, i]));
    const view = (start: number, length: number) => packed.subarray(start, start + length);
    this.postings = Object.fromEntries(
      fields.map((f) => {
        const [offsets, ids, count] = meta.layout[f];
        return [f, { offsets: view(offsets, meta.terms.length + 1), ids: view(ids, count) }];
      }),
    ) as Language['postings'];
  }

  private stem(word: string): string {
    let s = this.stems.get(word);
    if (s === undefined) {
      s = stemmers[this.locale](word) || word;
      if (this.stems.size > 50_000) this.stems.clear();
      this.stems.set(word, s);
    }
    return s;
  }

  /** The dictionary as a radix tree: word → its number (for prefix and typo lookups). */
  private dictionary(): radix.RadixTree {
    if (!this.tree) {
      this.tree = new radix.RadixTree();
      this.meta.words.forEach((w, i) => this.tree!.insert(w, i));
    }
    return this.tree;
  }

  /** Stems a query word stands for: its own stem, and when `prefix`, those of words it begins. */
  lookup(word: string, prefix: boolean): number[] {
    const out = new Set<number>();
    const own = this.terms.get(this.stem(word));
    if (own !== undefined) out.add(own);
    if (prefix) {
      const found: number[][] = Object.values(this.dictionary().find({ term: word, exact: false }));
      for (const [i] of found.slice(0, maxPrefixWords)) out.add(this.meta.wordTerms[i!]!);
    }
    return [...out];
  }

  /** Stems of the dictionary words one edit away from a query word (a typo). */
  typo(word: string): number[] {
    const out = new Set<number>();
    const found: [string, number[]][] = Object.entries(this.dictionary().find({ term: word, exact: false, tolerance: 1 }));
    for (const [w, ids] of found) {
      if (Math.abs(w.length - word.length) <= 1 && distance(w, word) <= 1) out.add(this.meta.wordTerms[ids[0]!]!);
    }
    return [...out];
  }
}

export class SearchIndex {
  readonly keys: readonly string[];
  private readonly languages = new Map<Locale, Language>();
  private readonly category: Uint8Array;

  constructor(private readonly meta: IndexMeta, postings: Uint32Array) {
    if (meta.format !== 2) throw new Error(`search index: format ${String(meta.format)}, expected 2 (rebuild the content)`);
    this.keys = meta.keys;
    this.category = Uint8Array.from(meta.category);
    for (const locale of locales) {
      const lang = meta.languages[locale];
      if (lang) this.languages.set(locale, new Language(locale, lang, postings));
    }
  }

  get size(): number {
    return this.keys.length;
  }

  /**
   * Every version matching the query, best first (as numbers into `keys`). The last query word also
   * matches words it begins (the reader may still be typing); a word of five letters or more that
   * matches nothing is taken for a typo and looked up again one edit away.
   */
  rank(query: NormalizedQuery, { visible, languages = locales, category }: RankOptions = {}): Uint32Array {
    const n = this.keys.length;
    const terms = query.terms;
    const cat = category === undefined ? -1 : this.meta.categories.indexOf(category);
    if (!terms.length || (category !== undefined && cat < 0)) return new Uint32Array(0);
    const langs = languages.flatMap((l) => this.languages.get(l) ?? []);
    const score = new Uint16Array(n);
    const best = new Uint8Array(n);
    const touched = new Uint32Array(n);
    terms.forEach((term, i) => {
      let found = langs.map((lang) => lang.lookup(term, i === terms.length - 1));
      if (found.every((t) => !t.length) && term.length >= typoMinLength) found = langs.map((lang) => lang.typo(term));
      let count = 0;
      langs.forEach((lang, li) => {
        for (const field of fields) {
          const w = fieldWeight[field];
          const { offsets, ids } = lang.postings[field];
          for (const t of found[li]!) {
            for (let k = offsets[t]!, end = offsets[t + 1]!; k < end; k++) {
              const id = ids[k]!;
              if (best[id]! >= w || (visible && !visible[id]) || (cat >= 0 && this.category[id] !== cat)) continue;
              if (best[id] === 0) touched[count++] = id;
              best[id] = w;
            }
          }
        }
      });
      for (let k = 0; k < count; k++) {
        const id = touched[k]!;
        score[id]! += best[id]!;
        best[id] = 0;
      }
    });
    // Counting sort by score, highest first; within a score, by number (newest first).
    const top = fieldWeight.title * terms.length;
    const start = new Uint32Array(top + 2);
    for (let id = 0; id < n; id++) if (score[id]) start[top - score[id]! + 1]!++;
    for (let s = 1; s <= top + 1; s++) start[s]! += start[s - 1]!;
    const out = new Uint32Array(start[top + 1]!);
    for (let id = 0; id < n; id++) if (score[id]) out[start[top - score[id]!]!++] = id;
    return out;
  }
}

/** Builds and opens an index in one go (tests, and small sites without a build step). */
export function createIndex(docs: readonly SearchDoc[]): SearchIndex {
  const { meta, postings } = buildIndex(docs);
  return new SearchIndex(meta, postings);
}
