import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { NewsroomIndex, Version } from '../../lib/content/types';
import { locales, type Locale } from '../../lib/i18n/locales';

export { locales, type Locale };

let cached: NewsroomIndex | undefined;
/** The newsroom index the tested build was made from (written by the build the web server ran). */
export function newsIndex(): NewsroomIndex {
  cached ??= JSON.parse(readFileSync('.contentlayer/newsroom/index.json', 'utf8')) as NewsroomIndex;
  return cached;
}

export function newsVersions(): Version[] {
  return newsIndex().versions.filter((v) => v.kind === 'news' && !v.draft);
}

export function versionsBySlug(): Map<string, Version[]> {
  const map = new Map<string, Version[]>();
  for (const v of newsVersions()) map.set(v.slug, [...(map.get(v.slug) ?? []), v]);
  return map;
}

/** A story that has a real version in `locale` (the newest such). */
export function translatedStory(locale: Locale): Version {
  const candidates = newsVersions().filter((v) => v.locale === locale).sort((a, b) => (a.date < b.date ? 1 : -1));
  if (!candidates[0]) throw new Error(`sample content has no story in ${locale}`);
  return candidates[0];
}

/** A story without a version in `locale`, and the version a reader of `locale` gets instead. */
export function fallbackStory(locale: Locale): { slug: string; shown: Version; real: Locale[] } {
  for (const [slug, versions] of versionsBySlug()) {
    if (versions.some((v) => v.locale === locale)) continue;
    const order = [...locales.filter((l) => l === 'en'), ...locales.filter((l) => l !== 'en')];
    const shown = order.map((l) => versions.find((v) => v.locale === l)).find(Boolean)!;
    return { slug, shown, real: locales.filter((l) => versions.some((v) => v.locale === l)) };
  }
  throw new Error(`every story exists in ${locale}: no fallback to test`);
}

export function longDate(iso: string, locale: string) {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Brussels' }).format(new Date(iso));
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
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(summary, 'axe-core violations').toEqual([]);
}
