/**
 * French spacing (France; Swiss and Canadian usage differ and are not needed), after the
 * Imprimerie nationale's Lexique des règles typographiques: a no-break space (espace-mot
 * insécable, U+00A0) before the colon and inside guillemets (« x »), a narrow no-break space
 * (espace fine insécable, U+202F) before ; ! and ?. So a colon or a question mark never starts a
 * line and a guillemet never ends one.
 *
 * An ordinary space already there is replaced; a no-break space already there (U+00A0 or U+202F)
 * is kept as the author typed it. A mark glued to a word gets its space only where it is
 * punctuation: followed by a space, the end, or more punctuation. So times (10:30), ratios (3:1),
 * URLs (https://x.org/a?b, mailto:), `a;b` and the second mark of `?!` are left alone.
 */
import { isNoBreakSpace, isSpace, NBSP, NNBSP } from './chars';
import type { Edit } from './edits';

const spaceBefore: Record<string, string> = { ':': NBSP, ';': NNBSP, '!': NNBSP, '?': NNBSP };
/** What may follow a mark that is sentence punctuation (besides space and the end). */
const closing = new Set(['!', '?', ';', ':', '.', ',', '…', '»', ')', ']', '}', '”', '’', '"', "'"]);
const marks = /[:;!?«»]/g;
const urlLike = /:\/\/|(?:^|[^\p{L}])www\.|@/iu;

/** The no-break space edits French needs in `text`. */
export function frenchSpacingEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  marks.lastIndex = 0;
  for (let m = marks.exec(text); m; m = marks.exec(text)) {
    const i = m.index;
    const mark = m[0];
    if (mark === '«') {
      const edit = spaceAfterOpening(text, i);
      if (edit) edits.push(edit);
      continue;
    }
    const next = text[i + 1];
    if (mark !== '»' && !(next === undefined || isSpace(next) || closing.has(next))) continue;
    // The run of spaces before the mark, and what comes before it.
    let j = i;
    while (j > 0 && isSpace(text[j - 1])) j--;
    if (j === 0) continue; // nothing to hold on to
    const prev = text[j - 1]!;
    const want = mark === '»' ? NBSP : spaceBefore[mark]!;
    if (j === i) {
      if (prev === '«') continue; // `«»`, `«:`
      if (mark !== '»' && (prev in spaceBefore || urlLike.test(tokenBefore(text, j)))) continue; // `?!`, `https://x.org/?`
      edits.push({ start: i, end: i, text: want, stick: 'after' });
    } else if (!(i - j === 1 && isNoBreakSpace(text[j]))) {
      edits.push({ start: j, end: i, text: want });
    }
  }
  return edits;
}

/** `«x` → `« x`, `«  x` → `« x` (no-break); an existing no-break space is kept. */
function spaceAfterOpening(text: string, i: number): Edit | null {
  let k = i + 1;
  while (k < text.length && isSpace(text[k])) k++;
  if (k === text.length) return null; // nothing follows to hold on to
  if (k === i + 1) return { start: k, end: k, text: NBSP, stick: 'before' };
  if (k - i === 2 && isNoBreakSpace(text[i + 1])) return null;
  return { start: i + 1, end: k, text: NBSP };
}

/**
 * The word (or URL) that ends at `end`: back to the last ordinary space. No-break spaces count as
 * part of it, so the spaces this rule adds do not change what it sees the next time (idempotence).
 */
function tokenBefore(text: string, end: number): string {
  let s = end;
  while (s > 0 && (!isSpace(text[s - 1]) || isNoBreakSpace(text[s - 1]))) s--;
  return text.slice(s, end);
}
