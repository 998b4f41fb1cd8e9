// Exists because next/og fetches from a CDN every grapheme its fonts lack (emoji from jsDelivr, other scripts from Google Fonts): share images bundle their fonts and only ever hand next/og text those fonts draw.
/**
 * Fonts of the share images and the characters they draw. Noto Sans (@fontsource/noto-sans: Latin,
 * Latin Extended, Greek) draws the letters; Noto Emoji (@fontsource/noto-emoji, the whole font in
 * one WOFF file) draws emoji, in outline, in the text's colour. satori (inside next/og) asks its
 * `loadAdditionalAsset` hook, which next/og wires to the network with no way to turn it off, for any
 * grapheme not in these fonts; `drawableText` therefore replaces such graphemes before rendering,
 * judging them by the fonts' own cmap tables exactly as satori's opentype.js does.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';

export type ShareImageFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };

/** One family the way satori sees it: its name (as in `fontFamily`) and the code points it maps to a glyph. */
type Face = { name: string; codePoints: Set<number> };

export type ShareImageFonts = {
  fonts: ShareImageFont[];
  /** The CSS `fontFamily`: every family, in the order satori falls back along. */
  fontFamily: string;
  faces: Face[];
};

/** Drawn for a grapheme that no bundled font has: an empty square (Noto Emoji's), like the browsers' "tofu". */
export const missingGlyph = '\u25fb';

const weights = [400, 700] as const;

/** A package's font folder, found the way Node finds packages (from the project or any copy of it). */
function filesOf(pkg: '@fontsource/noto-sans' | '@fontsource/noto-emoji'): string {
  const require = createRequire(import.meta.url);
  const manifest =
    pkg === '@fontsource/noto-sans'
      ? require.resolve(/*turbopackIgnore: true*/ '@fontsource/noto-sans/package.json')
      : require.resolve(/*turbopackIgnore: true*/ '@fontsource/noto-emoji/package.json');
  return path.join(path.dirname(manifest), 'files');
}

/** The sfnt table `tag` of a WOFF 1.0 file, inflated. */
function woffTable(woff: Buffer, tag: string): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('share image fonts: not a WOFF file');
  const numTables = woff.readUInt16BE(12);
  for (let i = 0; i < numTables; i++) {
    const entry = 44 + i * 20;
    if (woff.toString('latin1', entry, entry + 4) !== tag) continue;
    const offset = woff.readUInt32BE(entry + 4);
    const compLength = woff.readUInt32BE(entry + 8);
    const origLength = woff.readUInt32BE(entry + 12);
    const raw = woff.subarray(offset, offset + compLength);
    return compLength < origLength ? inflateSync(raw) : raw;
  }
  throw new Error(`share image fonts: no ${tag} table`);
}

/**
 * The code points a WOFF font maps to a glyph other than .notdef, read from the cmap subtable that
 * opentype.js (bundled in next/og) picks: the last Unicode one, format 4 or 12.
 */
export function woffCodePoints(woff: Buffer): Set<number> {
  const cmap = woffTable(woff, 'cmap');
  let offset = -1;
  for (let i = cmap.readUInt16BE(2) - 1; i >= 0; i--) {
    const platform = cmap.readUInt16BE(4 + i * 8);
    const encoding = cmap.readUInt16BE(6 + i * 8);
    if ((platform === 3 && [0, 1, 10].includes(encoding)) || (platform === 0 && encoding <= 4)) {
      offset = cmap.readUInt32BE(8 + i * 8);
      break;
    }
  }
  if (offset < 0) throw new Error('share image fonts: no Unicode cmap');
  const points = new Set<number>();
  const format = cmap.readUInt16BE(offset);
  if (format === 12) {
    const groups = cmap.readUInt32BE(offset + 12);
    for (let g = 0; g < groups; g++) {
      const at = offset + 16 + g * 12;
      const [start, end, glyph] = [cmap.readUInt32BE(at), cmap.readUInt32BE(at + 4), cmap.readUInt32BE(at + 8)];
      for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) points.add(c);
    }
  } else if (format === 4) {
    const segCount = cmap.readUInt16BE(offset + 6) >> 1;
    const ends = offset + 14;
    const starts = ends + segCount * 2 + 2;
    const deltas = starts + segCount * 2;
    const rangeOffsets = deltas + segCount * 2;
    // Like opentype.js, the last segment (the 0xFFFF sentinel) is not read.
    for (let s = 0; s < segCount - 1; s++) {
      const [end, start] = [cmap.readUInt16BE(ends + s * 2), cmap.readUInt16BE(starts + s * 2)];
      const delta = cmap.readInt16BE(deltas + s * 2);
      const rangeOffset = cmap.readUInt16BE(rangeOffsets + s * 2);
      for (let c = start; c <= end; c++) {
        let glyph: number;
        if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
        else {
          glyph = cmap.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
          if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
        }
        if (glyph !== 0) points.add(c);
      }
    }
  } else throw new Error(`share image fonts: cmap format ${format}`);
  return points;
}

let loaded: Promise<ShareImageFonts> | undefined;

export function loadShareImageFonts(): Promise<ShareImageFonts> {
  loaded ??= (async () => {
    const sans = filesOf('@fontsource/noto-sans');
    const emoji = filesOf('@fontsource/noto-emoji');
    // One family per subset: satori keeps one font per name and weight, and falls back along the family list.
    const families = [
      ...(['latin', 'latin-ext', 'greek'] as const).map((subset) => ({
        name: `Noto Sans ${subset}`,
        file: (weight: number) => path.join(sans, `noto-sans-${subset}-${weight}-normal.woff`),
      })),
      // The "emoji" subset is the whole font (the numbered ones are slices of it for browsers).
      { name: 'Noto Emoji', file: (weight: number) => path.join(emoji, `noto-emoji-emoji-${weight}-normal.woff`) },
    ];
    const fonts: ShareImageFont[] = [];
    const faces: Face[] = [];
    for (const family of families) {
      const files = await Promise.all(weights.map(async (weight) => ({ weight, data: await readFile(family.file(weight)) })));
      for (const { weight, data } of files) fonts.push({ name: family.name, data, weight, style: 'normal' });
      // A family counts as drawing a character only if every weight does.
      const codePoints = files
        .map(({ data }) => woffCodePoints(data))
        .reduce((all, one) => new Set(Array.from(all).filter((c) => one.has(c))));
      faces.push({ name: family.name, codePoints });
    }
    if (drawPass(missingGlyph, faces) !== missingGlyph) throw new Error('share image fonts: the missing-glyph mark is not drawable');
    return { fonts, faces, fontFamily: faces.map((f) => `'${f.name}'`).join(', ') };
  })();
  return loaded;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * `text` with every grapheme the fonts cannot draw replaced, so that satori never asks for another
 * font or an emoji image (next/og would fetch them). The test is satori's: the grapheme's first
 * character chooses the first family that has it (remembered per text by its first UTF-16 unit, as
 * satori does), and that family must have all of the grapheme's characters. Characters that family
 * lacks are dropped (a stray combining mark, a variation selector); a grapheme whose first character
 * no family has becomes a space if it is one, nothing if it is an invisible format character, and
 * otherwise `missingGlyph`. Text is NFC-normalized first, so decomposed accents count as
 * the precomposed letters the fonts have.
 */
export function drawableText(text: string, faces: Face[]): string {
  let current = text.normalize('NFC');
  // Dropping characters can join or split graphemes differently: settle (twice is plenty; bounded anyway).
  for (let pass = 0; pass < 4; pass++) {
    const next = drawPass(current, faces);
    if (next === current) return next;
    current = next;
  }
  return current;
}

function drawPass(text: string, faces: Face[]): string {
  const chosen = new Map<number, Face>();
  const faceOf = (grapheme: string): Face | undefined => {
    const key = grapheme.charCodeAt(0);
    const cached = chosen.get(key);
    if (cached) return cached;
    const face = faces.find((f) => f.codePoints.has(grapheme.codePointAt(0)!));
    if (face) chosen.set(key, face);
    return face;
  };
  let out = '';
  for (const { segment } of graphemes.segment(text)) {
    // satori never asks about tabs and line breaks.
    if (segment === '\t' || segment === '\n') {
      out += segment;
      continue;
    }
    const face = faceOf(segment);
    const kept = face ? [...segment].filter((ch) => face.codePoints.has(ch.codePointAt(0)!)).join('') : '';
    if (kept && kept.codePointAt(0) === segment.codePointAt(0)) out += kept;
    // Spaces the fonts lack (French typography's narrow no-break space…) become the spaces they have.
    else if (/^\p{Zs}$/u.test(segment)) out += /[\u2007\u202f]/.test(segment) ? '\u00a0' : ' ';
    // Invisible format characters (zero-width space, word joiner…) are left out rather than boxed.
    else if (/^\p{Cf}+$/u.test(segment)) continue;
    else out += missingGlyph;
  }
  return out;
}
