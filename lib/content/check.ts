/**
 * The content check: reads every file under the content folder as an editor wrote it and reports
 * every problem at once, each naming the file, the line where possible, the field, the bad value and
 * what was expected. The content step runs it beside Contentlayer (scripts/content.mjs), the preview
 * after every save, and `npm run content:check` alone, in seconds. Nothing is skipped silently: a
 * file the site cannot use is an error. Warnings (a heavy image, a long title, a translation behind
 * its original) are reported and publish.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { distance as levenshtein } from 'fastest-levenshtein';
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type YAMLMap, type Scalar } from 'yaml';
import { isLocale, locales, type Locale } from '../i18n/locales';
import { toUtcIso } from './dates';
import { localImageDimensions, publicFilePath } from './images';
import { checkMarkdownBody, checkMdxBody, type BodyContext, type BodyProblem } from './check-body';
import { isValidIsoDate, pageFields, storyFields, type FieldSpec } from './schema';
import { quote, type ContentError } from './errors';

export type { ContentError };

/** A slug: lowercase ASCII letters and digits, single hyphens between them. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One content file as read from disk, with what the checks need. */
export type SourceFile = {
  /** Path relative to the content folder, with forward slashes. */
  file: string;
  locale?: string;
  kind?: 'story' | 'page';
  slug?: string;
  ext?: string;
  data: Record<string, unknown>;
  /** 1-based line of each frontmatter key. */
  lines: Record<string, number>;
  body: string;
  /** Line where the body starts. */
  bodyLine: number;
  /** False when the frontmatter could not be read (its errors are reported; fields are not checked). */
  readable: boolean;
};

export type CheckOptions = {
  publicDir?: string;
  /** Parse MDX bodies (syntax, components and their props); on unless false. */
  compileMdx?: boolean;
};

export type CheckResult = { errors: ContentError[]; files: SourceFile[] };

const contentExtensions = new Set(['md', 'mdx']);

/** Every file under `dir`, relative to it with forward slashes, sorted (system clutter aside). */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (abs: string, rel: string) => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      if (entry.name === '.DS_Store' || entry.name === 'Thumbs.db') continue;
      const r = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(abs, entry.name), r);
      else out.push(r);
    }
  };
  walk(dir, '');
  return out.sort();
}

/** Reads and parses one file; problems found on the way go to `errors`. Returns null when unusable. */
export function readSource(contentDir: string, file: string, errors: ContentError[]): SourceFile | null {
  const push = (field: string, message: string, line?: number, value?: string) => errors.push({ file, field, message, line, value });
  const parts = file.split('/');
  const name = parts.at(-1)!;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1) : '';
  if (!contentExtensions.has(ext)) {
    push(
      'file',
      `${quote(name)} is not a Markdown or MDX file; expected <slug>.md or <slug>.mdx (move other files out of the content folder, images go under public/images/)`,
    );
    return null;
  }
  if (parts.length !== 3 || (parts[1] !== 'news' && parts[1] !== 'pages')) {
    push('path', `is not in a content folder; expected <locale>/news/<slug>.${ext} or <locale>/pages/<slug>.${ext}`);
    return null;
  }
  const [locale, folder] = parts as [string, string, string];
  const slug = name.slice(0, dot);

  const bytes = readFileSync(path.join(contentDir, file));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    push('file', 'is not valid UTF-8 text; expected the file saved as UTF-8');
    return null;
  }
  if (text.charCodeAt(0) === 0xfeff) {
    push(
      'file',
      'starts with a byte-order mark (BOM); expected UTF-8 without BOM (run `npm run content:check -- --fix`, or save as "UTF-8" rather than "UTF-8 with BOM")',
      1,
    );
    text = text.slice(1);
  }
  if (text.includes('\r\n')) {
    push(
      'file',
      'has Windows line endings (CRLF); expected Unix line endings (LF) (run `npm run content:check -- --fix`, or set your editor to LF)',
      1,
    );
    text = text.replace(/\r\n/g, '\n');
  }

  const source: SourceFile = {
    file,
    locale,
    kind: folder === 'news' ? 'story' : 'page',
    slug,
    ext,
    data: {},
    lines: {},
    body: '',
    bodyLine: 1,
    readable: false,
  };
  if (!isLocale(locale))
    push('locale', `folder ${quote(locale)} is not a language of the site; expected one of ${locales.join(', ')}`, undefined, locale);
  if (!slugPattern.test(slug)) {
    push(
      'slug',
      `file name ${quote(slug)} is not a valid slug; expected lowercase ASCII letters, digits and single hyphens (e.g. summer-school-2026)`,
      undefined,
      slug,
    );
  }

  const fm = /^---[ \t]*\n([\s\S]*?)\n?---[ \t]*(?:\n|$)/.exec(text);
  if (!fm) {
    push('frontmatter', 'is missing; expected the file to start with a line "---", the fields (title, date, …), and another "---"', 1);
    return source;
  }
  source.body = text.slice(fm[0].length);
  source.bodyLine = fm[0].split('\n').length;
  const lineCounter = new LineCounter();
  const doc = parseDocument(fm[1]!, { lineCounter, uniqueKeys: true });
  if (doc.errors.length) {
    for (const e of doc.errors) {
      const line = e.linePos?.[0]?.line;
      push(
        'frontmatter',
        `is not valid YAML (${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}); expected "field: value" lines, with text containing ":" or quotes in double quotes`,
        line ? line + 1 : undefined,
      );
    }
    return source;
  }
  if (doc.contents && !isMap(doc.contents)) {
    push('frontmatter', 'is not a list of "field: value" lines; expected e.g. title: "…" on its own line', 2);
    return source;
  }
  source.readable = true;
  for (const item of (doc.contents as YAMLMap | null)?.items ?? []) {
    const key = isScalar(item.key) ? String((item.key as Scalar).value) : String(item.key);
    const range = (item.key as Scalar | null)?.range;
    source.lines[key] = range ? lineCounter.linePos(range[0]).line + 1 : 1;
    const value = item.value;
    source.data[key] = isSeq(value)
      ? value.items.map((v) => (isScalar(v) ? v.value : v))
      : isScalar(value)
        ? (value as Scalar).value
        : value === null
          ? null
          : (value as { toJSON(): unknown }).toJSON();
  }
  return source;
}

function checkField(name: string, spec: FieldSpec, value: unknown): string | null {
  const shown = () => (typeof value === 'string' ? quote(value) : JSON.stringify(value));
  switch (spec.type) {
    case 'string':
      if (typeof value !== 'string') return `${shown()} is not text; expected ${spec.expected}`;
      if (!value.trim()) return `is empty; expected ${spec.expected}`;
      return null;
    case 'date':
      if (typeof value !== 'string' || !isValidIsoDate(value.trim())) return `${shown()} is not a valid date; expected ${spec.expected}`;
      return null;
    case 'enum':
      if (typeof value !== 'string' || !spec.options!.includes(value))
        return `${shown()} is not a known ${name}; expected ${spec.expected}`;
      return null;
    case 'boolean':
      if (typeof value !== 'boolean') return `${shown()} is not true or false; expected ${spec.expected}`;
      return null;
    case 'list':
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !v.trim()))
        return `${shown()} is not a list of words; expected ${spec.expected}`;
      return null;
  }
}

/** Parses an MDX body (as Contentlayer's MDX compiler will) to find syntax errors; nothing is kept. */
/** Placeholder text `npm run content:new` writes, which must be replaced before publishing. */
export const placeholders = {
  summary: 'One or two sentences that tell readers what happened and why it matters.',
  body: 'Write the story here. Use ## for subheadings.',
};

/** Titles longer than this are published with a warning: they wrap into many lines on a phone and search engines cut them. */
export const longTitle = 110;

const instant = (value: unknown) => (typeof value === 'string' && isValidIsoDate(value.trim()) ? Date.parse(toUtcIso(value)) : undefined);

/** Checks a whole content folder. */
export async function checkContent(contentDir: string, options: CheckOptions = {}): Promise<CheckResult> {
  const publicDir = options.publicDir ?? path.join(process.cwd(), 'public');
  const errors: ContentError[] = [];
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    return {
      errors: [
        {
          file: '.',
          field: 'CONTENT_DIR',
          message: `${quote(contentDir)} is not a folder; expected the content folder (default: content)`,
        },
      ],
      files: [],
    };
  }
  const files: SourceFile[] = [];
  for (const file of listFiles(contentDir)) {
    const source = readSource(contentDir, file, errors);
    if (source) files.push(source);
  }

  const storySlugs = new Set(files.filter((f) => f.kind === 'story' && f.slug).map((f) => f.slug!));
  const sizes = new Map<string, number>();
  const imageBytes = (src: string) => {
    if (!sizes.has(src)) sizes.set(src, statSync(publicFilePath(src, publicDir), { throwIfNoEntry: false })?.size ?? 0);
    return sizes.get(src)!;
  };
  for (const f of files) {
    const push = (field: string, message: string, line?: number, value?: string, severity?: 'warning') =>
      errors.push({ file: f.file, field, message, line: line ?? f.lines[field], value, ...(severity ? { severity } : {}) });
    const spec: Record<string, FieldSpec> = f.kind === 'story' ? storyFields : pageFields;
    if (!f.readable) continue;

    for (const key of Object.keys(f.data)) {
      if (!(key in spec)) {
        const close = Object.keys(spec).find((k) => k.toLowerCase() === key.toLowerCase() || levenshtein(k, key) <= 2);
        push(
          key,
          `is not a field of ${f.kind === 'story' ? 'a story' : 'a page'}${close ? ` (did you mean ${quote(close)}?)` : ''}; expected only ${Object.keys(spec).join(', ')}`,
        );
      }
    }
    for (const [name, s] of Object.entries(spec)) {
      const value = f.data[name];
      if (value === undefined || value === null) {
        if (s.required) push(name, `is missing; expected ${s.expected}`, 1);
        continue;
      }
      const problem = checkField(name, s, value);
      if (problem) push(name, problem, undefined, String(value));
    }
    const ctx: BodyContext = {
      storySlugs,
      slug: f.slug ?? '',
      imageExists: (src) => localImageDimensions(src, publicDir) !== null,
      imageBytes,
    };
    if (typeof f.data.image === 'string' && f.data.image.trim()) {
      const src = f.data.image.trim();
      if (!src.startsWith('/') || src.startsWith('//')) {
        push(
          'image',
          `${quote(src)} is not a path on this site; expected a path under public/ starting with /, e.g. /images/news/${f.slug}.jpg`,
          undefined,
          src,
        );
      } else if (!ctx.imageExists(src)) {
        push('image', `${quote(src)} does not exist or is not an image; expected an image file at public${src}`, undefined, src);
      } else if (!src.startsWith('/images/')) {
        push(
          'image',
          `${quote(src)} is not under /images/; expected a path like /images/news/${f.slug}.jpg (the site serves images from public/images/ only)`,
          undefined,
          src,
        );
      } else if (imageBytes(src) > 5 * 1024 * 1024) {
        push(
          'image',
          `${quote(src)} weighs ${(imageBytes(src) / 2 ** 20).toFixed(1)} MB; expected under 5 MB (resize it to 2000 px wide or less)`,
          undefined,
          src,
          'warning',
        );
      }
      if (typeof f.data.imageAlt !== 'string' || !f.data.imageAlt.trim()) {
        push(
          'imageAlt',
          `is missing; expected a description of the image in the version's language (required with image)`,
          f.lines.imageAlt ?? f.lines.image,
        );
      }
    }
    if (typeof f.data.title === 'string' && f.data.title.trim().length > longTitle) {
      push(
        'title',
        `has ${f.data.title.trim().length} characters; expected at most ${longTitle} (search engines and share previews cut longer titles)`,
        undefined,
        f.data.title,
        'warning',
      );
    }
    const published = instant(f.data.date);
    const updated = instant(f.data.updated);
    if (published !== undefined && updated !== undefined && updated < published) {
      push(
        'updated',
        `${quote(String(f.data.updated))} is before the publication date ${quote(String(f.data.date))}; expected the date of a change made after publication (or no updated field)`,
        undefined,
        String(f.data.updated),
      );
    }
    // A draft may still hold what content:new wrote (the preview shows it); a published version may not.
    const placeholder = f.data.draft === true ? 'warning' : undefined;
    if (f.data.summary === placeholders.summary)
      push(
        'summary',
        'is still the placeholder content:new wrote; expected one or two sentences of your own',
        undefined,
        undefined,
        placeholder,
      );
    if (f.body.includes(placeholders.body))
      push(
        'body',
        'still contains the placeholder content:new wrote ("Write the story here…"); expected the text of the story',
        f.bodyLine + f.body.split('\n').findIndex((l) => l.includes(placeholders.body)),
        undefined,
        placeholder,
      );
    const hasFrom = f.data.translatedFrom !== undefined;
    const hasSource = f.data.sourceUpdated !== undefined;
    if (hasFrom !== hasSource) {
      push(
        hasFrom ? 'sourceUpdated' : 'translatedFrom',
        `is missing; expected translatedFrom and sourceUpdated together (${hasFrom ? storyFields.sourceUpdated.expected : storyFields.translatedFrom.expected})`,
        f.lines.translatedFrom ?? f.lines.sourceUpdated,
      );
    } else if (hasFrom && f.data.translatedFrom === f.locale) {
      push(
        'translatedFrom',
        `${quote(String(f.data.translatedFrom))} is this version's own language; expected the language of the original it was translated from`,
        undefined,
        String(f.data.translatedFrom),
      );
    }

    if (!f.body.trim()) {
      push('body', 'is empty; expected the text of the story after the frontmatter', f.bodyLine);
      continue;
    }
    const bodyProblems: BodyProblem[] =
      f.ext === 'mdx' ? (options.compileMdx === false ? [] : await checkMdxBody(f.body, ctx)) : checkMarkdownBody(f.body, ctx);
    for (const p of bodyProblems) push(p.field, p.message, p.line !== undefined ? f.bodyLine + p.line - 1 : undefined, p.value, p.severity);
  }

  checkVersions(files, errors);
  errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  return { errors, files };
}

/**
 * Rules across the versions of one story or page: one file per language (not both .md and .mdx),
 * the same date and category (compared as instants; a version that disagrees is reported against
 * the original, or against what most versions say), translations that name an existing original,
 * and translations made from an older state of their original (a warning).
 */
function checkVersions(files: SourceFile[], errors: ContentError[]) {
  const groups = new Map<string, SourceFile[]>();
  for (const f of files)
    if (f.slug && isLocale(f.locale) && f.readable) groups.set(`${f.kind}/${f.slug}`, [...(groups.get(`${f.kind}/${f.slug}`) ?? []), f]);
  for (const versions of groups.values()) {
    versions.sort((a, b) => locales.indexOf(a.locale as Locale) - locales.indexOf(b.locale as Locale) || (a.ext === 'mdx' ? 1 : -1));
    const byLocale = new Map<string, SourceFile>();
    for (const f of versions) {
      const other = byLocale.get(f.locale!);
      if (other) {
        errors.push({
          file: f.file,
          field: 'file',
          message: `is a second version of ${other.file} in the same language; expected one file per language (keep ${f.ext === 'mdx' ? `${f.slug}.mdx if it uses components` : `one of them`}, delete the other)`,
        });
        continue;
      }
      byLocale.set(f.locale!, f);
    }
    const unique = [...byLocale.values()];
    // The original: the one version that is not a translation, when the others say they are.
    const originals = unique.filter((f) => f.data.translatedFrom === undefined);
    const original = originals.length === 1 && unique.length > 1 ? originals[0] : undefined;
    if (versions[0]!.kind === 'story') {
      for (const field of ['date', 'category'] as const) {
        const key = (f: SourceFile) => (field === 'date' ? instant(f.data.date) : f.data.category);
        const present = unique.filter((f) => key(f) !== undefined);
        if (present.length < 2) continue;
        const counts = new Map<unknown, number>();
        for (const f of present) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
        const top = Math.max(...counts.values());
        const majority = [...counts].filter(([, n]) => n === top).map(([v]) => v);
        const ref =
          original && key(original) !== undefined
            ? original
            : (present.find((f) => majority.length === 1 && key(f) === majority[0]) ?? present[0]!);
        for (const f of present) {
          if (f === ref || key(f) === key(ref)) continue;
          errors.push({
            file: f.file,
            line: f.lines[field],
            field,
            value: String(f.data[field]),
            message: `${quote(String(f.data[field]))} differs from ${ref.file} (${quote(String(ref.data[field]))}); expected every version of a story to have the same ${field}`,
          });
        }
      }
    }
    for (const f of unique) {
      const from = f.data.translatedFrom;
      if (typeof from !== 'string' || from === f.locale) continue;
      const source = byLocale.get(from);
      if (!source) {
        errors.push({
          file: f.file,
          line: f.lines.translatedFrom,
          field: 'translatedFrom',
          value: from,
          message: `names ${quote(from)}, but there is no ${from} version of this ${f.kind}; expected the language of an existing version (${
            unique
              .filter((v) => v !== f)
              .map((v) => v.locale)
              .join(', ') || 'none'
          })`,
        });
        continue;
      }
      const translatedAt = instant(f.data.sourceUpdated);
      const changed = instant(source.data.updated) ?? instant(source.data.date);
      if (translatedAt !== undefined && changed !== undefined && changed > translatedAt) {
        errors.push({
          file: f.file,
          line: f.lines.sourceUpdated,
          field: 'sourceUpdated',
          severity: 'warning',
          value: String(f.data.sourceUpdated),
          message: `this translation is older than its original: ${source.file} was updated on ${String(source.data.updated ?? source.data.date)}, after ${String(f.data.sourceUpdated)}; expected the translation brought up to date, then sourceUpdated set to ${String(source.data.updated ?? source.data.date)} (readers see a notice until then)`,
        });
      }
    }
  }
}
