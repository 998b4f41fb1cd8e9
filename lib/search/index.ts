/**
 * Newsroom search, in process. The content step builds one index of every story version
 * (lib/search/engine.ts, written by lib/search/store.ts); the server opens it once per process
 * (again in development when content changes). A locale's search covers exactly what its newsroom
 * lists: the catalog says which version of each story that is (its own, or the fallback it shows;
 * no drafts in production), and only those versions are returned.
 *
 * The site only calls `search()` and reads `SearchResult`: docs/search.md shows how an external
 * engine (Meilisearch, OpenSearch) would sit behind the same function.
 */
import path from 'node:path';
import type { Locale } from '../i18n/locales';
import type { Category } from '../site';
import { contentStamp, searchIndexFile, show, storyCatalog, type ShownStory, type StoryCatalog } from '../content';
import { openSearchIndex, type OpenedIndex } from './store';
import { buildSnippet, type Segment } from './snippet';
import { normalizeQuery, type NormalizedQuery } from './query';
import type { Ranked, Suggestion } from './engine';
import { fold, writtenForm } from './text';

export type SearchHit = { story: ShownStory; title: Segment[]; snippet: Segment[] };

export type SearchResult = {
  query: NormalizedQuery;
  total: number;
  page: number;
  totalPages: number;
  hits: SearchHit[];
  /** The page asked for does not exist (past the last, or not a page number). */
  beyondLastPage?: boolean;
  /**
   * When nothing matched: the query with each word that found nothing replaced by the closest word
   * of the stories the reader may find (spelled as they spell it), to offer as "Did you mean …?".
   * Searching it finds something.
   */
  suggestion?: string;
};

export type SearchOptions = { category?: Category; page?: number; pageSize?: number };

/** What one reader locale may find: the versions its newsroom shows, and their languages. */
type Scope = { visible: Uint8Array; languages: Locale[] };
/** Scopes per catalog: a new catalog (new content, or a scheduled story's time come) gets new ones. */
type Loaded = { stamp: string; opened: OpenedIndex; scopes: WeakMap<StoryCatalog, Map<Locale, Scope>> };
let loaded: Loaded | undefined;

function open(): Loaded {
  if (loaded?.stamp === contentStamp) return loaded;
  loaded?.opened.close();
  const opened = openSearchIndex(path.join(/*turbopackIgnore: true*/ process.cwd(), searchIndexFile));
  loaded = { stamp: contentStamp, opened, scopes: new WeakMap() };
  return loaded;
}

function scope(l: Loaded, locale: Locale): Scope {
  const catalog = storyCatalog();
  let scopes = l.scopes.get(catalog);
  if (!scopes) l.scopes.set(catalog, (scopes = new Map()));
  let s = scopes.get(locale);
  if (s) return s;
  const { keys } = l.opened.index;
  const number = new Map(keys.map((k, i) => [k, i]));
  const visible = new Uint8Array(keys.length);
  const languages = new Set<Locale>();
  for (const story of catalog.ordered) {
    const { version } = show(story, locale);
    const id = number.get(`${version.locale}/${version.slug}`);
    if (id === undefined) continue;
    visible[id] = 1;
    languages.add(version.locale);
  }
  s = { visible, languages: [...languages] };
  scopes.set(locale, s);
  return s;
}

/**
 * Searches a locale's newsroom. A page number past the last page gives no hits (`beyondLastPage`),
 * not an error: the search page says so and links back.
 */
export async function search(
  locale: Locale,
  rawQuery: unknown,
  { category, page = 1, pageSize = 10 }: SearchOptions = {},
): Promise<SearchResult> {
  const query = normalizeQuery(rawQuery);
  const l = open();
  const { visible, languages } = scope(l, locale);
  const options = { visible, languages, category };
  const matched = l.opened.index.match(query, options);
  const ranked = matched.ids;
  const total = ranked.length;
  const totalPages = Math.max(1, Math.ceil(total / pageSize));
  const suggestion =
    total || !query.terms.length ? undefined : suggestionText(l, locale, query, l.opened.index.suggest(query, options, matched));
  if (!Number.isInteger(page) || page < 1 || page > totalPages)
    return { query, total, page: 1, totalPages, hits: [], beyondLastPage: true, ...(suggestion ? { suggestion } : {}) };
  const catalog = storyCatalog();
  const hits = [...ranked.subarray((page - 1) * pageSize, page * pageSize)].flatMap((id) => {
    const slug = l.opened.index.keys[id]!.split('/')[1]!;
    const entry = catalog.bySlug.get(slug);
    if (!entry) return [];
    const story = show(entry, locale);
    const language = story.version.locale;
    // Marked: the words whose stems the engine matched in this version's language.
    const stems = stemsIn(matched, language);
    return [
      {
        story,
        title: buildSnippet(story.version.title, query, language, Infinity, stems),
        snippet: buildSnippet(l.opened.text(id) || story.version.summary, query, language, undefined, stems),
      },
    ];
  });
  return { query, total, page, totalPages, hits, ...(suggestion ? { suggestion } : {}) };
}

function stemsIn(matched: Ranked, language: Locale) {
  return matched.terms.map((t) => t.stems[language]);
}

const wordPattern = /[\p{L}\p{N}]+/gu;

/**
 * The suggestion as the reader should read it: the words they typed as they typed them, and each
 * replacement spelled as the newest story that has it spells it (the dictionary only knows
 * `universite`, the story says `université`; in lower case unless the story only capitalizes it, as
 * `Erasmus` or a German noun).
 */
function suggestionText(l: Loaded, locale: Locale, query: NormalizedQuery, suggestion: Suggestion | undefined): string | undefined {
  if (!suggestion) return undefined;
  const typed = new Map<string, string>();
  for (const m of query.display.matchAll(wordPattern)) if (!typed.has(fold(m[0]))) typed.set(fold(m[0]), m[0]);
  const catalog = storyCatalog();
  const text = suggestion.words
    .map(({ word, changed, versions = [] }) => {
      if (!changed) return typed.get(word) ?? word;
      for (const id of versions) {
        const entry = catalog.bySlug.get(l.opened.index.keys[id]!.split('/')[1]!);
        const shown = entry ? show(entry, locale).version : undefined;
        const written = writtenForm(word, [shown?.title ?? '', shown?.summary ?? '', l.opened.text(id)]);
        if (written) return written;
      }
      return word;
    })
    .join(' ');
  return text || undefined;
}
