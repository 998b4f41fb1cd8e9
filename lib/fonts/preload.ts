import { preload } from 'react-dom';
import type { Locale } from '../i18n/locales';

/**
 * Which font files a page preloads (app/fonts.css has them all, with `font-display: swap` and
 * metric-matched fallback faces: lib/fonts/README.md). A locale preloads the subsets its own text
 * needs in both families, so that its first paint is usually in Source Serif / Source Sans already;
 * when a file comes later (a slow network, or a word in another alphabet), the swap from the
 * fallback face moves nothing measurable.
 *
 * Subsets: `latin` is U+0000-00FF and a few more (œ, ’ “ ”, € …), which covers English, French,
 * German, Italian, Spanish and Swedish (é è à ç ô œ, ä ö ü ß, ñ á í ó ú ¿ ¡, å); Romanian needs
 * `latin-ext` for ă ș ț (U+0103, U+0219, U+021B; â î are in latin); Greek needs `greek` for its
 * letters and `latin` for everything else in its text (digits, spaces, punctuation, Latin words:
 * "CIVIS", "BIP"). tests/e2e/fonts.spec.ts checks these lists against the content's letters.
 */
export type FontSubset = 'latin' | 'latin-ext' | 'greek';

export const localeSubsets: Record<Locale, readonly FontSubset[]> = {
  en: ['latin'],
  fr: ['latin'],
  de: ['latin'],
  el: ['greek', 'latin'],
  it: ['latin'],
  es: ['latin'],
  sv: ['latin'],
  ro: ['latin', 'latin-ext'],
};

const families = ['source-serif-4', 'source-sans-3'] as const;

/**
 * The files to preload for a page in `locale`: upright faces by default, with the arrows of the
 * site's navigation (← →, 1.6 kB, not in the fontsource files); italic ones on request, for pages
 * whose text has them (emphasis and quotes in Source Serif, image credits in Source Sans).
 */
export function fontFiles(locale: Locale, { styles = ['normal'] }: { styles?: readonly ('normal' | 'italic')[] } = {}): string[] {
  const files: string[] = [];
  for (const style of styles) {
    for (const family of families) for (const subset of localeSubsets[locale]) files.push(`/fonts/${family}-${subset}-wght-${style}.woff2`);
    if (style === 'normal') files.push('/fonts/source-sans-3-arrows-wght-normal.woff2');
  }
  return files;
}

/** Emits `<link rel="preload" as="font">` for those files (from any server component). */
export function preloadFonts(locale: Locale, options?: Parameters<typeof fontFiles>[1]) {
  for (const href of fontFiles(locale, options)) preload(href, { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });
}
