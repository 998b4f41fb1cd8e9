/**
 * Head metadata for every page type, as pure builders over plain values: title, description,
 * canonical URL (from SITE_URL), hreflang alternates, the locale's RSS feed, Open Graph and Twitter.
 *
 * hreflang policy (docs/seo.md): a page lists the locales where it really exists, plus x-default.
 * Home, newsroom and category pages exist in all eight locales. An article lists its real versions.
 * A fallback page (an article shown in another language than the URL's locale) lists none and
 * declares the real version it displays as canonical.
 */
import type { Metadata } from 'next';
import { defaultLocale, localeRegions, locales, type Locale } from '../i18n/locales';
import { paths } from '../i18n/paths';
import { site } from '../site';
import { absoluteUrl } from './urls';

export type Languages = Partial<Record<Locale, string>>;

/** hreflang map (absolute URLs) with x-default: the English page, else the first in locale order. */
export function hreflangMap(paths: Languages): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of locales) if (paths[l]) out[l] = absoluteUrl(paths[l]!);
  const xDefault = paths[defaultLocale] ?? locales.map((l) => paths[l]).find(Boolean);
  if (xDefault) out['x-default'] = absoluteUrl(xDefault);
  return out;
}

export type PageSeo = {
  /** The reader's locale (the URL's). */
  locale: Locale;
  /** Title inside the layout's template, or an absolute title. */
  title: string | { absolute: string };
  /** The title as shared on social networks (no site suffix). */
  shareTitle: string;
  description: string;
  /** Path of the canonical URL (the real version for a fallback page). */
  canonicalPath: string;
  /** Paths of the language versions for hreflang; null for a fallback page (no hreflang). */
  languages: Languages | null;
  /** Language of the content shown (differs from `locale` on a fallback page). */
  contentLocale?: Locale;
  /** RSS feed of the locale, advertised on every page. */
  feed: { title: string };
  article?: {
    publishedTime: string;
    modifiedTime: string;
    section?: string;
    tags?: string[];
  };
  /**
   * Share image path when the page has none of its own (a child segment's `openGraph` replaces the
   * parent's, so listing pages name the locale's image explicitly; articles have theirs).
   */
  shareImagePath?: string;
  /** Extra head links and robots (e.g. noindex). */
  robots?: Metadata['robots'];
};

export function pageMetadata(seo: PageSeo): Metadata {
  const contentLocale = seo.contentLocale ?? seo.locale;
  const canonical = absoluteUrl(seo.canonicalPath);
  const alternateLocales = seo.languages
    ? locales.filter((l) => l !== contentLocale && seo.languages![l]).map((l) => localeRegions[l])
    : [];
  return {
    title: seo.title,
    description: seo.description,
    alternates: {
      canonical,
      languages: seo.languages ? hreflangMap(seo.languages) : undefined,
      types: { 'application/rss+xml': [{ url: absoluteUrl(paths.feed(seo.locale)), title: seo.feed.title }] },
    },
    openGraph: {
      type: seo.article ? 'article' : 'website',
      url: canonical,
      siteName: site.name,
      title: seo.shareTitle,
      description: seo.description,
      locale: localeRegions[contentLocale],
      images: seo.shareImagePath ? [{ url: absoluteUrl(seo.shareImagePath), width: 1200, height: 630, type: 'image/png' }] : undefined,
      alternateLocale: alternateLocales.length ? alternateLocales : undefined,
      ...(seo.article
        ? {
            publishedTime: seo.article.publishedTime,
            modifiedTime: seo.article.modifiedTime,
            section: seo.article.section,
            tags: seo.article.tags?.length ? seo.article.tags : undefined,
          }
        : {}),
    },
    twitter: {
      card: 'summary_large_image',
      title: seo.shareTitle,
      description: seo.description,
      images: seo.shareImagePath ? [absoluteUrl(seo.shareImagePath)] : undefined,
    },
    // Articles let search and Discover show their lead image large (Google's max-image-preview).
    robots: seo.article && typeof seo.robots !== 'string' ? { ...seo.robots, 'max-image-preview': 'large' } : seo.robots,
  };
}

/** Every locale has the page at the path `path(locale)` (home, newsroom, categories). */
export function allLocales(path: (locale: Locale) => string): Languages {
  return Object.fromEntries(locales.map((l) => [l, path(l)]));
}
