/**
 * `npm run content:status`: which stories exist in which language.
 *
 *   npm run content:status                     matrix of stories × the eight languages
 *   npm run content:status -- --missing sv     the stories Swedish readers see in another language
 *   npm run content:status -- --json           the same data for machines
 *
 * Reads the content files directly (no build needed). Honours CONTENT_DIR.
 */
import { parseArgs } from 'node:util';

// Piping into `head` closes the pipe early; that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' ? process.exit(0) : undefined));
import { isLocale, locales, type Locale } from '../lib/i18n/locales';
import { checkContent, type SourceFile } from '../lib/content/check';
import { contentDir as contentDirOf } from '../lib/content/paths';

const usageText = `usage: npm run content:status [-- --missing <${locales.join('|')}>] [-- --json]`;
function fail(message: string): never {
  console.error(`content:status: ${message}\n\n${usageText}`);
  process.exit(2);
}

let values: { missing?: string; json?: boolean; help?: boolean };
try {
  values = parseArgs({ options: { missing: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }).values;
} catch (e) {
  fail((e as Error).message);
}
if (values.help) {
  console.log(usageText);
  process.exit(0);
}
if (values.missing !== undefined && !isLocale(values.missing)) fail(`--missing ${JSON.stringify(values.missing)} is not a language of the site; expected one of ${locales.join(', ')}`);

const contentDir = contentDirOf();
const { files, errors } = await checkContent(contentDir);

type Status = 'published' | 'draft';
type Row = { slug: string; date: string; title: string; versions: Partial<Record<Locale, Status>> };
const rows = new Map<string, Row>();
for (const f of files as SourceFile[]) {
  if (f.kind !== 'story' || !f.slug || !isLocale(f.locale)) continue;
  const row = rows.get(f.slug) ?? { slug: f.slug, date: '', title: '', versions: {} };
  row.versions[f.locale] = f.data.draft === true ? 'draft' : 'published';
  if (!row.date && typeof f.data.date === 'string') row.date = f.data.date;
  if (typeof f.data.title === 'string' && (f.locale === 'en' || !row.title)) row.title = f.data.title;
  rows.set(f.slug, row);
}
const sorted = [...rows.values()].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.slug.localeCompare(b.slug)));
const missing = values.missing as Locale | undefined;
const selected = missing ? sorted.filter((r) => r.versions[missing] !== 'published') : sorted;

if (values.json) {
  console.log(
    JSON.stringify(
      {
        contentDir,
        locales,
        stories: selected.map((r) => ({ slug: r.slug, date: r.date, title: r.title, versions: r.versions, missing: locales.filter((l) => r.versions[l] !== 'published') })),
        totals: Object.fromEntries(locales.map((l) => [l, sorted.filter((r) => r.versions[l] === 'published').length])),
        problems: errors.length,
      },
      null,
      2,
    ),
  );
  process.exit(0);
}

const mark = (s?: Status) => (s === 'published' ? '✓' : s === 'draft' ? 'd' : '·');
if (missing) {
  console.log(`${selected.length} of ${sorted.length} stories have no published ${missing} version (readers of ${missing} see another language):\n`);
  for (const r of selected) console.log(`  ${r.date.slice(0, 10)}  ${r.slug}${r.versions[missing] === 'draft' ? '  (draft in progress)' : ''}   has: ${locales.filter((l) => r.versions[l] === 'published').join(' ')}`);
} else {
  const width = Math.max(4, ...selected.map((r) => r.slug.length));
  console.log(`${'story'.padEnd(width)}  ${locales.join(' ')}`);
  for (const r of selected) console.log(`${r.slug.padEnd(width)}  ${locales.map((l) => `${mark(r.versions[l])} `).join('')}`);
  console.log(`${'total'.padEnd(width)}  ${locales.map((l) => String(sorted.filter((r) => r.versions[l] === 'published').length).padEnd(3)).join('')}`);
  console.log(`\n✓ published  d draft  · missing (shown in another language)   ${sorted.length} stories`);
}
if (errors.length) console.error(`\nnote: the content check finds ${errors.length} problem(s); run npm run content:check`);
