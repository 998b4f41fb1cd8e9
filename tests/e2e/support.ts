import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { NewsroomIndex, StoryVersion } from '../../lib/content/types';
import { locales, type Locale } from '../../lib/i18n/locales';

export { locales, type Locale };

let cached: NewsroomIndex | undefined;
/** The newsroom index the tested build was made from (written by the build the web server ran). */
export function newsIndex(): NewsroomIndex {
  cached ??= JSON.parse(readFileSync('.contentlayer/newsroom/index.json', 'utf8')) as NewsroomIndex;
  return cached;
}

/** The published story versions of the tested build (drafts and scheduled stories left out). */
export function newsVersions(): StoryVersion[] {
  return newsIndex().versions.filter((v): v is StoryVersion => v.kind === 'story' && !v.draft && Date.parse(v.date) <= Date.now());
}

export function versionsBySlug(): Map<string, StoryVersion[]> {
  const map = new Map<string, StoryVersion[]>();
  for (const v of newsVersions()) map.set(v.slug, [...(map.get(v.slug) ?? []), v]);
  return map;
}

/** A story that has a real version in `locale` (the newest such). */
export function translatedStory(locale: Locale): StoryVersion {
  const candidates = newsVersions()
    .filter((v) => v.locale === locale)
    .sort((a, b) => (a.date < b.date ? 1 : -1));
  if (!candidates[0]) throw new Error(`sample content has no story in ${locale}`);
  return candidates[0];
}

/** A story without a version in `locale`, and the version a reader of `locale` gets instead. */
export function fallbackStory(locale: Locale): { slug: string; shown: StoryVersion; real: Locale[] } {
  for (const [slug, versions] of versionsBySlug()) {
    if (versions.some((v) => v.locale === locale)) continue;
    const order = [...locales.filter((l) => l === 'en'), ...locales.filter((l) => l !== 'en')];
    const shown = order.map((l) => versions.find((v) => v.locale === l)).find(Boolean)!;
    return { slug, shown, real: locales.filter((l) => versions.some((v) => v.locale === l)) };
  }
  throw new Error(`every story exists in ${locale}: no fallback to test`);
}

/** A date as a reader of `locale` expects it (English in the British order: "2 December 2026"). */
export function longDate(iso: string, locale: string) {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { dateStyle: 'long', timeZone: 'Europe/Brussels' }).format(
    new Date(iso),
  );
}

/** Collects console errors and uncaught exceptions; call the returned function to assert none. */
export function watchConsole(page: Page) {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return () => expect(errors, 'console errors').toEqual([]);
}

export async function expectNoA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.help} → ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  expect(summary, 'axe-core violations').toEqual([]);
}

/**
 * The text of every sitemap file the index at /sitemap.xml lists (the URL files and the news
 * sitemap), each checked to answer 200 with a urlset: what a crawler reads.
 */
export async function sitemapText(request: APIRequestContext): Promise<string> {
  const index = await request.get('/sitemap.xml');
  expect(index.status()).toBe(200);
  const files = [...(await index.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(files).toContain('/sitemaps/news.xml');
  const texts = await Promise.all(
    files.map(async (file) => {
      const res = await request.get(file);
      expect(res.status(), file).toBe(200);
      const text = await res.text();
      expect(text, file).toContain('<urlset');
      return text;
    }),
  );
  expect(texts.join('\n')).toContain('<loc>');
  return texts.join('\n');
}
