#!/usr/bin/env node
// Self-hosted fonts from @fontsource: copies the font files the eight languages need (Latin, Latin
// Extended, Greek, and the arrows of lib/fonts/arrows/) to public/fonts/ and writes their
// @font-face rules to app/fonts.css.
//
// Loading strategy (lib/fonts/README.md): the web fonts use `font-display: swap`, so every text is
// drawn in Source Serif / Source Sans as soon as its file is there, whatever the machine's speed;
// until then it is drawn in a local font (Times New Roman / Arial or their metric twins, Noto Serif /
// Roboto, DejaVu) through "fallback" faces whose size-adjust and ascent/descent/line-gap overrides
// are computed from the font files (lib/fonts/fallback-metrics.json), so that the swap moves almost
// nothing. Each fallback family has four faces per weight and style: one for Latin text, one for
// Greek letters, one for the arrows and one for the space and the digits (which gives the `ch` unit
// of .prose-news the web font's width of "0", and dates their exact width). lib/fonts/preload.ts says
// which files each locale preloads.
//
//   node scripts/generate-font-css.mjs            # run by `npm run build` and `npm run dev`
//   node scripts/generate-font-css.mjs --measure  # recompute lib/fonts/fallback-metrics.json
//   node scripts/generate-font-css.mjs --arrows   # rebuild lib/fonts/arrows/*.woff2
//
// --measure reads the local fallback fonts (FALLBACK_FONTS, folders separated by ':', default
// /usr/share/fonts; Debian's fonts-dejavu-core, fonts-liberation2, fonts-roboto-unhinted and
// fonts-noto-core, which may be unpacked with `dpkg-deb -x` rather than installed) and the text of
// content/ (letter frequencies). --arrows needs FONT_TOOLS, a folder where `npm install
// subset-font@2.9.0 source-sans@3.52.0 source-serif@4.5.1` was run (Adobe's full fonts: the Google
// Fonts version that fontsource packages has no ← →). Both are explained in lib/fonts/README.md.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { contentDir } from '../lib/content/dir.mjs';

const require = createRequire(import.meta.url);
const METRICS = 'lib/fonts/fallback-metrics.json';
const ARROWS_DIR = 'lib/fonts/arrows';

/** The two web families: their fontsource package, the subsets served, and their fallbacks. */
const families = [
  {
    key: 'serif',
    pkg: '@fontsource-variable/source-serif-4',
    prefix: 'source-serif-4',
    family: 'Source Serif 4 Variable',
    subsets: ['latin', 'latin-ext', 'greek'],
    // Adobe's Source Serif 4 Variable has an optical-size axis; the Google Fonts `wght` files are
    // its instance at opsz 14 (same advances), so the arrows are cut at opsz 14 too.
    arrows: {
      pkg: 'source-serif',
      files: { normal: 'VAR/SourceSerif4Variable-Roman.ttf', italic: 'VAR/SourceSerif4Variable-Italic.ttf' },
      axes: { opsz: 14 },
    },
    fallbacks: [
      {
        name: 'Times',
        measured: 'Liberation Serif (metric-compatible with Times New Roman and Tinos)',
        regular: {
          file: 'LiberationSerif-Regular.ttf',
          local: ['Times New Roman', 'TimesNewRomanPSMT', 'Liberation Serif', 'LiberationSerif', 'Tinos', 'Tinos-Regular'],
        },
        bold: {
          file: 'LiberationSerif-Bold.ttf',
          local: [
            'Times New Roman Bold',
            'TimesNewRomanPS-BoldMT',
            'Liberation Serif Bold',
            'LiberationSerif-Bold',
            'Tinos Bold',
            'Tinos-Bold',
          ],
        },
        italic: {
          file: 'LiberationSerif-Italic.ttf',
          local: [
            'Times New Roman Italic',
            'TimesNewRomanPS-ItalicMT',
            'Liberation Serif Italic',
            'LiberationSerif-Italic',
            'Tinos Italic',
            'Tinos-Italic',
          ],
        },
      },
      {
        name: 'Noto',
        measured: 'Noto Serif (Android)',
        regular: { file: 'NotoSerif-Regular.ttf', local: ['Noto Serif', 'Noto Serif Regular', 'NotoSerif-Regular', 'NotoSerif'] },
        bold: { file: 'NotoSerif-Bold.ttf', local: ['Noto Serif Bold', 'NotoSerif-Bold'] },
        italic: { file: 'NotoSerif-Italic.ttf', local: ['Noto Serif Italic', 'NotoSerif-Italic'] },
      },
      {
        name: 'DejaVu',
        measured: 'DejaVu Serif (Debian, Ubuntu)',
        regular: { file: 'DejaVuSerif.ttf', local: ['DejaVu Serif', 'DejaVuSerif'] },
        bold: { file: 'DejaVuSerif-Bold.ttf', local: ['DejaVu Serif Bold', 'DejaVuSerif-Bold'] },
        italic: { file: 'DejaVuSerif-Italic.ttf', local: ['DejaVu Serif Italic', 'DejaVuSerif-Italic'] },
      },
    ],
    generic: ['Georgia', "'Times New Roman'", 'serif'],
  },
  {
    key: 'sans',
    pkg: '@fontsource-variable/source-sans-3',
    prefix: 'source-sans-3',
    family: 'Source Sans 3 Variable',
    subsets: ['latin', 'latin-ext', 'greek', 'greek-ext'],
    arrows: { pkg: 'source-sans', files: { normal: 'VF/SourceSans3VF-Upright.ttf', italic: 'VF/SourceSans3VF-Italic.ttf' }, axes: {} },
    fallbacks: [
      {
        name: 'Arial',
        measured: 'Liberation Sans (metric-compatible with Arial and Arimo)',
        regular: {
          file: 'LiberationSans-Regular.ttf',
          local: ['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans', 'Arimo', 'Arimo-Regular'],
        },
        bold: {
          file: 'LiberationSans-Bold.ttf',
          local: ['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold', 'LiberationSans-Bold', 'Arimo Bold', 'Arimo-Bold'],
        },
        italic: {
          file: 'LiberationSans-Italic.ttf',
          local: ['Arial Italic', 'Arial-ItalicMT', 'Liberation Sans Italic', 'LiberationSans-Italic', 'Arimo Italic', 'Arimo-Italic'],
        },
      },
      {
        name: 'Roboto',
        measured: 'Roboto (Android)',
        regular: { file: 'Roboto-Regular.ttf', local: ['Roboto', 'Roboto Regular', 'Roboto-Regular'] },
        bold: { file: 'Roboto-Bold.ttf', local: ['Roboto Bold', 'Roboto-Bold'] },
        italic: { file: 'Roboto-Italic.ttf', local: ['Roboto Italic', 'Roboto-Italic'] },
      },
      {
        name: 'DejaVu',
        measured: 'DejaVu Sans (Debian, Ubuntu)',
        regular: { file: 'DejaVuSans.ttf', local: ['DejaVu Sans', 'DejaVuSans'] },
        bold: { file: 'DejaVuSans-Bold.ttf', local: ['DejaVu Sans Bold', 'DejaVuSans-Bold'] },
        italic: { file: 'DejaVuSans-Oblique.ttf', local: ['DejaVu Sans Oblique', 'DejaVuSans-Oblique'] },
      },
    ],
    generic: ['system-ui', '-apple-system', "'Segoe UI'", 'Roboto', 'Arial', 'sans-serif'],
  },
];

/**
 * The fallback faces of each family: one per weight the site uses (Tailwind's semibold and bold,
 * the 650 of .prose-news headings), each measured against the web font at that weight, plus italic.
 */
const buckets = [
  { key: '400', style: 'normal', weight: '1 549', wght: 400, local: 'regular' },
  { key: '600', style: 'normal', weight: '550 624', wght: 600, local: 'bold' },
  { key: '650', style: 'normal', weight: '625 674', wght: 650, local: 'bold' },
  { key: '700', style: 'normal', weight: '675 1000', wght: 700, local: 'bold' },
  { key: 'italic', style: 'italic', weight: '1 1000', wght: 400, local: 'italic' },
];

/** The groups of characters that get a fallback face of their own (the rest: `base`). */
const DIGITS = [
  [0x20, 0x20],
  [0x30, 0x39],
];
const GREEK = [
  [0x370, 0x3ff],
  [0x1f00, 0x1fff],
];
const ARROWS = [[0x2190, 0x2199]];
const within = (cp, ranges) => ranges.some(([a, b]) => cp >= a && cp <= b);
const groupOf = (cp) => (within(cp, DIGITS) ? 'digits' : within(cp, GREEK) ? 'greek' : within(cp, ARROWS) ? 'arrows' : 'base');

const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);
const pct = (x, digits = 2) => `${(x * 100).toFixed(digits)}%`;
const parseRange = (text) =>
  text.split(',').map((r) => {
    const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(a, 16), parseInt(b ?? a, 16)];
  });
const formatRange = (ranges) =>
  ranges
    .map(([a, b]) =>
      a === b
        ? `U+${a.toString(16).toUpperCase().padStart(4, '0')}`
        : `U+${a.toString(16).toUpperCase().padStart(4, '0')}-${b.toString(16).toUpperCase().padStart(4, '0')}`,
    )
    .join(',');
/** Code points to ranges. */
const toRanges = (cps) => {
  const out = [];
  for (const cp of [...cps].sort((a, b) => a - b)) {
    const last = out.at(-1);
    if (last && cp === last[1] + 1) last[1] = cp;
    else out.push([cp, cp]);
  }
  return out;
};

/** The @font-face blocks of a fontsource CSS file that this site serves. */
function fontsourceFaces(fam, style) {
  const dir = path.dirname(require.resolve(`${fam.pkg}/package.json`));
  const css = readFileSync(path.join(dir, style === 'italic' ? 'wght-italic.css' : 'wght.css'), 'utf8');
  const faces = [];
  for (const block of css.split(/\n(?=\/\*)/)) {
    const file = /url\(\.\/files\/([^)]+)\)/.exec(block)?.[1];
    const subset = file && new RegExp(`^${fam.prefix}-(.+)-wght-${style}\\.woff2$`).exec(file)?.[1];
    if (!subset || !fam.subsets.includes(subset)) continue;
    const range = /unicode-range:\s*([^;]+);/.exec(block)[1];
    faces.push({ subset, file, source: path.join(dir, 'files', file), range, ranges: parseRange(range) });
  }
  return faces;
}

const arrowsFile = (fam, style) => `${fam.prefix}-arrows-wght-${style}.woff2`;

// ---------------------------------------------------------------------------------------------
// Reading fonts: fontkit as bundled by Next for next/font (no extra dependency). fontkit cannot
// instance a WOFF2 variable font (getVariation fails on its composite glyphs), but the advances
// only need cmap, hmtx and HVAR, which it reads fine with the variation coordinates set.

let fontkit;
function openFont(file) {
  if (!fontkit) {
    try {
      const mod = require('next/dist/compiled/@next/font/dist/fontkit');
      fontkit = mod.default?.default ?? mod.default ?? mod;
    } catch (error) {
      throw new Error(`fonts: cannot load fontkit from Next (next/dist/compiled/@next/font/dist/fontkit): ${error.message}`);
    }
  }
  const font = fontkit(readFileSync(file));
  return {
    font,
    /** The same font at the given weight (the tables are shared, not decoded again). */
    at(wght) {
      if (!font.variationAxes?.wght) return font;
      const instance = Object.create(font);
      instance.variationCoords = font.fvar.axis.map((axis) => (axis.axisTag.trim() === 'wght' ? wght : axis.defaultValue));
      return instance;
    },
  };
}

/** Advance of `cp` in em, or undefined when the font has no glyph for it. */
function advance(font, cp) {
  const gid = font._cmapProcessor.lookup(cp);
  if (!gid) return undefined;
  const metrics = font.hmtx.metrics;
  let width = (metrics.get(gid) ?? metrics.get(metrics.length - 1)).advance;
  if (font.variationCoords && font.HVAR) width += font._variationProcessor.getAdvanceAdjustment(gid, font.HVAR);
  return width / font.unitsPerEm;
}

function verticalMetrics(font) {
  const os2 = font['OS/2'];
  const typo = os2?.fsSelection?.useTypoMetrics;
  const [ascent, descent, lineGap] = typo
    ? [os2.typoAscender, os2.typoDescender, os2.typoLineGap]
    : [font.hhea.ascent, font.hhea.descent, font.hhea.lineGap];
  return { ascent: ascent / font.unitsPerEm, descent: Math.abs(descent) / font.unitsPerEm, lineGap: lineGap / font.unitsPerEm };
}

/**
 * What the browser draws a text with, in em: the web family's faces (first match of unicode-range
 * in the order the browser tries them), measured at one weight.
 */
function measureSource(fam, bucket, text) {
  const style = bucket.style;
  const faces = [...fontsourceFaces(fam, style)].reverse(); // latin, latin-ext, greek…: the browser tries the last rule first
  const opened = faces.map((f) => ({ ranges: f.ranges, font: openFont(f.source).at(bucket.wght) }));
  const arrows = path.join(ARROWS_DIR, arrowsFile(fam, style));
  const arrowFont = existsSync(arrows) ? openFont(arrows).at(bucket.wght) : undefined;
  const fontFor = (cp) =>
    arrowFont && within(cp, ARROWS) && advance(arrowFont, cp) !== undefined ? arrowFont : opened.find((f) => within(cp, f.ranges))?.font;
  const width = (cp) => {
    const font = fontFor(cp);
    return font ? advance(font, cp) : undefined;
  };
  const totals = {};
  for (const [script, counts] of Object.entries(text)) {
    let sum = 0;
    for (const [ch, n] of Object.entries(counts)) sum += n * (width(ch.codePointAt(0)) ?? 0);
    totals[script] = round(sum);
  }
  return {
    zero: round(width(0x30)),
    arrow: arrowFont ? round(advance(arrowFont, 0x2192)) : null,
    text: totals,
    ...roundAll(verticalMetrics(opened[0].font)),
  };
}

/** A local fallback font, measured with the same text, per group of characters. */
function measureFallback(file, text) {
  const font = openFont(file).font;
  const groups = {};
  for (const [script, counts] of Object.entries(text)) {
    const sums = { base: 0, digits: 0, greek: 0, arrows: 0 };
    for (const [ch, n] of Object.entries(counts)) {
      const cp = ch.codePointAt(0);
      const w = advance(font, cp);
      if (w === undefined) throw new Error(`fonts: ${file} has no glyph for ${ch} (U+${cp.toString(16)})`);
      sums[groupOf(cp)] += n * w;
    }
    groups[script] = Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, round(v)]));
  }
  const arrow = advance(font, 0x2192);
  return {
    postscriptName: font.postscriptName,
    version: String(font.version ?? ''),
    zero: round(advance(font, 0x30)),
    arrow: arrow === undefined ? null : round(arrow),
    text: groups,
  };
}

const round = (x) => (x === undefined || x === null ? x : Math.round(x * 1e6) / 1e6);
const roundAll = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, round(v)]));

/**
 * The scale of each fallback face. Digits and arrows: the web font's advance over the fallback's
 * (digits are tabular in every font here, so `ch` and dates match exactly). Base and Greek faces:
 * chosen so that the site's Latin text and its Greek text each have the web font's total width,
 * given what the digit face (which also draws the space) and the arrow face contribute — two
 * equations, two unknowns.
 */
function scales(source, fallback) {
  const digits = source.zero / fallback.zero;
  const arrows = source.arrow && fallback.arrow ? source.arrow / fallback.arrow : null;
  const [L, G] = [fallback.text.latin, fallback.text.greek];
  const fixed = (g) => digits * g.digits + (arrows ?? 1) * g.arrows;
  const [a, b, e] = [L.base, L.greek, source.text.latin - fixed(L)];
  const [c, d, f] = [G.base, G.greek, source.text.greek - fixed(G)];
  const det = a * d - b * c;
  const base = (e * d - b * f) / det;
  const greek = (a * f - e * c) / det;
  return { base, greek, digits, arrows };
}

// ---------------------------------------------------------------------------------------------

/** Letter frequencies of the site's own text: titles, summaries and bodies, without Markdown. */
function contentText() {
  const root = contentDir();
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  const counts = { latin: new Map(), greek: new Map() };
  for (const file of walk(root).filter((f) => /\.mdx?$/.test(f))) {
    const locale = path.relative(root, file).split(path.sep)[0];
    let text = readFileSync(file, 'utf8');
    text = text.replace(/^---\n([\s\S]*?)\n---/, (_, front) =>
      front
        .split('\n')
        .filter((l) => /^(title|summary):/.test(l))
        .map((l) => l.replace(/^\w+:\s*/, '').replace(/^"|"$/g, ''))
        .join('\n'),
    );
    text = text
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/<[^>]*>/g, ' ')
      .replace(/[#*|>[\]_`]/g, '')
      .replace(/^-+$/gm, '')
      .replace(/\s+/g, ' ');
    const map = locale === 'el' ? counts.greek : counts.latin;
    for (const ch of text) map.set(ch, (map.get(ch) ?? 0) + 1);
  }
  const sorted = (map) => Object.fromEntries([...map].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)));
  return { latin: sorted(counts.latin), greek: sorted(counts.greek) };
}

function findFile(root, name) {
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop();
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.name === name) return p;
    }
  }
  return undefined;
}

function sourceFiles() {
  const files = {};
  for (const fam of families)
    for (const style of ['normal', 'italic']) {
      for (const face of fontsourceFaces(fam, style)) files[face.file] = sha256(face.source);
      const arrows = path.join(ARROWS_DIR, arrowsFile(fam, style));
      if (existsSync(arrows)) files[arrowsFile(fam, style)] = sha256(arrows);
    }
  return files;
}

/** The web fonts' widths per weight, and the code points of their arrows files. */
function measureAllSources(text) {
  const widths = {};
  const arrows = {};
  for (const fam of families) {
    widths[fam.key] = Object.fromEntries(buckets.map((b) => [b.key, measureSource(fam, b, text)]));
    arrows[fam.key] = Object.fromEntries(
      ['normal', 'italic'].map((style) => [
        style,
        formatRange(toRanges(openFont(path.join(ARROWS_DIR, arrowsFile(fam, style))).font.characterSet.filter((cp) => within(cp, ARROWS)))),
      ]),
    );
  }
  return { widths, arrows };
}

function measure() {
  const roots = (process.env.FALLBACK_FONTS || '/usr/share/fonts').split(path.delimiter);
  const text = contentText();
  const fallbacks = {};
  for (const fam of families) {
    fallbacks[fam.key] = fam.fallbacks.map((fb) => {
      const faces = {};
      for (const kind of ['regular', 'bold', 'italic']) {
        const file = roots.map((root) => findFile(root, fb[kind].file)).find(Boolean);
        if (!file)
          throw new Error(
            `fonts --measure: ${fb[kind].file} not found under ${roots.join(', ')} (set FALLBACK_FONTS; see the head of this script)`,
          );
        faces[kind] = measureFallback(file, text);
      }
      return { name: fb.name, measured: fb.measured, faces };
    });
  }
  const data = {
    about:
      'Written by `node scripts/generate-font-css.mjs --measure`: letter counts of the sample content (Latin-script locales, Greek), and the widths in em of that text in the local fallback fonts and in the web fonts (per weight), from which the fallback faces of app/fonts.css are computed.',
    text,
    fallbacks,
    source: { files: sourceFiles(), ...measureAllSources(text) },
  };
  writeFileSync(METRICS, `${JSON.stringify(data, null, 1)}\n`);
  console.log(`${METRICS} written`);
}

async function buildArrows() {
  const tools = process.env.FONT_TOOLS;
  if (!tools) throw new Error('fonts --arrows: set FONT_TOOLS to a folder with subset-font, source-sans and source-serif installed');
  const req = createRequire(path.join(path.resolve(tools), 'package.json'));
  const subsetFont = req('subset-font');
  mkdirSync(ARROWS_DIR, { recursive: true });
  for (const fam of families) {
    // Arrows the fontsource files lack (they have ↑ ↓ in their latin subset).
    const latin = fontsourceFaces(fam, 'normal').find((f) => f.subset === 'latin').ranges;
    const dir = path.dirname(req.resolve(`${fam.arrows.pkg}/package.json`));
    for (const [style, rel] of Object.entries(fam.arrows.files)) {
      const full = openFont(path.join(dir, rel)).font;
      const cps = [];
      for (let cp = ARROWS[0][0]; cp <= ARROWS[0][1]; cp++) if (!within(cp, latin) && full.hasGlyphForCodePoint(cp)) cps.push(cp);
      const out = await subsetFont(readFileSync(path.join(dir, rel)), String.fromCodePoint(...cps), {
        targetFormat: 'woff2',
        variationAxes: fam.arrows.axes,
      });
      writeFileSync(path.join(ARROWS_DIR, arrowsFile(fam, style)), out);
      console.log(`${ARROWS_DIR}/${arrowsFile(fam, style)}: ${cps.map((c) => String.fromCodePoint(c)).join('')} (${out.length} bytes)`);
    }
  }
}

// ---------------------------------------------------------------------------------------------

function generate() {
  if (!existsSync(METRICS)) throw new Error(`fonts: ${METRICS} is missing (node scripts/generate-font-css.mjs --measure)`);
  const data = JSON.parse(readFileSync(METRICS, 'utf8'));
  // The web fonts' widths are measured again only when their files changed (a fontsource update):
  // fontkit takes over a second for them, the hashes a millisecond.
  let { widths, arrows: arrowRanges } = data.source;
  if (JSON.stringify(sourceFiles()) !== JSON.stringify(data.source.files)) {
    console.warn(
      `fonts: the web font files differ from those ${METRICS} was measured with; measuring them again (run \`npm run fonts -- --measure\` and commit the result)`,
    );
    ({ widths, arrows: arrowRanges } = measureAllSources(data.text));
  }

  const webFace = (fam, style, { file, range }, extra = '') =>
    [
      `/* ${file.replace(/\.woff2$/, '')} */`,
      '@font-face {',
      `  font-family: '${fam.family}';`,
      `  font-style: ${style};`,
      '  font-display: swap;',
      '  font-weight: 200 900;',
      `  src: url(/fonts/${file}) format('woff2-variations');`,
      `  unicode-range: ${range};`,
      ...(extra ? [extra] : []),
      '}',
      '',
    ].join('\n');

  let out = `/* Generated by scripts/generate-font-css.mjs: do not edit. Strategy: lib/fonts/README.md. */\n\n`;
  mkdirSync('public/fonts', { recursive: true });
  for (const fam of families) {
    for (const style of ['normal', 'italic']) {
      const faces = fontsourceFaces(fam, style);
      for (const face of faces) {
        copyFileSync(face.source, path.join('public/fonts', face.file));
        out += `${webFace(fam, style, face)}\n`;
      }
      // The arrows, cut from Adobe's full font; its vertical metrics are given the Google Fonts
      // version's, so that a line with an arrow is as high as one without.
      const arrows = path.join(ARROWS_DIR, arrowsFile(fam, style));
      if (!existsSync(arrows)) throw new Error(`fonts: ${arrows} is missing (node scripts/generate-font-css.mjs --arrows)`);
      copyFileSync(arrows, path.join('public/fonts', arrowsFile(fam, style)));
      const v = widths[fam.key][style === 'italic' ? 'italic' : '400'];
      out += `${webFace(fam, style, { file: arrowsFile(fam, style), range: arrowRanges[fam.key][style] }, `  ascent-override: ${pct(v.ascent)};\n  descent-override: ${pct(v.descent)};\n  line-gap-override: ${pct(v.lineGap)};`)}\n`;
    }
  }

  const stacks = {};
  for (const fam of families) {
    const fallbackData = data.fallbacks[fam.key];
    const names = [];
    out += `/* Fallbacks of ${fam.family}, drawn until its files are there: local fonts sized to its metrics. */\n`;
    for (const fb of fam.fallbacks) {
      const measured = fallbackData.find((f) => f.name === fb.name);
      if (!measured) throw new Error(`fonts: ${METRICS} has no measures of ${fb.name} (run --measure)`);
      const name = `${fam.family.replace(/ Variable$/, '')} Fallback ${fb.name}`;
      names.push(`'${name}'`);
      out += `/* ${name}: ${fb.measured} */\n`;
      for (const bucket of buckets) {
        const source = widths[fam.key][bucket.key];
        const fallback = measured.faces[bucket.local];
        const s = scales(source, fallback);
        const src = fb[bucket.local].local.map((n) => `local('${n}')`).join(', ');
        const face = (scale, range) =>
          `@font-face { font-family: '${name}'; src: ${src}; font-style: ${bucket.style}; font-weight: ${bucket.weight}; size-adjust: ${pct(scale, 3)}; ascent-override: ${pct(source.ascent / scale)}; descent-override: ${pct(source.descent / scale)}; line-gap-override: ${pct(source.lineGap / scale)};${range ? ` unicode-range: ${range};` : ''} }\n`;
        // The last rule whose range has a character draws it: base first, the groups after.
        out += face(s.base);
        out += face(s.greek, formatRange(GREEK));
        if (s.arrows) out += face(s.arrows, arrowRanges[fam.key][bucket.style]);
        out += face(s.digits, formatRange(DIGITS));
      }
    }
    out += '\n';
    stacks[fam.key] = [`'${fam.family}'`, ...names, ...fam.generic].join(', ');
  }
  writeFileSync('app/fonts.css', out);

  // The stacks are written by hand in app/globals.css (Tailwind's @theme): check that they name
  // the fallback families generated here, in this order.
  // (Compared as the formatter may write them: either quotes, any line breaks.)
  const globals = readFileSync('app/globals.css', 'utf8');
  const normal = (css) => css.replace(/"/g, "'").replace(/\s+/g, ' ').trim();
  for (const [key, stack] of Object.entries(stacks)) {
    const declared = new RegExp(`--font-${key}:([^;]*);`).exec(globals)?.[1];
    if (declared === undefined || normal(declared) !== normal(stack))
      throw new Error(`fonts: app/globals.css must declare\n  --font-${key}: ${stack};`);
  }
  console.log('app/fonts.css written');
}

const mode = process.argv[2];
if (mode === '--measure') measure();
else if (mode === '--arrows') await buildArrows();
else if (!mode) generate();
else {
  console.error(`unknown option ${mode}`);
  process.exit(2);
}
