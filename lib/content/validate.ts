/**
 * Shared pieces of the content check (lib/content/check.ts): the error record and how it is
 * printed, the slug rule, and the scanners that find links and components in a body.
 */

export type ContentError = {
  file: string;
  line?: number;
  field: string;
  value?: string;
  message: string;
};

/** The part of a Contentlayer document the index reads. */
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
