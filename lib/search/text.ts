/**
 * Text as search sees it, the same way for documents and queries: lower case, diacritics removed
 * (é → e, ș → s, ί → ι, final ς → σ), split into words, each word reduced to its stem with the
 * Snowball stemmer of the language (@orama/stemmers). Because accents are removed before stemming on
 * both sides, `universite` finds `université`, `ιουνιου` finds `Ιουνίου` and `stiinta` finds
 * `știință`.
 */
import { stemmer as en } from '@orama/stemmers/english';
import { stemmer as fr } from '@orama/stemmers/french';
import { stemmer as de } from '@orama/stemmers/german';
import { stemmer as el } from '@orama/stemmers/greek';
import { stemmer as it } from '@orama/stemmers/italian';
import { stemmer as es } from '@orama/stemmers/spanish';
import { stemmer as sv } from '@orama/stemmers/swedish';
import { stemmer as ro } from '@orama/stemmers/romanian';
import type { Locale } from '../i18n/locales';

export const stemmers: Record<Locale, (word: string) => string> = { en, fr, de, el, it, es, sv, ro };

/** Lower case without diacritics; Greek final sigma folded into σ. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ς/g, 'σ')
    .normalize('NFC');
}

const wordPattern = /[\p{L}\p{N}]+/gu;

/** The words of a text, folded (no stemming). */
export function words(text: string): string[] {
  return fold(text).match(wordPattern) ?? [];
}

/**
 * How texts write a folded word (`universite` → `université`, `forschung` → `Forschung`): its first
 * lower-case occurrence, else its first occurrence (a name, a German noun); undefined when absent.
 */
export function writtenForm(word: string, texts: readonly string[]): string | undefined {
  let first: string | undefined;
  for (const text of texts) {
    for (const m of text.matchAll(wordPattern)) {
      if (fold(m[0]) !== word) continue;
      if (m[0] === m[0].toLowerCase()) return m[0];
      first ??= m[0];
    }
  }
  return first;
}

/** Stems of a text's words in one language. */
export function stems(text: string, locale: Locale, cache?: Map<string, string>): string[] {
  const stem = stemmers[locale];
  return words(text).map((w) => {
    const hit = cache?.get(w);
    if (hit !== undefined) return hit;
    const s = stem(w) || w;
    cache?.set(w, s);
    return s;
  });
}
