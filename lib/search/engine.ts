/**
 * The search engine proper, free of I/O. One index over every story version of every language, in
 * two parts, the classic design of full-text engines:
 *
 * - a **term dictionary** per language: the folded words of that language's versions (lower case,
 *   no diacritics), each mapped to its Snowball stem (@orama/stemmers). Exact lookups go through a
 *   Map; the beginning of a word being typed and typo lookups walk Orama's radix tree of the words
 *   (`@orama/orama/trees`, built on first use), so they visit the words near the query word, not the
 *   whole dictionary;
 * - **postings**: for each stem and field (title, summary, body), the versions that contain it, as
 *   sorted document numbers packed in one Uint32Array. Versions are numbered newest first, so "newer
 *   first" is simply "lower number first".
 *
 * A query word is stemmed with the stemmer of each language searched, so a Swedish reader typing an
 * English word finds the English fallback stories that use it in another form. Scores: 4 for a word
 * in the title, 2 in the summary, 1 in the body only, summed over the query's words; ties go to the
 * newer story. All stories that match at least one word are ranked (a counting sort: linear time).
 * The matching rules (short words, prefixes, typos with swapped letters) are in match.ts.
 *
 * Why not Orama's own `search()`: it keeps BM25 statistics and the whole document for every story
 * (578 MB for 10,000 stories), and gathers the stories of a common word with an `Array.includes`
 * per story (quadratic), which took a second per query at 10,000 stories. docs/search.md has the
 * measurements.
 */
import { radix } from '@orama/orama/trees';
import { locales, type Locale } from '../i18n/locales';
import type { NormalizedQuery } from './query';
import { expandsPrefix, isShortWord, suggestionTolerance, typoTolerance } from './match';
import { stemmers, words } from './text';

export const fields = ['title', 'summary', 'body'] as const;
export type Field = (typeof fields)[number];
/** How much a query word counts, by where a story has it. */
export const fieldWeight: Record<Field, number> = { title: 4, summary: 2, body: 1 };

/** How many dictionary words the beginning of a word may stand for (`uni…` is not worth 2,000). */
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
  type Builder = {
    terms: Map<string, number>;
    words: Map<string, number>;
    lists: Record<Field, number[][]>;
    seen: Record<Field, number[]>;
  };
  const builders = new Map<Locale, Builder>();
  docs.forEach((doc, id) => {
    let b = builders.get(doc.locale);
    if (!b)
      builders.set(
        doc.locale,
        (b = {
          terms: new Map(),
          words: new Map(),
          lists: { title: [], summary: [], body: [] },
          seen: { title: [], summary: [], body: [] },
        }),
      );
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
  const meta: IndexMeta = {
    format: 2,
    keys: docs.map((d) => d.key),
    categories,
    category: docs.map((d) => categories.indexOf(d.category)),
    languages,
  };
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

type Node = radix.RadixNode;

/**
 * Calls `report` for every word of a radix tree within `max` edits of `term` (optimal string
 * alignment distance, as `editDistance` in match.ts: a letter wrong, missing or added, or two
 * neighbours swapped). The tree is walked letter by letter with one row of the edit-distance table
 * per letter, and a branch is left as soon as every cell of its row is over `max`, so only the words
 * near the term are visited, not the dictionary (S. Hanov's trie walk). Orama's own tolerance search
 * is not used: it counts a swap as two edits, and it misses words behind edges of several letters.
 */
function withinEdits(root: Node, term: string, max: number, budget: Budget, report: (node: Node, distance: number) => void): void {
  const m = term.length;
  const code = Uint16Array.from({ length: m + 1 }, (_, j) => (j ? term.charCodeAt(j - 1) : 0));
  const rows: Uint16Array[] = [Uint16Array.from({ length: m + 1 }, (_, j) => j)];
  /** path[i]: the code of the i-th letter (from 1) of the branch being walked. */
  const path: number[] = [0, 0];
  const walk = (node: Node, depth: number) => {
    for (const child of node.c.values()) {
      let d = depth;
      let alive = true;
      for (let x = 0; x < child.s.length; x++) {
        if (--budget.rows < 0) return;
        const c = child.s.charCodeAt(x);
        d++;
        path[d] = c;
        const prev = rows[d - 1]!;
        const before = d > 1 ? rows[d - 2]! : undefined;
        const cur = (rows[d] ??= new Uint16Array(m + 1));
        // Only the cells at most `max` from the diagonal can be within `max`; the cells just outside
        // that band are set over `max` for the next row to read.
        const lo = Math.max(1, d - max);
        const hi = Math.min(m, d + max);
        cur[0] = d;
        cur[lo - 1] = lo > 1 ? max + 1 : d;
        if (hi < m) cur[hi + 1] = max + 1;
        let low = d <= max ? d : max + 1;
        const last = path[d - 1]!;
        for (let j = lo; j <= hi; j++) {
          // code[j]: the j-th letter of the term (from 1).
          const t = code[j]!;
          let v = prev[j - 1]! + (c === t ? 0 : 1);
          if (prev[j]! + 1 < v) v = prev[j]! + 1;
          if (cur[j - 1]! + 1 < v) v = cur[j - 1]! + 1;
          if (before && j > 1 && c === code[j - 1] && last === t && before[j - 2]! + 1 < v) v = before[j - 2]! + 1;
          cur[j] = v;
          if (v < low) low = v;
        }
        if (low > max) {
          alive = false;
          break;
        }
      }
      if (!alive) continue;
      if (child.e && Math.abs(d - m) <= max && rows[d]![m]! <= max) report(child, rows[d]![m]!);
      walk(child, d);
      if (budget.rows < 0) return;
    }
  };
  walk(root, 0);
}

/**
 * How many letters (rows of the edit-distance table) the typo walks of one query, or its "did you
 * mean", may go through: a bound on the time a query of many long unknown words takes (some 20 ms
 * at worst on a 2-core machine; a query of twelve random 16-letter words would otherwise take ten
 * times that in a large dictionary), well above what real words need: in a dictionary of 100,000
 * words, about 1,500 letters for one edit and 10,000 for two, per language.
 */
export type Budget = { rows: number };
export const typoBudget = 60_000;

/** The node under which every word beginning with `prefix` sits (the prefix may end inside an edge). */
function descend(root: Node, prefix: string): Node | undefined {
  let node = root;
  let i = 0;
  while (i < prefix.length) {
    const child = node.c.get(prefix[i]!);
    if (!child) return undefined;
    let j = 0;
    while (j < child.s.length && i + j < prefix.length && child.s[j] === prefix[i + j]) j++;
    if (i + j === prefix.length) return child;
    if (j < child.s.length) return undefined;
    node = child;
    i += j;
  }
  return node;
}

/** At most this many words of a query that finds nothing are looked for a "did you mean". */
export const maxSuggestedWords = 3;

/** A dictionary word near a query word, for "did you mean". */
export type NearWord = { word: string; distance: number; term: number; locale: Locale };

class Language {
  readonly terms: Map<string, number>;
  private tree?: radix.RadixTree;
  private readonly longest: number;
  private readonly stems = new Map<string, string>();
  readonly postings: Record<Field, { offsets: Uint32Array; ids: Uint32Array }>;

  constructor(
    readonly locale: Locale,
    private readonly meta: LanguageMeta,
    packed: Uint32Array,
  ) {
    this.terms = new Map(meta.terms.map((t, i) => [t, i]));
    this.longest = meta.words.reduce((n, w) => Math.max(n, w.length), 0);
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
      for (const [i, w] of this.meta.words.entries()) this.tree.insert(w, i);
    }
    return this.tree;
  }

  /** The stem of a term number. */
  stemOf(term: number): string {
    return this.meta.terms[term]!;
  }

  /**
   * Stems a query word stands for: its own stem, and when `prefix`, those of the words it begins
   * (the shortest first, at most `maxPrefixWords`: the walk stops there).
   */
  lookup(word: string, prefix: boolean): number[] {
    const out = new Set<number>();
    const own = this.terms.get(this.stem(word));
    if (own !== undefined) out.add(own);
    if (prefix) {
      const start = descend(this.dictionary(), word);
      const queue: Node[] = start ? [start] : [];
      let words = 0;
      for (let q = 0; q < queue.length && words < maxPrefixWords; q++) {
        const node = queue[q]!;
        if (node.e) {
          for (const i of node.d) out.add(this.meta.wordTerms[i as number]!);
          words++;
        }
        for (const c of node.c.values()) queue.push(c);
      }
    }
    return [...out];
  }

  /** Does a version of this language have the word, as written (folded)? */
  has(word: string): boolean {
    const node = descend(this.dictionary(), word);
    return !!node && node.e && node.w === word;
  }

  /** Dictionary words within `max` edits of a word (a word longer than any by more is near none). */
  near(word: string, max: number, budget: Budget = { rows: typoBudget }): NearWord[] {
    const out: NearWord[] = [];
    if (word.length - this.longest > max) return out;
    withinEdits(this.dictionary(), word, max, budget, (node, distance) => {
      for (const i of node.d) out.push({ word: node.w, distance, term: this.meta.wordTerms[i as number]!, locale: this.locale });
    });
    return out;
  }

  /** Stems of the dictionary words at most `max` edits from a query word (a typo). */
  typo(word: string, max: number, budget?: Budget): number[] {
    return [...new Set(this.near(word, max, budget).map((n) => n.term))];
  }

  /** How many versions have a stem (in any field; a version counted once per field). */
  frequency(term: number): number {
    let n = 0;
    for (const field of fields) n += this.postings[field].offsets[term + 1]! - this.postings[field].offsets[term]!;
    return n;
  }

  /** The first (newest) versions with a stem that `accept` lets through, at most `limit`. */
  versionsWith(term: number, accept: (id: number) => boolean, limit: number): number[] {
    const out = new Set<number>();
    for (const field of fields) {
      const { offsets, ids } = this.postings[field];
      for (let k = offsets[term]!, end = offsets[term + 1]!, taken = 0; k < end && taken < limit; k++) {
        if (accept(ids[k]!)) {
          out.add(ids[k]!);
          taken++;
        }
      }
    }
    return [...out].sort((a, b) => a - b).slice(0, limit);
  }
}

/** How one query word was matched: what the engine did, and the stems it stood for, per language. */
export type TermMatch = {
  /** `word`: by its own stem; `prefix`: also the words it begins; `typo`: words a few edits away; `none`: nothing. */
  how: 'word' | 'prefix' | 'typo' | 'none';
  stems: Partial<Record<Locale, string[]>>;
};

export type Ranked = {
  /** The matching versions, best first (numbers into `keys`). */
  ids: Uint32Array;
  /** Per query term, in the query's order. */
  terms: TermMatch[];
};

/** A "did you mean": the query's words, those that found nothing replaced by the nearest known word. */
export type Suggestion = {
  /**
   * Each word, folded; for a replacement, its language and the newest versions the reader may see
   * that have its stem (where to find how the stories spell it).
   */
  words: { word: string; changed: boolean; locale?: Locale; versions?: number[] }[];
  /** The words joined. */
  text: string;
};

export class SearchIndex {
  readonly keys: readonly string[];
  private readonly languages = new Map<Locale, Language>();
  private readonly category: Uint8Array;

  constructor(
    private readonly meta: IndexMeta,
    postings: Uint32Array,
  ) {
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

  /** Every version matching the query, best first (as numbers into `keys`); see `match`. */
  rank(query: NormalizedQuery, options: RankOptions = {}): Uint32Array {
    return this.match(query, options).ids;
  }

  /**
   * Every version matching the query, best first, and how each query word matched (the rules are in
   * match.ts). The last query word also matches words it begins; a word that matches nothing is
   * taken for a typo and looked up again one edit away (two for long words); one or two-letter words
   * only match themselves and, when the query has longer words, only add to the score of the
   * stories those find (`de mobilite` does not list every story with `de`).
   */
  match(query: NormalizedQuery, { visible, languages = locales, category }: RankOptions = {}): Ranked {
    const n = this.keys.length;
    const terms = query.terms;
    const cat = category === undefined ? -1 : this.meta.categories.indexOf(category);
    const matches: TermMatch[] = terms.map(() => ({ how: 'none', stems: {} }));
    if (!terms.length || (category !== undefined && cat < 0)) return { ids: new Uint32Array(0), terms: matches };
    const langs = languages.flatMap((l) => this.languages.get(l) ?? []);
    const score = new Uint16Array(n);
    const best = new Uint8Array(n);
    const touched = new Uint32Array(n);
    const anchored = terms.some((t) => !isShortWord(t));
    const budget: Budget = { rows: typoBudget };
    // Longer words first: when there are some, short words only add to the stories they found.
    const order = terms.map((_, i) => i).sort((a, b) => Number(isShortWord(terms[a]!)) - Number(isShortWord(terms[b]!)) || a - b);
    for (const i of order) {
      const term = terms[i]!;
      const short = isShortWord(term);
      const prefix = expandsPrefix(term, i === terms.length - 1);
      const found = langs.map((lang) => lang.lookup(term, prefix));
      let how: TermMatch['how'] = found.some((t) => t.length) ? (prefix ? 'prefix' : 'word') : 'none';
      // A typo, in the languages where the word found nothing, unless a story has it as written:
      // `Erasmu` meets English `Erasmus` by its stem, French `Erasmus` by one edit; `Stadt` is German,
      // never a typo of English `start`.
      const tolerance = typoTolerance(term);
      if (tolerance && found.some((t) => !t.length) && budget.rows > 0 && !langs.some((lang) => lang.has(term))) {
        const empty = langs.map((_, li) => !found[li]!.length);
        for (let k = 1, more = true; k <= tolerance && more; k++) {
          langs.forEach((lang, li) => {
            if (!empty[li]) return;
            found[li] = lang.typo(term, k, budget);
            if (found[li]!.length) more = false;
          });
        }
        if (langs.some((_, li) => empty[li] && found[li]!.length)) how = 'typo';
      }
      const stems: TermMatch['stems'] = {};
      langs.forEach((lang, li) => {
        if (found[li]!.length) stems[lang.locale] = found[li]!.map((t) => lang.stemOf(t));
      });
      matches[i] = { how, stems };
      const onlyBoost = short && anchored;
      let count = 0;
      langs.forEach((lang, li) => {
        for (const field of fields) {
          const w = fieldWeight[field];
          const { offsets, ids } = lang.postings[field];
          for (const t of found[li]!) {
            for (let k = offsets[t]!, end = offsets[t + 1]!; k < end; k++) {
              const id = ids[k]!;
              if (best[id]! >= w || (visible && !visible[id]) || (cat >= 0 && this.category[id] !== cat) || (onlyBoost && !score[id]))
                continue;
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
    }
    // Counting sort by score, highest first; within a score, by number (newest first).
    const top = fieldWeight.title * terms.length;
    const start = new Uint32Array(top + 2);
    for (let id = 0; id < n; id++) if (score[id]) start[top - score[id]! + 1]!++;
    for (let s = 1; s <= top + 1; s++) start[s]! += start[s - 1]!;
    const out = new Uint32Array(start[top + 1]!);
    for (let id = 0; id < n; id++) if (score[id]) out[start[top - score[id]!]!++] = id;
    return { ids: out, terms: matches };
  }

  /**
   * For a query that found nothing: the same query with each word that finds no version the reader
   * may see replaced by the nearest dictionary word of the languages searched that does (fewest
   * edits, within `suggestionTolerance`; then the most frequent; then the shortest), or undefined when
   * no word could be replaced. Computed only then: it walks the dictionaries further than a search.
   */
  suggest(query: NormalizedQuery, { visible, languages = locales, category }: RankOptions = {}, matched?: Ranked): Suggestion | undefined {
    const cat = category === undefined ? -1 : this.meta.categories.indexOf(category);
    if (category !== undefined && cat < 0) return undefined;
    const langs = languages.flatMap((l) => this.languages.get(l) ?? []);
    const accept = (id: number) => (!visible || visible[id] === 1) && (cat < 0 || this.category[id] === cat);
    const { terms } = matched ?? this.match(query, { visible, languages, category });
    const found = query.terms.map((_, i) =>
      langs.some((lang) => (terms[i]!.stems[lang.locale] ?? []).some((s) => lang.versionsWith(lang.terms.get(s)!, accept, 1).length)),
    );
    // "Did you mean" is for a word or two mistyped, not for a paragraph of unknown words.
    if (query.terms.filter((t, i) => !found[i] && suggestionTolerance(t)).length > maxSuggestedWords) return undefined;
    const budget: Budget = { rows: typoBudget };
    const words: Suggestion['words'] = [];
    let changed = false;
    query.terms.forEach((term, i) => {
      const tolerance = suggestionTolerance(term);
      if (found[i] || !tolerance) {
        // Kept: the words that find something, and short words (they are what the reader typed).
        if (found[i] || isShortWord(term)) words.push({ word: term, changed: false });
        return;
      }
      for (let k = 1; k <= tolerance; k++) {
        let pick: (NearWord & { frequency: number; versions: number[] }) | undefined;
        for (const lang of langs) {
          for (const near of lang.near(term, k, budget)) {
            if (!near.distance || isShortWord(near.word) || /^\p{N}+$/u.test(near.word)) continue;
            const frequency = lang.frequency(near.term);
            if (
              pick &&
              (near.distance > pick.distance ||
                (near.distance === pick.distance &&
                  (frequency < pick.frequency || (frequency === pick.frequency && near.word.length >= pick.word.length))))
            )
              continue;
            const versions = lang.versionsWith(near.term, accept, 5);
            if (versions.length) pick = { ...near, frequency, versions };
          }
        }
        if (pick) {
          words.push({ word: pick.word, changed: true, locale: pick.locale, versions: pick.versions });
          changed = true;
          return;
        }
      }
    });
    if (!changed) return undefined;
    const unique = words.filter((w, i) => words.findIndex((o) => o.word === w.word) === i);
    return { words: unique, text: unique.map((w) => w.word).join(' ') };
  }
}

/** Builds and opens an index in one go (tests, and small sites without a build step). */
export function createIndex(docs: readonly SearchDoc[]): SearchIndex {
  const { meta, postings } = buildIndex(docs);
  return new SearchIndex(meta, postings);
}
