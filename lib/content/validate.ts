/**
 * The project's own content checks, on top of Contentlayer's field validation. Pure functions over
 * the documents Contentlayer produced; every problem becomes a `ContentError` naming the file, the
 * line where possible, the field, the bad value and what was expected. All errors are collected;
 * nothing is skipped silently.
 */
import { isLocale, locales, type Locale } from '../i18n/locales';
import { categories, isCategory, type Category } from '../site';
import { mdxComponentNames } from './mdx-names';

export type ContentError = {
  file: string;
  line?: number;
  field: string;
  value?: string;
  message: string;
};

/** The part of a Contentlayer document the checks read. */
export type RawDoc = {
  _id: string;
  _raw: { sourceFilePath: string; contentType: string };
  type: string;
  title?: string;
  date?: string;
  category?: string;
  summary?: string;
  image?: string;
  imageAlt?: string;
  imageCredit?: string;
  tags?: string[];
  updated?: string;
  featured?: boolean;
  draft?: boolean;
  body?: { raw?: string; html?: string; code?: string };
};

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type ParsedPath = { locale: string; kind: string; slug: string; ext: string };

/** `fr/news/my-story.mdx` → its parts, or null when the path is not `<locale>/<kind>/<slug>.<ext>`. */
export function parseContentPath(file: string): ParsedPath | null {
  const m = /^([^/]+)\/([^/]+)\/([^/]+)\.(mdx?)$/.exec(file.replace(/\\/g, '/'));
  if (!m) return null;
  return { locale: m[1]!, kind: m[2]!, slug: m[3]!, ext: m[4]! };
}

export function quote(value: unknown): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  return JSON.stringify(s.length > 80 ? `${s.slice(0, 77)}…` : s);
}

export function formatError(e: ContentError, contentDir = 'content'): string {
  const where = `${contentDir.replace(/\/+$/, '')}/${e.file}${e.line ? `:${e.line}` : ''}`;
  return `${where}  ${e.field}: ${e.message}`;
}

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

type LineFinder = (field: string) => number | undefined;

/** Finds the line of a frontmatter field (1-based) or of a text in the file. */
export function lineFinder(source: string | undefined): LineFinder & { of: (text: string) => number | undefined } {
  const lines = source?.split(/\r?\n/) ?? [];
  const find = ((field: string) => {
    const i = lines.findIndex((l) => l.startsWith(`${field}:`));
    return i >= 0 ? i + 1 : undefined;
  }) as LineFinder & { of: (text: string) => number | undefined };
  find.of = (text: string) => {
    const i = lines.findIndex((l) => l.includes(text));
    return i >= 0 ? i + 1 : undefined;
  };
  return find;
}

export type ValidateOptions = {
  /** Does a file exist under `public/` for this site path? */
  imageExists: (src: string) => boolean;
  /** Raw file text, for line numbers (optional). */
  readSource?: (file: string) => string | undefined;
};

/**
 * Checks every document and the agreement between versions of one story. Returns all errors found.
 */
export function validateDocs(docs: RawDoc[], options: ValidateOptions): ContentError[] {
  const errors: ContentError[] = [];
  const newsSlugs = new Set<string>();
  for (const doc of docs) {
    const p = parseContentPath(doc._raw.sourceFilePath);
    if (p && p.kind === 'news') newsSlugs.add(p.slug);
  }

  const byStory = new Map<string, { doc: RawDoc; locale: Locale }[]>();

  for (const doc of docs) {
    const file = doc._raw.sourceFilePath;
    const source = options.readSource?.(file);
    const line = lineFinder(source);
    const push = (field: string, message: string, value?: unknown, at?: number) =>
      errors.push({ file, field, message, line: at ?? line(field), value: value === undefined ? undefined : String(value) });

    const p = parseContentPath(file);
    if (!p) {
      push('path', `${quote(file)} is not where content goes; expected <locale>/news/<slug>.md(x) or <locale>/pages/<slug>.md(x)`);
      continue;
    }
    if (!isLocale(p.locale)) {
      push('locale', `folder ${quote(p.locale)} is not a locale of the site; expected one of ${locales.join(', ')}`, p.locale, 1);
    }
    if (p.kind !== 'news' && p.kind !== 'pages') {
      push('path', `folder ${quote(p.kind)} is not a content folder; expected news or pages`, p.kind, 1);
    }
    if (!slugPattern.test(p.slug)) {
      push(
        'slug',
        `file name ${quote(p.slug)} is not a valid slug; expected lowercase ASCII letters, digits and single hyphens (e.g. my-story-2025)`,
        p.slug,
        1,
      );
    }
    if (p.kind === 'news') {
      if (doc.category !== undefined && !isCategory(doc.category)) {
        push('category', `${quote(doc.category)} is not a known category; expected one of ${categories.join(', ')}`, doc.category);
      }
    }
    if (typeof doc.title === 'string' && !doc.title.trim()) push('title', 'is empty; expected a headline');
    if (typeof doc.summary === 'string' && !doc.summary.trim()) push('summary', 'is empty; expected one or two sentences');
    if (doc.image !== undefined) {
      if (!doc.image.startsWith('/')) {
        push('image', `${quote(doc.image)} is not a site path; expected a path under public/ starting with /, e.g. /images/news/${p.slug}.jpg`, doc.image);
      } else if (!options.imageExists(doc.image)) {
        push('image', `${quote(doc.image)} does not exist; expected an image file at public${doc.image}`, doc.image);
      }
      if (!doc.imageAlt?.trim()) {
        push('imageAlt', `is missing; expected a description of the image in the version's language (required with image)`, undefined, line('imageAlt') ?? line('image'));
      }
    }
    const raw = doc.body?.raw ?? '';
    if (!raw.trim()) push('body', 'is empty; expected the text of the story after the frontmatter', undefined, line.of('---'));

    for (const link of internalNewsLinks(raw)) {
      if (!isLocale(link.locale)) {
        push('body', `link ${quote(link.raw)} names an unknown locale ${quote(link.locale)}; expected one of ${locales.join(', ')}`, link.raw, line.of(link.raw));
      } else if (!newsSlugs.has(link.slug)) {
        push('body', `link ${quote(link.raw)} points to a story that does not exist; expected the slug of an existing story`, link.raw, line.of(link.raw));
      }
    }
    if (p.ext === 'mdx') {
      for (const name of mdxElementNames(raw)) {
        if (!(mdxComponentNames as readonly string[]).includes(name)) {
          push('body', `unknown component <${name}>; expected one of ${mdxComponentNames.map((n) => `<${n}>`).join(', ')}`, name, line.of(`<${name}`));
        }
      }
    }

    if (p.kind === 'news' && isLocale(p.locale)) {
      const list = byStory.get(p.slug) ?? [];
      list.push({ doc, locale: p.locale });
      byStory.set(p.slug, list);
    }
  }

  // Versions of one story must agree on date and category: the first version in locale order is the reference.
  for (const list of byStory.values()) {
    list.sort((a, b) => locales.indexOf(a.locale) - locales.indexOf(b.locale));
    const ref = list[0]!;
    for (const { doc } of list.slice(1)) {
      const file = doc._raw.sourceFilePath;
      const line = lineFinder(options.readSource?.(file));
      for (const field of ['date', 'category'] as const) {
        if (doc[field] !== undefined && ref.doc[field] !== undefined && doc[field] !== ref.doc[field]) {
          errors.push({
            file,
            line: line(field),
            field,
            value: String(doc[field]),
            message: `${quote(doc[field])} disagrees with ${ref.doc._raw.sourceFilePath} (${quote(ref.doc[field])}); expected all versions of a story to share ${field}`,
          });
        }
      }
    }
  }
  return errors;
}

export type { Category };
