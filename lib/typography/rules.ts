/** The typography pipeline for a locale, as rules that each describe their changes as edits. */
import type { Locale } from '../i18n/locales';
import type { Edit } from './edits';
import { hyphenationEdits, type HyphenateOptions } from './hyphenation';
import { quoteEdits } from './quotes';
import { frenchSpacingEdits } from './spacing';

export type TypesetOptions = {
  /** Soft hyphens in long words (default on, words of `defaultMinWordLength` letters or more); `false` for none. */
  hyphenate?: boolean | HyphenateOptions;
};

/** One rule of the pipeline, as edits on the text it is given. */
export type Rule = (text: string) => Edit[];

/** The rules for a locale, in the order they run: quotes, then (French) spacing, then hyphenation. */
export function rulesFor(locale: Locale, options: TypesetOptions = {}): Rule[] {
  const rules: Rule[] = [(t) => quoteEdits(t, locale)];
  if (locale === 'fr') rules.push(frenchSpacingEdits);
  if (options.hyphenate !== false) {
    const h = typeof options.hyphenate === 'object' ? options.hyphenate : undefined;
    rules.push((t) => hyphenationEdits(t, locale, h));
  }
  return rules;
}
