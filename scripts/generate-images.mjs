#!/usr/bin/env node
// Draws the newsroom's illustrations: for every image a content file references under
// /images/ (cover `image:`, `<Figure src>` and Markdown `![alt](src)`), an abstract composition of circles and arcs in
// the colour family of the story's category, rendered from SVG to JPEG with sharp. Deterministic:
// the same slug always gives the same picture. No photos, no third-party artwork.
//
// usage: node scripts/generate-images.mjs [--content DIR] [--force]
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { parse as parseYaml } from 'yaml';

const args = process.argv.slice(2);
const contentDir = args.includes('--content') ? args[args.indexOf('--content') + 1] : 'content';
const force = args.includes('--force');

export const palettes = {
  general: ['#2e2a7a', '#4338a8', '#7c6fe0', '#c9c3ff', '#f1efff'],
  connect: ['#8a2a12', '#d4502a', '#f08a5d', '#ffc9b0', '#fff1ea'],
  highlights: ['#7a4a00', '#c98400', '#f2b632', '#ffe08a', '#fff8e1'],
  communication: ['#06484a', '#0f8b8d', '#47b8b4', '#a8e3df', '#ecfbf9'],
  research: ['#0f2f66', '#1f5fbf', '#4f8fe6', '#a9c9f5', '#eef5ff'],
  education: ['#124a2b', '#2e8b57', '#5fbf84', '#b6e6c8', '#effaf3'],
};

function rng(seedText) {
  let h = 2166136261;
  for (const ch of seedText) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h ^= h >>> 16) >>> 0) / 4294967296;
  };
}

export function coverSvg(seed, category, width = 1600, height = 1066) {
  const p = palettes[category] ?? palettes.general;
  const r = rng(seed);
  const shapes = [];
  const n = 5 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    const cx = Math.round(r() * width);
    const cy = Math.round(r() * height);
    const rad = Math.round(height * (0.12 + r() * 0.38));
    const color = p[Math.floor(r() * 4)];
    const opacity = (0.35 + r() * 0.5).toFixed(2);
    if (r() < 0.35) {
      shapes.push(
        `<circle cx="${cx}" cy="${cy}" r="${rad}" fill="none" stroke="${color}" stroke-width="${Math.round(8 + r() * 28)}" opacity="${opacity}"/>`,
      );
    } else {
      shapes.push(`<circle cx="${cx}" cy="${cy}" r="${rad}" fill="${color}" opacity="${opacity}"/>`);
    }
  }
  for (let i = 0; i < 3; i++) {
    const x = Math.round(r() * width);
    const y = Math.round(r() * height);
    const rad = Math.round(height * (0.3 + r() * 0.4));
    shapes.push(
      `<path d="M ${x - rad} ${y} A ${rad} ${rad} 0 0 1 ${x + rad} ${y}" fill="none" stroke="${p[4]}" stroke-width="6" stroke-linecap="round" opacity="0.7"/>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${p[4]}"/><stop offset="1" stop-color="${p[3]}"/></linearGradient></defs>
<rect width="100%" height="100%" fill="url(#g)"/>${shapes.join('')}</svg>`;
}

export function figureSvg(seed, category, width = 1400, height = 900) {
  const p = palettes[category] ?? palettes.general;
  const r = rng(seed);
  const cols = 9;
  const rows = 6;
  const pts = [];
  for (let y = 0; y < rows; y++)
    for (let x = 0; x < cols; x++)
      pts.push([((x + 0.5 + (r() - 0.5) * 0.5) * width) / cols, ((y + 0.5 + (r() - 0.5) * 0.5) * height) / rows]);
  const lines = [];
  pts.forEach(([x, y], i) => {
    const j = i + 1 + Math.floor(r() * cols);
    if (j < pts.length && r() < 0.8)
      lines.push(
        `<line x1="${x.toFixed(0)}" y1="${y.toFixed(0)}" x2="${pts[j][0].toFixed(0)}" y2="${pts[j][1].toFixed(0)}" stroke="${p[2]}" stroke-width="4" opacity="0.6"/>`,
      );
  });
  const dots = pts.map(
    ([x, y]) => `<circle cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" r="${(10 + r() * 18).toFixed(0)}" fill="${p[Math.floor(r() * 2)]}"/>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="100%" height="100%" fill="${p[4]}"/>${lines.join('')}${dots.join('')}</svg>`;
}

function frontmatter(text) {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text.replace(/^\uFEFF/, ''));
  try {
    return m ? (parseYaml(m[1]) ?? {}) : {};
  } catch {
    return {};
  }
}

async function main() {
  const wanted = new Map(); // src -> { kind, seed, category }
  for (const locale of existsSync(contentDir) ? readdirSync(contentDir) : []) {
    for (const kind of ['news', 'pages']) {
      const dir = path.join(contentDir, locale, kind);
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir)) {
        if (!/\.mdx?$/.test(f)) continue;
        const text = readFileSync(path.join(dir, f), 'utf8');
        const fm = frontmatter(text);
        const category = fm.category ?? 'general';
        if (typeof fm.image === 'string' && fm.image.startsWith('/images/'))
          wanted.set(fm.image, { kind: 'cover', seed: fm.image, category });
        for (const m of text.matchAll(/<Figure[^>]*\ssrc="([^"]+)"/g)) wanted.set(m[1], { kind: 'figure', seed: m[1], category });
        for (const m of text.matchAll(/!\[[^\]]*\]\((\/images\/[^)\s]+)/g)) wanted.set(m[1], { kind: 'figure', seed: m[1], category });
      }
    }
  }
  let made = 0;
  for (const [src, spec] of wanted) {
    const out = path.join('public', src);
    if (existsSync(out) && !force) continue;
    mkdirSync(path.dirname(out), { recursive: true });
    const svg = spec.kind === 'cover' ? coverSvg(spec.seed, spec.category) : figureSvg(spec.seed, spec.category);
    await sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toFile(out);
    made++;
  }
  console.log(`${made} image(s) drawn, ${wanted.size - made} already present (${wanted.size} referenced)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
