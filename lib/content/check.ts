/**
 * The content check: reads every file under the content folder as an editor wrote it and reports
 * every problem at once, each naming the file, the line where possible, the field, the bad value and
 * what was expected. The build runs it (Contentlayer's onSuccess) and `npm run content:check` runs
 * it alone, in seconds, without Next. Nothing is skipped silently: a file the site cannot use is an
 * error, never ignored.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { distance as levenshtein } from 'fastest-levenshtein';
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type YAMLMap, type Scalar } from 'yaml';
import { isLocale, locales } from '../i18n/locales';
import { localImageDimensions } from './images';
import { mdxComponentNames } from './mdx-names';
import { isValidIsoDate, pageFields, storyFields, type FieldSpec } from './schema';
import { quote, type ContentError } from './errors';

export type { ContentError };

/** A slug: lowercase ASCII letters and digits, single hyphens between them. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Body text with fenced and inline code removed, so examples in code are not taken for links or tags. */
function withoutCode(markdown: string): string {
  return markdown.replace(/(^|\n)(```|~~~)[\s\S]*?(\n\2|$)/g, '\n').replace(/`[^`\n]*`/g, '``');
}

/** Internal story links in a body: `/<locale>/news/<slug>` as Markdown link targets or href values. */
export function internalNewsLinks(markdown: string): { locale: string; slug: string; raw: string }[] {
  const out: { locale: string; slug: string; raw: string }[] = [];
  const re = /(?:\]\(|href=["'{]?["']?)(\/([A-Za-z-]{2,5})\/news\/([^\s)"'#?/]+))/g;
  for (const m of withoutCode(markdown).matchAll(re)) {
    const slug = m[3]!;
    if (slug === 'page' || slug === 'category') continue;
    out.push({ raw: m[1]!, locale: m[2]!, slug });
  }
  return out;
}

/** Capitalised JSX element names used in an MDX body. */
export function mdxElementNames(mdx: string): string[] {
  const names = new Set<string>();
  for (const m of withoutCode(mdx).matchAll(/<([A-Z][A-Za-z0-9_.]*)/g)) names.add(m[1]!);
  return [...names];
}

/** A body that does not parse as MDX: the parser's reason and the line (from the body's start). */
export type MdxProblem = { message: string; line?: number };

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
  /** Compile MDX bodies to find syntax errors (the build compiles them anyway, lib/content/generate.ts). */
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
    push('file', `${quote(name)} is not a Markdown or MDX file; expected <slug>.md or <slug>.mdx (move other files out of the content folder, images go under public/images/)`);
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
    push('file', 'starts with a byte-order mark (BOM); expected UTF-8 without BOM (run `npm run content:check -- --fix`, or save as "UTF-8" rather than "UTF-8 with BOM")', 1);
    text = text.slice(1);
  }
  if (text.includes('\r\n')) {
    push('file', 'has Windows line endings (CRLF); expected Unix line endings (LF) (run `npm run content:check -- --fix`, or set your editor to LF)', 1);
    text = text.replace(/\r\n/g, '\n');
  }

  const source: SourceFile = { file, locale, kind: folder === 'news' ? 'story' : 'page', slug, ext, data: {}, lines: {}, body: '', bodyLine: 1, readable: false };
  if (!isLocale(locale)) push('locale', `folder ${quote(locale)} is not a language of the site; expected one of ${locales.join(', ')}`, undefined, locale);
  if (!slugPattern.test(slug)) {
    push('slug', `file name ${quote(slug)} is not a valid slug; expected lowercase ASCII letters, digits and single hyphens (e.g. summer-school-2026)`, undefined, slug);
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
      push('frontmatter', `is not valid YAML (${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}); expected "field: value" lines, with text containing ":" or quotes in double quotes`, line ? line + 1 : undefined);
    }
    return source;
  }
  if (doc.contents && !isMap(doc.contents)) {
    push('frontmatter', 'is not a list of "field: value" lines; expected e.g. title: "…" on its own line', 2);
    return source;
  }
  source.readable = true;
  for (const item of ((doc.contents as YAMLMap | null)?.items ?? [])) {
    const key = isScalar(item.key) ? String((item.key as Scalar).value) : String(item.key);
    const range = (item.key as Scalar | null)?.range;
    source.lines[key] = range ? lineCounter.linePos(range[0]).line + 1 : 1;
    const value = item.value;
    source.data[key] = isSeq(value) ? value.items.map((v) => (isScalar(v) ? v.value : v)) : isScalar(value) ? (value as Scalar).value : value === null ? null : (value as { toJSON(): unknown }).toJSON();
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
      if (typeof value !== 'string' || !spec.options!.includes(value)) return `${shown()} is not a known ${name}; expected ${spec.expected}`;
      return null;
    case 'boolean':
      if (typeof value !== 'boolean') return `${shown()} is not true or false; expected ${spec.expected}`;
      return null;
    case 'list':
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !v.trim())) return `${shown()} is not a list of words; expected ${spec.expected}`;
      return null;
  }
}

/** Parses an MDX body (as Contentlayer's MDX compiler will) to find syntax errors; nothing is kept. */
let mdxParser: Promise<{ parse(text: string): unknown }> | undefined;
async function mdxSyntaxError(body: string): Promise<MdxProblem | null> {
  mdxParser ??= Promise.all([import('unified'), import('remark-parse'), import('remark-mdx')]).then(([{ unified }, { default: remarkParse }, { default: remarkMdx }]) =>
    unified().use(remarkParse).use(remarkMdx).freeze(),
  );
  const parser = await mdxParser;
  try {
    parser.parse(body);
    return null;
  } catch (error) {
    const e = error as { reason?: string; message?: string; line?: number; place?: { line?: number; start?: { line?: number } } };
    return { message: (e.reason ?? e.message ?? String(error)).split('\n')[0]!, line: e.line ?? e.place?.line ?? e.place?.start?.line };
  }
}

/** The error for a body that does not compile as MDX (`problem.line` counts from the body's start). */
export function invalidMdxError(f: SourceFile, problem: MdxProblem): ContentError {
  return {
    file: f.file,
    field: 'body',
    line: problem.line ? f.bodyLine + problem.line - 1 : undefined,
    message: `is not valid MDX (${problem.message}); expected components closed with /> and no stray { } or <`,
  };
}

/** Checks a whole content folder. */
export async function checkContent(contentDir: string, options: CheckOptions = {}): Promise<CheckResult> {
  const publicDir = options.publicDir ?? path.join(process.cwd(), 'public');
  const errors: ContentError[] = [];
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    return { errors: [{ file: '.', field: 'CONTENT_DIR', message: `${quote(contentDir)} is not a folder; expected the content folder (default: content)` }], files: [] };
  }
  const files: SourceFile[] = [];
  for (const file of listFiles(contentDir)) {
    const source = readSource(contentDir, file, errors);
    if (source) files.push(source);
  }

  const newsSlugs = new Set(files.filter((f) => f.kind === 'story' && f.slug).map((f) => f.slug!));
  for (const f of files) {
    const push = (field: string, message: string, line?: number, value?: string) =>
      errors.push({ file: f.file, field, message, line: line ?? f.lines[field], value });
    const spec: Record<string, FieldSpec> = f.kind === 'story' ? storyFields : pageFields;
    if (!f.readable) continue;

    for (const key of Object.keys(f.data)) {
      if (!(key in spec)) {
        const close = Object.keys(spec).find((k) => k.toLowerCase() === key.toLowerCase() || levenshtein(k, key) <= 2);
        push(key, `is not a field of ${f.kind === 'story' ? 'a story' : 'a page'}${close ? ` (did you mean ${quote(close)}?)` : ''}; expected only ${Object.keys(spec).join(', ')}`);
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
    if (typeof f.data.image === 'string' && f.data.image.trim()) {
      const src = f.data.image.trim();
      if (!src.startsWith('/') || src.startsWith('//')) {
        push('image', `${quote(src)} is not a path on this site; expected a path under public/ starting with /, e.g. /images/news/${f.slug}.jpg`, undefined, src);
      } else if (!localImageDimensions(src, publicDir)) {
        push('image', `${quote(src)} does not exist or is not an image; expected an image file at public${src}`, undefined, src);
      }
      if (typeof f.data.imageAlt !== 'string' || !f.data.imageAlt.trim()) {
        push('imageAlt', `is missing; expected a description of the image in the version's language (required with image)`, f.lines.imageAlt ?? f.lines.image);
      }
    }

    if (!f.body.trim()) push('body', 'is empty; expected the text of the story after the frontmatter', f.bodyLine);
    const bodyLines = f.body.split('\n');
    const lineOf = (needle: string) => {
      const i = bodyLines.findIndex((l) => l.includes(needle));
      return i >= 0 ? f.bodyLine + i : undefined;
    };
    for (const link of internalNewsLinks(f.body)) {
      if (!isLocale(link.locale)) {
        push('body', `link ${quote(link.raw)} names an unknown language ${quote(link.locale)}; expected one of ${locales.join(', ')}`, lineOf(link.raw), link.raw);
      } else if (!newsSlugs.has(link.slug)) {
        push('body', `link ${quote(link.raw)} points to a story that does not exist; expected the address of an existing story (/<locale>/news/<slug>)`, lineOf(link.raw), link.raw);
      }
    }
    for (const m of f.body.matchAll(/!\[[^\]]*\]\((\/[^)\s]+)/g)) {
      if (!localImageDimensions(m[1]!, publicDir)) push('body', `image ${quote(m[1]!)} does not exist; expected an image file at public${m[1]}`, lineOf(m[1]!), m[1]);
    }
    if (f.ext === 'mdx') {
      for (const name of mdxElementNames(f.body)) {
        if (!(mdxComponentNames as readonly string[]).includes(name)) {
          push('body', `uses an unknown component <${name}>; expected one of ${mdxComponentNames.map((n) => `<${n}>`).join(', ')}`, lineOf(`<${name}`), name);
        }
      }
      for (const m of f.body.matchAll(/<Figure[^>]*\ssrc="([^"]+)"/g)) {
        if (!localImageDimensions(m[1]!, publicDir)) push('body', `<Figure> image ${quote(m[1]!)} does not exist; expected an image file at public${m[1]}`, lineOf(m[1]!), m[1]);
      }
      if (options.compileMdx) {
        const problem = await mdxSyntaxError(f.body);
        if (problem) errors.push(invalidMdxError(f, problem));
      }
    } else if (/<[A-Z][A-Za-z]*[\s/>]/.test(f.body.replace(/`[^`]*`/g, ''))) {
      const name = /<([A-Z][A-Za-z]*)/.exec(f.body)![1]!;
      push('body', `uses the component <${name}> in a .md file; expected components only in .mdx files (rename the file to ${f.slug}.mdx)`, lineOf(`<${name}`), name);
    }
  }

  // Versions of one story share date and category; the first version in locale order is the reference.
  const bySlug = new Map<string, SourceFile[]>();
  for (const f of files) if (f.kind === 'story' && f.slug && isLocale(f.locale)) bySlug.set(f.slug, [...(bySlug.get(f.slug) ?? []), f]);
  for (const versions of bySlug.values()) {
    versions.sort((a, b) => locales.indexOf(a.locale as never) - locales.indexOf(b.locale as never));
    const ref = versions[0]!;
    for (const f of versions.slice(1)) {
      for (const field of ['date', 'category'] as const) {
        const a = ref.data[field];
        const b = f.data[field];
        if (a !== undefined && b !== undefined && String(a).trim() !== String(b).trim()) {
          errors.push({
            file: f.file,
            line: f.lines[field],
            field,
            value: String(b),
            message: `${quote(String(b))} differs from ${ref.file} (${quote(String(a))}); expected every version of a story to have the same ${field}`,
          });
        }
      }
    }
  }
  errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  return { errors, files };
}
