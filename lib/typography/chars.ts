/** The characters the typography rules write, and the classes of characters they read. */

/** U+00AD SOFT HYPHEN: an invisible break point that shows as a hyphen when the line breaks there. */
export const SHY = '\u00AD';
/** U+00A0 NO-BREAK SPACE (espace-mot insécable). */
export const NBSP = '\u00A0';
/** U+202F NARROW NO-BREAK SPACE (espace fine insécable). */
export const NNBSP = '\u202F';
/**
 * U+FFFC OBJECT REPLACEMENT CHARACTER: stands for content the rules must see but never change
 * (inline code, an image, a line break) when the text of several hast nodes is read as one.
 */
export const OPAQUE = '\uFFFC';

const letter = /[\p{L}\p{M}]/u;
const whitespace = /\s/;

/** A letter or a combining mark (one UTF-16 unit is enough for every script the site serves). */
export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && letter.test(ch);
}

/** Any white space, ordinary or no-break. */
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && whitespace.test(ch);
}

/** A no-break space an author (or an earlier pass) put there on purpose: kept as it is. */
export function isNoBreakSpace(ch: string | undefined): boolean {
  return ch === NBSP || ch === NNBSP;
}
