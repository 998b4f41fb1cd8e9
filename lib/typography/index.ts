/**
 * Typography per language, applied once in the content layer (see lib/typography/rehype.ts for
 * bodies): soft hyphens in long words (Chromium on Linux cannot hyphenate by itself), French
 * no-break spaces, and each language's quotes and apostrophes. Pure functions of (text, locale);
 * running any of them twice gives the same text as running it once.
 *
 * Output is for display only. Soft hyphens and no-break spaces do not belong in search indexes,
 * feeds, meta tags, JSON-LD or slugs: keep the raw text for those.
 */
import { isLocale, type Locale } from '../i18n/locales';
import { SHY } from './chars';
import { applyEdits } from './edits';
import { hyphenationEdits, type HyphenateOptions } from './hyphenation';
import { quoteEdits } from './quotes';
import { rulesFor, type TypesetOptions } from './rules';
import { frenchSpacingEdits } from './spacing';

export { NBSP, NNBSP, SHY } from './chars';
export { defaultMinWordLength, type HyphenateOptions } from './hyphenation';
export { primaryQuotes } from './quotes';
export type { Edit } from './edits';
export { rulesFor, type Rule, type TypesetOptions } from './rules';

/** Soft hyphens (U+00AD) at the break points of words with at least `minWordLength` letters. */
export function hyphenate(text: string, locale: Locale, options?: HyphenateOptions): string {
  return applyEdits(text, hyphenationEdits(text, locale, options));
}

/** French no-break spaces before : ; ! ? and inside « » (for French text only). */
export function frenchSpacing(text: string): string {
  return applyEdits(text, frenchSpacingEdits(text));
}

/** Apostrophes (’) and the language's primary quotes for straight double quotes. */
export function smartQuotes(text: string, locale: Locale): string {
  return applyEdits(text, quoteEdits(text, locale));
}

/**
 * Plain text (a title, a summary, a caption) set for display in `locale`. A locale the site does
 * not serve leaves the text as it is.
 */
export function typeset(text: string, locale: Locale | string, options?: TypesetOptions): string {
  if (!text || !isLocale(locale)) return text;
  let out = text;
  for (const rule of rulesFor(locale, options)) out = applyEdits(out, rule(out));
  return out;
}

/** The text without soft hyphens: for anything that is matched or copied rather than displayed. */
export function stripSoftHyphens(text: string): string {
  return text.includes(SHY) ? text.replaceAll(SHY, '') : text;
}

export { rehypeTypography, type RehypeTypographyOptions } from './rehype';
