/**
 * `npm run content:new`: starts a story or a translation as a valid file.
 *
 *   npm run content:new -- --locale fr --title "Titre de l'article" [--category research] [--mdx]
 *   npm run content:new -- --translate <slug> --locale de
 *
 * A new story gets today's date and time (Brussels) and a slug made from the title (Greek and
 * accented letters transliterated to ASCII). A translation copies the best existing version, keeping
 * its date, category, image and tags, for you to translate. Both start as drafts (draft: true):
 * remove that line to publish. Existing files are never overwritten. Honours CONTENT_DIR.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

// Piping into `head` closes the pipe early; that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' ? process.exit(0) : undefined));
import slugify from '@sindresorhus/slugify';
import { Document, parseDocument } from 'yaml';
import { isLocale, locales, timeZone, type Locale } from '../lib/i18n/locales';
import { categories, isCategory } from '../lib/site';
import { listFiles, slugPattern } from '../lib/content/check';
import { contentDir as contentDirOf } from '../lib/content/paths';

const usageText = `usage:
  npm run content:new -- --locale <${locales.join('|')}> --title "<title>" [--category <${categories.join('|')}>] [--mdx]
  npm run content:new -- --translate <slug> --locale <locale>`;

function fail(message: string, code = 2): never {
  console.error(`content:new: ${message}\n\n${usageText}`);
  process.exit(code);
}

let values: { locale?: string; title?: string; category?: string; translate?: string; mdx?: boolean; help?: boolean };
try {
  values = parseArgs({
    options: {
      locale: { type: 'string' },
      title: { type: 'string' },
      category: { type: 'string' },
      translate: { type: 'string' },
      mdx: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  }).values;
} catch (e) {
  fail((e as Error).message);
}
if (values.help) {
  console.log(usageText);
  process.exit(0);
}

const contentDir = contentDirOf();
const locale = values.locale;
if (!locale) fail('--locale is required');
if (!isLocale(locale)) fail(`--locale ${JSON.stringify(locale)} is not a language of the site; expected one of ${locales.join(', ')}`);

/** Greek digraphs as ELOT 743 writes them (the letter-by-letter default would give "oy", "ay", "ey"). */
const greekDigraphs: [string, string][] = [
  ['ου', 'ou'],
  ['ού', 'ou'],
  ['Ου', 'Ou'],
  ['Ού', 'Ou'],
  ['ΟΥ', 'OU'],
  ['αυ', 'av'],
  ['αύ', 'av'],
  ['Αυ', 'Av'],
  ['Αύ', 'Av'],
  ['ΑΥ', 'AV'],
  ['ευ', 'ev'],
  ['εύ', 'ev'],
  ['Ευ', 'Ev'],
  ['Εύ', 'Ev'],
  ['ΕΥ', 'EV'],
];

/** Now, as the newsroom writes dates: Brussels wall-clock time without an offset. */
function brusselsNow(): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  })
    .format(new Date())
    .replace(' ', 'T');
}

/** Existing versions of a slug: locale → file (relative to the content folder). */
function versionsOf(slug: string): Map<Locale, string> {
  const found = new Map<Locale, string>();
  for (const file of listFiles(contentDir)) {
    const m = /^([^/]+)\/news\/([^/]+)\.(mdx?)$/.exec(file);
    if (m && m[2] === slug && isLocale(m[1])) found.set(m[1], file);
  }
  return found;
}

function write(file: string, text: string) {
  const abs = path.join(contentDir, file);
  if (existsSync(abs)) fail(`${abs} already exists; it was not changed`, 1);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, text, { flag: 'wx' });
  console.log(
    `created ${abs}\nIt is a draft (draft: true): fill it in, run \`npm run content:check\`, then remove the draft line to publish.`,
  );
}

if (values.translate !== undefined) {
  if (values.title || values.category || values.mdx) fail('--translate takes only --locale (the rest comes from the existing version)');
  const slug = values.translate;
  const versions = versionsOf(slug);
  if (!versions.size) fail(`no story with the slug ${JSON.stringify(slug)} in ${contentDir}`, 1);
  if (versions.has(locale)) fail(`${path.join(contentDir, versions.get(locale)!)} already exists; it was not changed`, 1);
  const from = (['en', ...locales] as Locale[]).find((l) => versions.has(l))!;
  const sourceFile = versions.get(from)!;
  const source = readFileSync(path.join(contentDir, sourceFile), 'utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n/g, '\n');
  const fm = /^---\n([\s\S]*?)\n---\n?/.exec(source);
  if (!fm) fail(`${sourceFile} has no frontmatter to start from`, 1);
  const doc = parseDocument(fm[1]!);
  doc.set('draft', true);
  doc.delete('featured');
  // Which state of the original this translation starts from: when the original is updated later,
  // the translation is marked as behind it (docs/editing.md, translation freshness).
  doc.set('translatedFrom', from);
  doc.set('sourceUpdated', String(doc.get('updated') ?? doc.get('date')));
  doc.delete('updated');
  const ext = sourceFile.endsWith('.mdx') ? 'mdx' : 'md';
  const body = source.slice(fm[0].length);
  write(
    `${locale}/news/${slug}.${ext}`,
    `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd()}\n---\n${body.startsWith('\n') ? '' : '\n'}${body}`,
  );
  console.log(
    `Started from ${path.join(contentDir, sourceFile)} (${from}): translate title, summary, imageAlt and the text. Date, category, image and tags are kept.`,
  );
} else {
  const title = values.title?.trim();
  if (!title) fail('--title is required (or --translate <slug>)');
  const category = values.category ?? 'general';
  if (!isCategory(category)) fail(`--category ${JSON.stringify(category)} is not known; expected one of ${categories.join(', ')}`);
  const slug = slugify(title, { decamelize: false, customReplacements: greekDigraphs });
  if (!slugPattern.test(slug))
    fail(`cannot make an address from the title ${JSON.stringify(title)}; use a title with letters or digits`, 1);
  const existing = versionsOf(slug);
  if (existing.size) {
    const [l, f] = [...existing][0]!;
    fail(
      `a story with the slug ${JSON.stringify(slug)} already exists (${path.join(contentDir, f)})${l === locale ? '' : `; to translate it: npm run content:new -- --translate ${slug} --locale ${locale}`}`,
      1,
    );
  }
  const fields = {
    title,
    date: brusselsNow(),
    category,
    summary: 'One or two sentences that tell readers what happened and why it matters.',
    tags: [] as string[],
    draft: true,
  };
  const block = new Document(fields).toString().trimEnd();
  write(`${locale}/news/${slug}.${values.mdx ? 'mdx' : 'md'}`, `---\n${block}\n---\n\nWrite the story here. Use ## for subheadings.\n`);
}
