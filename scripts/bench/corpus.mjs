#!/usr/bin/env node
// `npm run bench:corpus -- --articles N --out DIR [--format project|hugo] [--seed S] [--force]`
//
// A deterministic synthetic newsroom: N articles in eight locales with uneven translations (every
// article has an original language; each other locale has it with a probability that falls with
// the locale's size), realistic bodies (headings, paragraphs, lists, links to other stories,
// emphasis, tables, quotes) and, in about one story in ten, MDX components (<Figure>, <Video>).
// All six categories, dates spread over six years. The same seed gives the same corpus; `--format
// hugo` writes the same articles for the Hugo anchor site (components become plain Markdown).
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const usage = 'usage: npm run bench:corpus -- --articles N --out DIR [--format project|hugo] [--seed S] [--force]';
function fail(message) {
  console.error(`bench:corpus: ${message}\n${usage}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      articles: { type: 'string' },
      out: { type: 'string' },
      format: { type: 'string', default: 'project' },
      seed: { type: 'string', default: '2026' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  }).values;
} catch (e) {
  fail(e.message);
}
if (args.help) {
  console.log(usage);
  process.exit(0);
}
if (!args.articles || !/^[1-9][0-9]*$/.test(args.articles))
  fail(`--articles must be a positive integer (got ${JSON.stringify(args.articles ?? '')})`);
if (!args.out) fail('--out is required');
if (!['project', 'hugo'].includes(args.format)) fail(`--format must be project or hugo (got ${JSON.stringify(args.format)})`);
if (!/^[0-9]+$/.test(args.seed)) fail(`--seed must be a non-negative integer (got ${JSON.stringify(args.seed)})`);
if (existsSync(args.out) && readdirSync(args.out).length && !args.force)
  fail(`${args.out} already holds files; use --force to write into it anyway`);

const count = Number(args.articles);
const hugo = args.format === 'hugo';
let state = Number(args.seed) >>> 0 || 1;
/** xorshift32: small, fast, deterministic. */
const rnd = () => {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(rnd() * list.length)];
const int = (min, max) => min + Math.floor(rnd() * (max - min + 1));

const locales = ['en', 'fr', 'de', 'el', 'it', 'es', 'sv', 'ro'];
/** How likely a story exists in each locale besides its original (uneven, like a real newsroom). */
const coverage = { en: 0.8, fr: 0.55, de: 0.4, el: 0.3, it: 0.35, es: 0.4, sv: 0.25, ro: 0.3 };
const originWeights = { en: 0.45, fr: 0.15, de: 0.1, el: 0.07, it: 0.07, es: 0.07, sv: 0.04, ro: 0.05 };
const categories = ['general', 'connect', 'highlights', 'communication', 'research', 'education'];
const tagPool = [
  'mobility',
  'students',
  'research',
  'climate',
  'health',
  'open-labs',
  'teaching',
  'africa',
  'digital',
  'culture',
  'cities',
  'alliances',
  'policy',
  'careers',
  'arts',
  'sustainability',
];
const images = [
  'civis-bips-impact-report',
  'for-eu4all-community-of-practice',
  'open-lab-art-meaning-of-home',
  'schoningen-horses-ancient-genomes',
  'make-some-waves-podcast-series',
  'stockholm-climate-summer-school',
];

const words = {
  en: 'alliance university students research mobility europe campus civic open laboratory programme partners innovation society learning city climate health teaching community exchange summer school network digital heritage'.split(
    ' ',
  ),
  fr: 'alliance université étudiants recherche mobilité europe campus civique laboratoire ouvert programme partenaires innovation société apprentissage ville climat santé enseignement communauté échange été école réseau numérique patrimoine'.split(
    ' ',
  ),
  de: 'Allianz Universität Studierende Forschung Mobilität Europa Campus bürgerschaftlich offenes Labor Programm Partner Innovation Gesellschaft Lernen Stadt Klima Gesundheit Lehre Gemeinschaft Austausch Sommerschule Netzwerk digital Erbe'.split(
    ' ',
  ),
  el: 'συμμαχία πανεπιστήμιο φοιτητές έρευνα κινητικότητα Ευρώπη πανεπιστημιούπολη ανοιχτό εργαστήριο πρόγραμμα εταίροι καινοτομία κοινωνία μάθηση πόλη κλίμα υγεία διδασκαλία κοινότητα ανταλλαγή καλοκαίρι σχολείο δίκτυο ψηφιακό κληρονομιά'.split(
    ' ',
  ),
  it: 'alleanza università studenti ricerca mobilità europa campus civico laboratorio aperto programma partner innovazione società apprendimento città clima salute insegnamento comunità scambio estate scuola rete digitale patrimonio'.split(
    ' ',
  ),
  es: 'alianza universidad estudiantes investigación movilidad europa campus cívico laboratorio abierto programa socios innovación sociedad aprendizaje ciudad clima salud enseñanza comunidad intercambio verano escuela red digital patrimonio'.split(
    ' ',
  ),
  sv: 'allians universitet studenter forskning rörlighet Europa campus medborgerlig öppet labb program partner innovation samhälle lärande stad klimat hälsa undervisning gemenskap utbyte sommar skola nätverk digital kulturarv'.split(
    ' ',
  ),
  ro: 'alianță universitate studenți cercetare mobilitate Europa campus civic laborator deschis program parteneri inovare societate învățare oraș climă sănătate predare comunitate schimb vară școală rețea digital patrimoniu'.split(
    ' ',
  ),
};

const sentence = (l, n) => {
  const w = Array.from({ length: n }, () => pick(words[l]));
  w[0] = w[0][0].toUpperCase() + w[0].slice(1);
  return `${w.join(' ')}.`;
};
const emphasise = (_l, text) => text.replace(/ (\S+) (\S+) /, ` **$1** _$2_ `);
const paragraph = (l) => emphasise(l, Array.from({ length: int(3, 6) }, () => sentence(l, int(8, 18))).join(' '));

function weightedOrigin() {
  let r = rnd();
  for (const [l, w] of Object.entries(originWeights)) {
    if ((r -= w) <= 0) return l;
  }
  return 'en';
}

function body(l, i, _slug, mdx) {
  const blocks = [paragraph(l), paragraph(l), `## ${sentence(l, 4).slice(0, -1)}`, paragraph(l)];
  blocks.push(Array.from({ length: int(3, 5) }, () => `- ${sentence(l, int(4, 9))}`).join('\n'));
  if (i > 0)
    blocks.push(`${sentence(l, 6)} [${sentence(l, 3).slice(0, -1)}](/${l}/news/bench-story-${String(int(0, i - 1)).padStart(5, '0')}).`);
  blocks.push(`## ${sentence(l, 3).slice(0, -1)}`, paragraph(l));
  if (rnd() < 0.25) blocks.push(`> ${sentence(l, 12)}`);
  if (rnd() < 0.15)
    blocks.push(
      `| ${pick(words[l])} | ${pick(words[l])} |\n|---|---|\n| ${int(1, 99)} | ${int(1, 99)} |\n| ${int(1, 99)} | ${int(1, 99)} |`,
    );
  if (mdx && !hugo) {
    blocks.splice(
      3,
      0,
      `<Figure src="/images/news/${pick(images)}.jpg" alt="${sentence(l, 5).slice(0, -1)}" caption="${sentence(l, 6).slice(0, -1)}" credit="CIVIS Newsroom" />`,
    );
    if (rnd() < 0.3) blocks.push(`<Video provider="youtube" id="aqz-KE-bpKQ" title="${sentence(l, 4).slice(0, -1)}" />`);
  }
  blocks.push(paragraph(l));
  return blocks.join('\n\n');
}

const q = (s) => JSON.stringify(s);
let files = 0;
const start = Date.UTC(2020, 0, 1);
for (let i = 0; i < count; i++) {
  const slug = `bench-story-${String(i).padStart(5, '0')}`;
  const origin = weightedOrigin();
  // dates spread over six years, roughly in slug order (newer stories have higher numbers)
  const date = new Date(start + Math.floor(((i + rnd()) / count) * 6 * 365 * 86400000));
  const category = pick(categories);
  const tags = [...new Set([pick(tagPool), pick(tagPool), pick(tagPool)])].slice(0, int(1, 3));
  const mdx = i % 10 === 3;
  const image = rnd() < 0.8 ? pick(images) : null;
  const versions = locales.filter((l) => l === origin || rnd() < coverage[l]);
  for (const l of versions) {
    const title = `${sentence(l, int(5, 9)).slice(0, -1)} ${i}`;
    const summary = sentence(l, int(14, 24));
    const iso = date.toISOString().slice(0, 19);
    const fm = hugo
      ? [
          `title: ${q(title)}`,
          `date: ${date.toISOString()}`,
          `categories: [${category}]`,
          `tags: ${q(tags)}`,
          `summary: ${q(summary)}`,
          `translationKey: ${slug}`,
          `slug: ${slug}`,
        ]
      : [
          `title: ${q(title)}`,
          `date: ${iso}`,
          `category: ${category}`,
          `summary: ${q(summary)}`,
          ...(image
            ? [`image: /images/news/${image}.jpg`, `imageAlt: ${q(sentence(l, 6).slice(0, -1))}`, 'imageCredit: CIVIS Newsroom']
            : []),
          `tags: [${tags.join(', ')}]`,
          ...(i % 97 === 5 ? ['featured: true'] : []),
        ];
    const dir = path.join(args.out, l, 'news');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${slug}.${mdx && !hugo ? 'mdx' : 'md'}`), `---\n${fm.join('\n')}\n---\n\n${body(l, i, slug, mdx)}\n`);
    files++;
  }
}
console.log(`${files} files for ${count} articles in ${args.out} (${args.format}, seed ${args.seed})`);
