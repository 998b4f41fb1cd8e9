/**
 * Soft hyphens (U+00AD) at build time, from Liang's TeX hyphenation patterns (hyph-utf8, as shipped
 * by the `hyphen` package): Chromium on Linux has no hyphenation dictionaries, so `hyphens: auto`
 * does nothing there and a long word breaks mid-word without a hyphen ("Geisteswissensch|aften").
 *
 * Only long words get break points; words that are not plain prose are left whole: anything with a
 * digit (FOR-EU4All, 2024), URLs, e-mail addresses, paths, domains, acronyms in capitals (CIVIS),
 * camel-case names (FutureLearn) and words that already carry a soft hyphen.
 */
import createHyphenator, { type SyncHyphenator } from 'hyphen';
// The pattern files are plain CommonJS data; importing them by file works in Node's ESM loader,
// esbuild (Contentlayer bundles its config with packages external) and Vitest alike.
import de from 'hyphen/patterns/de-1996.js';
import el from 'hyphen/patterns/el-monoton.js';
import enGb from 'hyphen/patterns/en-gb.js';
import es from 'hyphen/patterns/es.js';
import fr from 'hyphen/patterns/fr.js';
import it from 'hyphen/patterns/it.js';
import ro from 'hyphen/patterns/ro.js';
import sv from 'hyphen/patterns/sv.js';
import type { Locale } from '../i18n/locales';
import { isLetter, isSpace, OPAQUE, SHY } from './chars';
import type { Edit } from './edits';

/**
 * Patterns per locale: German in the reformed spelling (1996/2006), Modern Greek monotonic (the
 * spelling in use since 1982), British English (the site's English is en_GB).
 */
const patterns = { de, el, en: enGb, es, fr, it, ro, sv } as const satisfies Record<Locale, unknown>;

export type HyphenateOptions = {
  /** Words with fewer letters get no break points (default 10). */
  minWordLength?: number;
  /** Letters kept together at the start of a word (default 2). */
  leftMin?: number;
  /** Letters kept together at the end of a word (default 3: no two-letter line starts). */
  rightMin?: number;
};

export const defaultMinWordLength = 10;
const defaultLeftMin = 2;
const defaultRightMin = 3;

/** One hyphenator and one word cache per locale, made on first use. */
const hyphenators = new Map<Locale, SyncHyphenator>();
const caches = new Map<Locale, Map<string, readonly number[]>>();
/** Bounds memory on a very large corpus: the cache starts afresh past this many distinct words. */
const maxCachedWords = 200_000;

function hyphenatorFor(locale: Locale): SyncHyphenator {
  let h = hyphenators.get(locale);
  if (!h) {
    // minWordLength 1: which words to hyphenate is decided here, not by the library.
    h = createHyphenator(patterns[locale], { html: false, minWordLength: 1 });
    hyphenators.set(locale, h);
  }
  return h;
}

/** Romanian patterns use ș and ț with comma below; older texts type the cedilla forms. */
const romanianCedillas: Record<string, string> = { ş: 'ș', ţ: 'ț', Ş: 'Ș', Ţ: 'Ț' };

/** Positions (in UTF-16 units from the word's start) where the patterns allow a break. */
function breakPoints(word: string, locale: Locale): readonly number[] {
  let cache = caches.get(locale);
  if (!cache) caches.set(locale, (cache = new Map()));
  const hit = cache.get(word);
  if (hit) return hit;
  const input = locale === 'ro' ? word.replace(/[şţŞŢ]/g, (c) => romanianCedillas[c]!) : word;
  const marked = hyphenatorFor(locale)(input);
  const points: number[] = [];
  let pos = 0;
  for (const ch of marked) {
    if (ch === SHY) points.push(pos);
    else pos += ch.length;
  }
  if (cache.size >= maxCachedWords) cache.clear();
  cache.set(word, points);
  return points;
}

/** Characters that make a token something other than a word of prose. */
const notProse = /[\p{N}@/\\_#=<>{}|~^*+&%$\u00AD\u200B]|:\/\/|^www\./iu;
/** `civis.eu`, `z.B.`: a dot between letters. */
const dotted = /\p{L}\.\p{L}/u;
const letterRun = /[\p{L}\p{M}]+/gu;
const lowercase = /\p{Ll}/u;
const innerCapital = /\p{Ll}\p{M}*\p{Lu}/u;

/** Soft-hyphen insertions for the long words of `text`. */
export function hyphenationEdits(text: string, locale: Locale, options: HyphenateOptions = {}): Edit[] {
  const minWordLength = options.minWordLength ?? defaultMinWordLength;
  const leftMin = Math.max(1, options.leftMin ?? defaultLeftMin);
  const rightMin = Math.max(1, options.rightMin ?? defaultRightMin);
  const edits: Edit[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    // A token: a run of characters that are neither space nor a placeholder.
    while (i < n && (isSpace(text[i]) || text[i] === OPAQUE)) i++;
    const start = i;
    let letters = 0;
    while (i < n && !isSpace(text[i]) && text[i] !== OPAQUE) {
      if (isLetter(text[i])) letters++;
      i++;
    }
    if (letters < minWordLength) continue;
    const token = text.slice(start, i);
    if (notProse.test(token) || dotted.test(token)) continue;
    letterRun.lastIndex = 0;
    for (let m = letterRun.exec(token); m; m = letterRun.exec(token)) {
      const word = m[0];
      if (word.length < minWordLength || !lowercase.test(word) || innerCapital.test(word)) continue;
      for (const p of breakPoints(word, locale)) {
        if (p >= leftMin && word.length - p >= rightMin) edits.push({ start: start + m.index + p, end: start + m.index + p, text: SHY });
      }
    }
  }
  return edits;
}
