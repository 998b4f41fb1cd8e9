/**
 * Runs after Contentlayer has generated the static pages (its `onSuccess` hook, in `build` and in
 * `dev`): checks every content file with the project's rules, renders or compiles the stories, and
 * writes the slim newsroom index (`.contentlayer/newsroom/index.json`: every version's metadata, no
 * bodies), the route table and the search index. Listings, related news, feeds, the sitemap and
 * search read the index; an article page loads its one body on demand. A content error fails the
 * step with every problem listed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../i18n/locales';
import type { Category } from '../site';
import { localImageDimensions } from './images';
import type { NewsroomIndex, Version } from './types';
import { formatError, parseContentPath, type ContentError, type RawDoc } from './validate';
import { checkContent, invalidMdxError, type SourceFile } from './check';
import { compileMdxBody, type MdxProblem } from './mdx';
import { createMarkdownRenderer } from './markdown';
import { toUtcIso } from './dates';

import { bodiesDir, generatedDir, indexFile, markdownCacheFile, routesFile, searchIndexFile, stampFile } from './paths';
import type { RouteTable } from './routes';
import { plainText } from '../search/text';
import { writeSearchIndex } from '../search/store';

/** What Contentlayer compiles: the static pages. Stories take the project's own pipelines (`storyVersions`). */
export const documentTypes = ['PageMd', 'PageMdx'] as const;

export class ContentValidationError extends Error {
  constructor(
    readonly errors: ContentError[],
    contentDir: string,
  ) {
    super(
      `${errors.length} content error${errors.length === 1 ? '' : 's'}:\n` +
        errors.map((e) => `  ${formatError(e, contentDir)}`).join('\n'),
    );
    this.name = 'ContentValidationError';
  }
}

/** Reads every document Contentlayer generated (its per-type `_index.json`). */
export function readGeneratedDocs(root = contentlayerRoot()): RawDoc[] {
  const docs: RawDoc[] = [];
  for (const type of documentTypes) {
    const file = path.join(root, generatedDir, type, '_index.json');
    if (existsSync(file)) docs.push(...(JSON.parse(readFileSync(file, 'utf8')) as RawDoc[]));
  }
  return docs;
}

/** Contentlayer's file for one document: `<Type>/<id with / as __>.json`. */
export function bodyPathFor(doc: RawDoc): string {
  return path.posix.join('.contentlayer', 'generated', doc.type, `${doc._id.replace(/\//g, '__')}.json`);
}

/** Turns valid documents into index records. */
export function toVersions(docs: RawDoc[], publicDir: string): Version[] {
  const versions: Version[] = [];
  for (const doc of docs) {
    const p = parseContentPath(doc._raw.sourceFilePath)!;
    const size = doc.image ? localImageDimensions(doc.image, publicDir) : null;
    const version: Version = {
      kind: p.kind === 'news' ? 'news' : 'page',
      slug: p.slug,
      locale: p.locale as Locale,
      title: doc.title!.trim(),
      summary: doc.summary!.trim(),
      date: new Date(doc.date ?? doc.updated ?? 0).toISOString(),
      tags: (doc.tags ?? []).map((t) => t.trim()).filter(Boolean),
      featured: doc.featured === true,
      draft: doc.draft === true,
      format: p.ext === 'mdx' ? 'mdx' : 'md',
      file: doc._raw.sourceFilePath,
      bodyPath: bodyPathFor(doc),
    };
    if (doc.updated) version.updated = new Date(doc.updated).toISOString();
    if (doc.category) version.category = doc.category as Category;
    if (doc.image && size) {
      version.image = { src: doc.image, width: size.width, height: size.height, alt: doc.imageAlt!.trim() };
      if (doc.imageCredit?.trim()) version.image.credit = doc.imageCredit.trim();
    }
    versions.push(version);
  }
  return versions;
}

type BodyCache = Record<string, { hash: string; bodyPath: string }>;
/** Changes when the pipelines' output changes, so that cached bodies are rendered again. */
const pipelineVersion = '2';

/**
 * Story bodies: rendered by the fast Markdown pipeline (`.md` → HTML, lib/content/markdown.ts) or
 * compiled by the MDX compiler (`.mdx` → code, lib/content/mdx.ts) into
 * `.contentlayer/newsroom/bodies/`. A story whose text has not changed since the last run keeps its
 * body (the cache survives between builds). MDX that does not compile is a content error, returned
 * to be reported with every other one.
 */
export async function renderStoryBodies(files: SourceFile[], { root, publicDir }: { root: string; publicDir: string }): Promise<{ bodyPaths: Map<string, string>; errors: ContentError[] }> {
  const cachePath = path.join(root, markdownCacheFile);
  let cache: BodyCache = {};
  try {
    cache = JSON.parse(readFileSync(cachePath, 'utf8')) as BodyCache;
  } catch {
    cache = {};
  }
  const next: BodyCache = {};
  let render: ((md: string) => string) | undefined;
  const bodyPaths = new Map<string, string>();
  const errors: ContentError[] = [];
  for (const f of files) {
    const mdx = f.ext === 'mdx';
    const hash = createHash('sha1').update(`${pipelineVersion}\0${f.ext}\0`).update(f.body).digest('hex');
    const bodyPath = path.posix.join(bodiesDir.split(path.sep).join('/'), f.locale!, `${f.slug}.${mdx ? 'mdx.js' : 'html'}`);
    if (cache[f.file]?.hash !== hash || !existsSync(path.join(root, bodyPath))) {
      if (mdx) {
        try {
          writeAtomic(path.join(root, bodyPath), await compileMdxBody(f.body, publicDir));
        } catch (problem) {
          errors.push(invalidMdxError(f, problem as MdxProblem));
          continue;
        }
      } else {
        render ??= createMarkdownRenderer(publicDir);
        writeAtomic(path.join(root, bodyPath), render(f.body));
      }
    }
    next[f.file] = { hash, bodyPath };
    bodyPaths.set(f.file, bodyPath);
  }
  writeAtomic(cachePath, JSON.stringify(next));
  return { bodyPaths, errors };
}

/** Stories as index records: the frontmatter the content check parsed, and the rendered body's path. */
export function storyVersions(files: SourceFile[], bodyPaths: Map<string, string>, publicDir: string): Version[] {
  return files.map((f) => {
    const d = f.data as Record<string, unknown>;
    const size = typeof d.image === 'string' ? localImageDimensions(d.image, publicDir) : null;
    const version: Version = {
      kind: 'news',
      slug: f.slug!,
      locale: f.locale as Locale,
      title: String(d.title).trim(),
      summary: String(d.summary).trim(),
      date: toUtcIso(String(d.date)),
      category: d.category as Category,
      tags: Array.isArray(d.tags) ? (d.tags as string[]).map((t) => t.trim()).filter(Boolean) : [],
      featured: d.featured === true,
      draft: d.draft === true,
      format: f.ext === 'mdx' ? 'mdx' : 'md',
      file: f.file,
      bodyPath: bodyPaths.get(f.file)!,
    };
    if (typeof d.updated === 'string') version.updated = toUtcIso(d.updated);
    if (typeof d.image === 'string' && size) {
      version.image = { src: d.image, width: size.width, height: size.height, alt: String(d.imageAlt).trim() };
      if (typeof d.imageCredit === 'string' && d.imageCredit.trim()) version.image.credit = d.imageCredit.trim();
    }
    return version;
  });
}

/** Per story and page: whether any version is published (drafts-only stories exist in development only). */
function routeTable(versions: Version[]): RouteTable {
  const news = new Map<string, [string, Category, boolean]>();
  const pages = new Map<string, [string, boolean]>();
  for (const v of versions) {
    if (v.kind === 'news') {
      const row = news.get(v.slug) ?? [v.slug, v.category!, false];
      row[2] ||= !v.draft;
      news.set(v.slug, row);
    } else {
      const row = pages.get(v.slug) ?? [v.slug, false];
      row[1] ||= !v.draft;
      pages.set(v.slug, row);
    }
  }
  return { news: [...news.values()], pages: [...pages.values()] };
}

/** Writes a file atomically (temp file + rename), so a reader never sees half of it. */
function writeAtomic(file: string, data: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

export type GenerateOptions = { contentDir: string; root?: string };

/** Where Contentlayer writes `.contentlayer`: it takes $PWD before the process's cwd, so we do too. */
export function contentlayerRoot(): string {
  return process.env.PWD ?? process.cwd();
}

/** Validates the generated documents and writes the newsroom index. Throws ContentValidationError. */
export async function writeNewsroomIndex({ contentDir, root = contentlayerRoot() }: GenerateOptions): Promise<NewsroomIndex> {
  const publicDir = path.join(root, 'public');
  // The files as the editors wrote them, checked before anything is published from them. Contentlayer
  // calls this hook even when its own checks failed, so every problem is listed here, in one run.
  const { errors: checkErrors, files } = await checkContent(path.resolve(root, contentDir), { publicDir });
  // Story bodies are rendered even when the check failed, so that invalid MDX is in the same list.
  const stories = files.filter((f) => f.kind === 'news');
  const { bodyPaths, errors: bodyErrors } = await renderStoryBodies(
    stories.filter((f) => f.readable && f.locale && f.slug),
    { root, publicDir },
  );
  const errors = [...checkErrors, ...bodyErrors];
  if (errors.length) {
    const error = new ContentValidationError(errors, contentDir);
    console.error(`\n${error.message}\n`);
    throw error;
  }
  const docs = readGeneratedDocs(root);
  const index: NewsroomIndex = {
    generatedAt: new Date().toISOString(),
    versions: [...toVersions(docs, publicDir), ...storyVersions(stories, bodyPaths, publicDir)],
  };
  writeAtomic(path.join(root, indexFile), JSON.stringify(index));
  writeAtomic(path.join(root, routesFile), JSON.stringify(routeTable(index.versions)));
  // The search index: every story version, with its text without Markdown or components.
  const text = new Map<string, string>();
  for (const f of stories) text.set(`${f.locale}/${f.slug}`, plainText(f.body));
  writeSearchIndex(
    path.join(root, searchIndexFile),
    index.versions
      .filter((v) => v.kind === 'news')
      .map((v) => {
        const key = `${v.locale}/${v.slug}`;
        return { key, locale: v.locale, title: v.title, summary: v.summary, body: text.get(key) ?? '', category: v.category ?? 'general', date: Date.parse(v.date) };
      }),
  );
  // A tiny module the app imports, so `next dev` notices new content and refreshes the page.
  writeAtomic(path.join(root, stampFile), JSON.stringify({ generatedAt: index.generatedAt, versions: index.versions.length }));
  return index;
}
