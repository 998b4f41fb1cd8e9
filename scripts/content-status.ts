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
import { isLocale, locales, timeZone, type Locale } from '../lib/i18n/locales';
import { toUtcIso } from '../lib/content/dates';
import { isValidIsoDate } from '../lib/content/schema';
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
if (values.missing !== undefined && !isLocale(values.missing))
  fail(`--missing ${JSON.stringify(values.missing)} is not a language of the site; expected one of ${locales.join(', ')}`);

const contentDir = contentDirOf();
const { files, errors } = await checkContent(contentDir);

/** published; stale: published, but translated from an older state of its original; draft; scheduled: public from its date. */
type Status = 'published' | 'stale' | 'draft' | 'scheduled';
type Stale = { locale: Locale; original: Locale; originalUpdated: string; translatedFrom: string };
type Row = { slug: string; date: string; title: string; versions: Partial<Record<Locale, Status>>; scheduledFor?: string; stale: Stale[] };
const isPublic = (s?: Status) => s === 'published' || s === 'stale';
const instant = (v: unknown) => (typeof v === 'string' && isValidIsoDate(v.trim()) ? Date.parse(toUtcIso(v)) : undefined);
const now = Date.now();
const rows = new Map<string, Row>();
const stories = (files as SourceFile[]).filter((f) => f.kind === 'story' && f.slug && isLocale(f.locale) && f.readable);
const bySlugLocale = new Map(stories.map((f) => [`${f.slug}/${f.locale}`, f]));
for (const f of stories) {
  const locale = f.locale as Locale;
  const row = rows.get(f.slug!) ?? { slug: f.slug!, date: '', title: '', versions: {}, stale: [] };
  const at = instant(f.data.date);
  let status: Status = f.data.draft === true ? 'draft' : at !== undefined && at > now ? 'scheduled' : 'published';
  const source = typeof f.data.translatedFrom === 'string' ? bySlugLocale.get(`${f.slug}/${f.data.translatedFrom}`) : undefined;
  const changed = source ? (instant(source.data.updated) ?? instant(source.data.date)) : undefined;
  const translatedAt = instant(f.data.sourceUpdated);
  if (status === 'published' && source && changed !== undefined && translatedAt !== undefined && changed > translatedAt) {
    status = 'stale';
    row.stale.push({
      locale,
      original: source.locale as Locale,
      originalUpdated: String(source.data.updated ?? source.data.date),
      translatedFrom: String(f.data.sourceUpdated),
    });
  }
  if (status === 'scheduled' && at !== undefined) row.scheduledFor = new Date(at).toISOString();
  row.versions[locale] = status;
  if (!row.date && typeof f.data.date === 'string') row.date = f.data.date;
  if (typeof f.data.title === 'string' && (f.locale === 'en' || !row.title)) row.title = f.data.title;
  rows.set(f.slug!, row);
}
const sorted = [...rows.values()].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.slug.localeCompare(b.slug)));
const missing = values.missing as Locale | undefined;
const selected = missing ? sorted.filter((r) => !isPublic(r.versions[missing])) : sorted;

if (values.json) {
  console.log(
    JSON.stringify(
      {
        contentDir,
        locales,
        stories: selected.map((r) => ({
          slug: r.slug,
          date: r.date,
          title: r.title,
          versions: r.versions,
          missing: locales.filter((l) => !isPublic(r.versions[l])),
          ...(r.scheduledFor ? { scheduledFor: r.scheduledFor } : {}),
          ...(r.stale.length ? { stale: r.stale } : {}),
        })),
        totals: Object.fromEntries(locales.map((l) => [l, sorted.filter((r) => isPublic(r.versions[l])).length])),
        problems: errors.filter((e) => e.severity !== 'warning').length,
        warnings: errors.filter((e) => e.severity === 'warning').length,
      },
      null,
      2,
    ),
  );
  process.exit(0);
}

const mark = (s?: Status) => (s === 'published' ? '✓' : s === 'stale' ? '!' : s === 'draft' ? 'd' : s === 'scheduled' ? 's' : '·');
const when = (iso: string) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
if (missing) {
  console.log(
    `${selected.length} of ${sorted.length} stories have no published ${missing} version (readers of ${missing} see another language):\n`,
  );
  for (const r of selected)
    console.log(
      `  ${r.date.slice(0, 10)}  ${r.slug}${r.versions[missing] === 'draft' ? '  (draft in progress)' : r.versions[missing] === 'scheduled' ? `  (scheduled for ${when(r.scheduledFor!)})` : ''}   has: ${locales.filter((l) => isPublic(r.versions[l])).join(' ')}`,
    );
} else {
  const width = Math.max(4, ...selected.map((r) => r.slug.length));
  console.log(`${'story'.padEnd(width)}  ${locales.join(' ')}`);
  for (const r of selected) {
    const notes = [
      r.scheduledFor ? `scheduled for ${when(r.scheduledFor)} (Brussels)` : '',
      ...r.stale.map((x) => `${x.locale} behind ${x.original} (updated ${x.originalUpdated}, translated from ${x.translatedFrom})`),
    ].filter(Boolean);
    console.log(
      `${r.slug.padEnd(width)}  ${locales.map((l) => `${mark(r.versions[l])} `).join('')}${notes.length ? ` ${notes.join('; ')}` : ''}`,
    );
  }
  console.log(
    `${'total'.padEnd(width)}  ${locales.map((l) => String(sorted.filter((r) => isPublic(r.versions[l])).length).padEnd(3)).join('')}`,
  );
  console.log(
    `\n✓ published  ! published, translation behind its original  d draft  s scheduled  · missing (shown in another language)   ${sorted.length} stories`,
  );
}
const problems = errors.filter((e) => e.severity !== 'warning').length;
if (problems) console.error(`\nnote: the content check finds ${problems} problem(s); run npm run content:check`);
