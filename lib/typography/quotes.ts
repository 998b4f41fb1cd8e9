/**
 * Typographic quotes and apostrophes per language. A typewriter apostrophe between two letters
 * becomes ’ (l'alliance → l’alliance, don't → don’t) everywhere; straight double quotes become the
 * language's primary quotes. Typographic quotes already there are never touched.
 *
 * Conservative by design: straight double quotes are converted only when they pair up cleanly in
 * the text (an even number, each opening one after a space or an opening bracket and before a
 * word, each closing one after a word and before a space or punctuation). Otherwise they are all
 * left as they are: 12" screens, `a="b"` and half-quoted text stay straight. Single quotes used as
 * quotation marks are left alone (they cannot be told from apostrophes reliably).
 */
import type { Locale } from '../i18n/locales';
import { isLetter, isSpace, NBSP } from './chars';
import type { Edit } from './edits';

/** Opening and closing primary quotation marks. */
export const primaryQuotes: Record<Locale, readonly [open: string, close: string]> = {
  en: ['“', '”'],
  fr: ['«', '»'],
  de: ['„', '“'],
  el: ['«', '»'],
  it: ['«', '»'],
  es: ['«', '»'],
  sv: ['”', '”'],
  ro: ['„', '”'],
};

/** What may stand right before an opening quote. */
const beforeOpening = new Set(['(', '[', '{', '—', '–', '-', '/', '«', '‹', '„', '“', '‘', '‚']);
const wordChar = /[\p{L}\p{M}\p{N}]/u;

export function quoteEdits(text: string, locale: Locale): Edit[] {
  const edits: Edit[] = [];
  const doubles: number[] = [];
  for (let i = text.indexOf("'"); i !== -1; i = text.indexOf("'", i + 1)) {
    if (isLetter(text[i - 1]) && isLetter(text[i + 1])) edits.push({ start: i, end: i + 1, text: '’' });
  }
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) doubles.push(i);
  if (doubles.length === 0 || doubles.length % 2 === 1) return edits;

  const french = locale === 'fr';
  const [open, close] = primaryQuotes[locale];
  const pairs: Edit[] = [];
  for (let k = 0; k < doubles.length; k += 2) {
    const o = doubles[k]!;
    const c = doubles[k + 1]!;
    const prevO = text[o - 1];
    if (!(prevO === undefined || isSpace(prevO) || beforeOpening.has(prevO))) return edits;
    // French writers often type the guillemets' space with straight quotes: `" texte "`.
    const innerStart = french && text[o + 1] === ' ' ? o + 2 : o + 1;
    const innerEnd = french && text[c - 1] === ' ' ? c - 1 : c;
    if (innerEnd <= innerStart) return edits; // empty quotes
    if (isSpace(text[innerStart]) || isSpace(text[innerEnd - 1])) return edits;
    const nextC = text[c + 1];
    if (nextC !== undefined && !isSpace(nextC) && wordChar.test(nextC)) return edits;
    if (french) {
      pairs.push({ start: o, end: innerStart, text: open + NBSP }, { start: innerEnd, end: c + 1, text: NBSP + close });
    } else {
      pairs.push({ start: o, end: o + 1, text: open }, { start: c, end: c + 1, text: close });
    }
  }
  return edits.concat(pairs);
}
