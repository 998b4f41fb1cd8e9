/**
 * The newsroom's rules as pure functions over index records (no I/O, so each rule is unit-tested
 * directly): which versions are public (drafts, scheduled stories), the fallback order, sorting,
 * listings, related news, neighbours, the home page.
 */
import { defaultLocale, locales, type Locale } from '../i18n/locales';
import type { Category } from '../site';
import type { Entry, Page, PageVersion, Shown, Story, StoryVersion, Version } from './types';

export type StoryCatalog = {
  bySlug: Map<string, Story>;
  /** Newest first; ties broken by slug so the order is stable. */
  ordered: Story[];
  /** Position of each slug in `ordered`. */
  position: Map<string, number>;
  byCategory: Map<Category, Story[]>;
  byTag: Map<string, Story[]>;
  /** The earliest publication instant (ms) of a story left out as scheduled, if any. */
  nextPublication?: number;
};

export type PageCatalog = { bySlug: Map<string, Page>; ordered: Page[] };

/** What is public: `drafts` and `scheduled` keep those in (the development preview does). */
export type Visibility = { drafts?: boolean; scheduled?: boolean; now?: number };

/** Newest first, then by slug: the one order used by listings, feeds and neighbours. */
export function compareStories(a: { date: string; slug: string }, b: { date: string; slug: string }): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

const localeRank = new Map(locales.map((l, i) => [l, i]));

function group<V extends Version>(versions: readonly V[]): Map<string, Entry<V>> {
  const bySlug = new Map<string, Entry<V>>();
  for (const v of versions) {
    let entry = bySlug.get(v.slug);
    if (!entry) bySlug.set(v.slug, (entry = { slug: v.slug, versions: {}, locales: [] }));
    entry.versions[v.locale] = v;
  }
  for (const entry of bySlug.values()) {
    entry.locales = (Object.keys(entry.versions) as Locale[]).sort((a, b) => localeRank.get(a)! - localeRank.get(b)!);
  }
  return bySlug;
}

/** When a version last changed: its `updated` date when later than its publication, else that. */
export function lastModified(v: Version): string | undefined {
  const published = v.kind === 'story' ? v.date : undefined;
  return v.updated && (!published || v.updated > published) ? v.updated : published;
}

/**
 * The original a translation fell behind: the version it was translated from, when that version
 * changed (its `updated`, or its date) after the state the translation records (`sourceUpdated`).
 */
export function staleOriginal<V extends Version>(entry: Entry<V>, version: V): V | undefined {
  if (!version.translatedFrom || !version.sourceUpdated) return undefined;
  const original = entry.versions[version.translatedFrom];
  const changed = original ? lastModified(original) : undefined;
  return original && changed && Date.parse(changed) > Date.parse(version.sourceUpdated) ? original : undefined;
}

/** A story is scheduled while its publication instant lies ahead. */
export function isScheduled(version: Pick<StoryVersion, 'date'>, now: number): boolean {
  return Date.parse(version.date) > now;
}

/** Groups story versions into stories, leaving out drafts and scheduled stories unless asked. */
export function buildStories(
  versions: readonly Version[],
  { drafts = false, scheduled = false, now = Date.now() }: Visibility = {},
): StoryCatalog {
  let nextPublication: number | undefined;
  const visible = versions.filter((v): v is StoryVersion => {
    if (v.kind !== 'story' || (v.draft && !drafts)) return false;
    if (!scheduled && isScheduled(v, now)) {
      const at = Date.parse(v.date);
      if (nextPublication === undefined || at < nextPublication) nextPublication = at;
      return false;
    }
    return true;
  });
  const bySlug = new Map<string, Story>();
  for (const [slug, entry] of group(visible)) {
    const first = entry.versions[entry.locales[0]!]!;
    bySlug.set(slug, { ...entry, date: first.date, category: first.category });
  }
  const ordered = [...bySlug.values()].sort(compareStories);
  const position = new Map(ordered.map((s, i) => [s.slug, i]));
  const byCategory = new Map<Category, Story[]>();
  const byTag = new Map<string, Story[]>();
  for (const story of ordered) {
    byCategory.set(story.category, [...(byCategory.get(story.category) ?? []), story]);
    for (const tag of tagsOf(story)) byTag.set(tag, [...(byTag.get(tag) ?? []), story]);
  }
  return { bySlug, ordered, position, byCategory, byTag, nextPublication };
}

/** Groups page versions into pages, leaving out drafts unless asked. */
export function buildPages(versions: readonly Version[], { drafts = false }: Visibility = {}): PageCatalog {
  const bySlug = group(versions.filter((v): v is PageVersion => v.kind === 'page' && (drafts || !v.draft)));
  return { bySlug, ordered: [...bySlug.values()].sort((a, b) => (a.slug < b.slug ? -1 : 1)) };
}

/** The order in which versions are tried for a reader: their locale, then `en`, then the others in locale order. */
export function fallbackChain(locale: Locale): Locale[] {
  return [
    locale,
    ...locales.filter((l) => l !== locale && l === defaultLocale),
    ...locales.filter((l) => l !== locale && l !== defaultLocale),
  ];
}

/** The best version of an entry for a reader of `locale`. */
export function show<E extends Entry>(entry: E, locale: Locale): Shown<E> {
  for (const l of fallbackChain(locale)) {
    const version = entry.versions[l];
    if (version) return { entry, version: version as Shown<E>['version'], isFallback: l !== locale };
  }
  throw new Error(`${entry.slug} has no version`);
}

/** One page of a list: its items, its number, how many pages and items there are in all. */
export type Listing<T> = {
  items: T[];
  page: number;
  totalPages: number;
  total: number;
};

/** Pages needed for `count` items, at least one (an empty list has one empty page). */
export function pagesFor(count: number, pageSize: number): number {
  return Math.max(1, Math.ceil(count / pageSize));
}

/**
 * One page of a locale's newsroom (every story, in the reader's best version), optionally one
 * category. Null for a page number that does not exist; page 1 always exists (it may be empty).
 */
export function listNewsroom(
  catalog: StoryCatalog,
  locale: Locale,
  { category, page = 1, pageSize }: { category?: Category; page?: number; pageSize: number },
): Listing<Shown<Story>> | null {
  const source = category ? (catalog.byCategory.get(category) ?? []) : catalog.ordered;
  const totalPages = pagesFor(source.length, pageSize);
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return null;
  const items = source.slice((page - 1) * pageSize, page * pageSize).map((s) => show(s, locale));
  return { items, page, totalPages, total: source.length };
}

/** Number of newsroom pages (every locale lists every story, so it is the same in all). */
export function pageCount(catalog: StoryCatalog, pageSize: number, category?: Category): number {
  return pagesFor(category ? (catalog.byCategory.get(category)?.length ?? 0) : catalog.ordered.length, pageSize);
}

function tagsOf(story: Story): Set<string> {
  const tags = new Set<string>();
  for (const l of story.locales) for (const t of story.versions[l]!.tags ?? []) tags.add(t.trim().toLowerCase());
  return tags;
}

/**
 * Related news: other stories ranked by shared category (1 point) and shared tags (1 point each),
 * then newest first; filled up by recency when fewer share anything. Never the story itself,
 * never twice.
 */
export function relatedStories(catalog: StoryCatalog, locale: Locale, slug: string, count = 3): Shown<Story>[] {
  const story = catalog.bySlug.get(slug);
  if (!story) return [];
  const scores = new Map<Story, number>();
  const bump = (s: Story) => {
    if (s.slug !== slug) scores.set(s, (scores.get(s) ?? 0) + 1);
  };
  for (const s of catalog.byCategory.get(story.category) ?? []) bump(s);
  for (const tag of tagsOf(story)) for (const s of catalog.byTag.get(tag) ?? []) bump(s);
  const ranked = [...scores].sort((x, y) => y[1] - x[1] || compareStories(x[0], y[0])).map(([s]) => s);
  const picked = ranked.slice(0, count);
  if (picked.length < count) {
    const seen = new Set(picked.map((s) => s.slug).concat(slug));
    for (const s of catalog.ordered) {
      if (picked.length >= count) break;
      if (!seen.has(s.slug)) picked.push(s);
    }
  }
  return picked.map((s) => show(s, locale));
}

/** The next older and next newer story in the newsroom's order. */
export function neighbours(catalog: StoryCatalog, locale: Locale, slug: string): { older?: Shown<Story>; newer?: Shown<Story> } {
  const i = catalog.position.get(slug);
  if (i === undefined) return {};
  const older = catalog.ordered[i + 1];
  const newer = catalog.ordered[i - 1];
  return { older: older ? show(older, locale) : undefined, newer: newer ? show(newer, locale) : undefined };
}

/** Home page: the newest featured story leads (else the newest story), then the newest others. */
export function homeStories(catalog: StoryCatalog, locale: Locale, count: number): { lead?: Shown<Story>; rest: Shown<Story>[] } {
  const lead = catalog.ordered.find((s) => s.locales.some((l) => s.versions[l]!.featured)) ?? catalog.ordered[0];
  const rest = catalog.ordered.filter((s) => s !== lead).slice(0, count);
  return { lead: lead ? show(lead, locale) : undefined, rest: rest.map((s) => show(s, locale)) };
}

/** The newest `count` stories for a locale (feeds), optionally of one category. */
export function latest(catalog: StoryCatalog, locale: Locale, count: number, category?: Category): Shown<Story>[] {
  return (category ? (catalog.byCategory.get(category) ?? []) : catalog.ordered).slice(0, count).map((s) => show(s, locale));
}
