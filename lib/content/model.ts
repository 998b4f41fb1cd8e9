/**
 * The newsroom as pure functions over index records: no I/O here, so every rule (fallback order,
 * sorting, paging, related news, neighbours) is unit-tested directly.
 */
import { defaultLocale, locales, type Locale } from '../i18n/locales';
import type { Category } from '../site';
import type { Article, ContentKind, Resolved, Version } from './types';

export type Catalog = {
  kind: ContentKind;
  bySlug: Map<string, Article>;
  /** Newest first; ties broken by slug so the order is stable. */
  ordered: Article[];
  /** Position of each slug in `ordered`. */
  position: Map<string, number>;
  byCategory: Map<Category, Article[]>;
  byTag: Map<string, Article[]>;
};

/** Newest first, then by slug: the one order used by listings, feeds and neighbours. */
export function compareArticles(a: { date: string; slug: string }, b: { date: string; slug: string }): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

const localeRank = new Map(locales.map((l, i) => [l, i]));

/** Groups versions into articles. `includeDrafts` false drops draft versions before anything else. */
export function buildCatalog(versions: readonly Version[], kind: ContentKind, includeDrafts = false): Catalog {
  const bySlug = new Map<string, Article>();
  for (const v of versions) {
    if (v.kind !== kind || (v.draft && !includeDrafts)) continue;
    let article = bySlug.get(v.slug);
    if (!article) {
      article = { slug: v.slug, versions: {}, locales: [], date: v.date, category: v.category };
      bySlug.set(v.slug, article);
    }
    article.versions[v.locale] = v;
  }
  for (const article of bySlug.values()) {
    article.locales = (Object.keys(article.versions) as Locale[]).sort((a, b) => localeRank.get(a)! - localeRank.get(b)!);
    const first = article.versions[article.locales[0]!]!;
    article.date = first.date;
    article.category = first.category;
  }
  const ordered = [...bySlug.values()].sort(compareArticles);
  const position = new Map(ordered.map((a, i) => [a.slug, i]));
  const byCategory = new Map<Category, Article[]>();
  const byTag = new Map<string, Article[]>();
  for (const article of ordered) {
    if (article.category) {
      const list = byCategory.get(article.category) ?? [];
      list.push(article);
      byCategory.set(article.category, list);
    }
    for (const tag of tagsOf(article)) {
      const list = byTag.get(tag) ?? [];
      list.push(article);
      byTag.set(tag, list);
    }
  }
  return { kind, bySlug, ordered, position, byCategory, byTag };
}

/** The order in which versions are tried for a reader: their locale, then `en`, then the others in locale order. */
export function fallbackChain(locale: Locale): Locale[] {
  return [locale, ...locales.filter((l) => l !== locale && l === defaultLocale), ...locales.filter((l) => l !== locale && l !== defaultLocale)];
}

/** The best version of an article for a reader of `locale`. */
export function resolve(article: Article, locale: Locale): Resolved {
  for (const l of fallbackChain(locale)) {
    const version = article.versions[l];
    if (version) return { article, version, isFallback: l !== locale };
  }
  throw new Error(`Article ${article.slug} has no version`);
}

export type Page<T> = {
  items: T[];
  page: number;
  totalPages: number;
  total: number;
};

/**
 * One page of a locale's newsroom (every article, in the reader's best version), optionally one
 * category. Returns null for a page number that does not exist; page 1 always exists (it may be empty).
 */
export function listNewsroom(
  catalog: Catalog,
  locale: Locale,
  { category, page = 1, pageSize }: { category?: Category; page?: number; pageSize: number },
): Page<Resolved> | null {
  const source = category ? (catalog.byCategory.get(category) ?? []) : catalog.ordered;
  const totalPages = Math.max(1, Math.ceil(source.length / pageSize));
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return null;
  const items = source.slice((page - 1) * pageSize, page * pageSize).map((a) => resolve(a, locale));
  return { items, page, totalPages, total: source.length };
}

/** Number of newsroom pages for a locale (all locales list every article, so it is the same). */
export function pageCount(catalog: Catalog, pageSize: number, category?: Category): number {
  const n = category ? (catalog.byCategory.get(category)?.length ?? 0) : catalog.ordered.length;
  return Math.max(1, Math.ceil(n / pageSize));
}

function tagsOf(article: Article): Set<string> {
  const tags = new Set<string>();
  for (const l of article.locales) for (const t of article.versions[l]!.tags) tags.add(t.toLowerCase());
  return tags;
}

/**
 * Related news: other articles ranked by shared category (1 point) and shared tags (1 point each),
 * then newest first; filled up by recency when fewer share anything. Never the article itself,
 * never twice.
 */
export function relatedArticles(catalog: Catalog, locale: Locale, slug: string, count = 3): Resolved[] {
  const article = catalog.bySlug.get(slug);
  if (!article) return [];
  const tags = tagsOf(article);
  const scores = new Map<Article, number>();
  const bump = (a: Article) => {
    if (a.slug !== slug) scores.set(a, (scores.get(a) ?? 0) + 1);
  };
  if (article.category) for (const a of catalog.byCategory.get(article.category) ?? []) bump(a);
  for (const tag of tags) for (const a of catalog.byTag.get(tag) ?? []) bump(a);
  const ranked = [...scores].sort((x, y) => y[1] - x[1] || compareArticles(x[0], y[0])).map(([a]) => a);
  const picked = ranked.slice(0, count);
  if (picked.length < count) {
    const seen = new Set(picked.map((a) => a.slug).concat(slug));
    for (const a of catalog.ordered) {
      if (picked.length >= count) break;
      if (!seen.has(a.slug)) picked.push(a);
    }
  }
  return picked.map((a) => resolve(a, locale));
}

/** The next older and next newer article in the newsroom's order. */
export function neighbours(catalog: Catalog, locale: Locale, slug: string): { older?: Resolved; newer?: Resolved } {
  const i = catalog.position.get(slug);
  if (i === undefined) return {};
  const older = catalog.ordered[i + 1];
  const newer = catalog.ordered[i - 1];
  return {
    older: older ? resolve(older, locale) : undefined,
    newer: newer ? resolve(newer, locale) : undefined,
  };
}

/** Home page: the newest featured story leads (else the newest story), then the newest others. */
export function homeStories(catalog: Catalog, locale: Locale, count: number): { lead?: Resolved; rest: Resolved[] } {
  const lead = catalog.ordered.find((a) => a.locales.some((l) => a.versions[l]!.featured)) ?? catalog.ordered[0];
  const rest = catalog.ordered.filter((a) => a !== lead).slice(0, count);
  return { lead: lead ? resolve(lead, locale) : undefined, rest: rest.map((a) => resolve(a, locale)) };
}

/** The newest `count` articles for a locale (feeds). */
export function latest(catalog: Catalog, locale: Locale, count: number): Resolved[] {
  return catalog.ordered.slice(0, count).map((a) => resolve(a, locale));
}
