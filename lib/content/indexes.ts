/**
 * Contentlayer's `onSuccess` (contentlayer.config.ts): from the typed documents it generated, the
 * slim newsroom index (every version's listing fields, no bodies) and the stamp that tells
 * `next dev` content changed; in the preview, the content check's findings. (The search index is
 * lib/search/build.ts's.) Pages load one body at a time from Contentlayer's own document files.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { DataExports } from 'contentlayer/generated';
import type { Locale } from '../i18n/locales';
import type { ContentError } from './errors';
import { generatedDir, indexDir, indexFile, problemsFile, stampFile } from './paths';
import type { NewsroomIndex, PageDocument, PageVersion, StoryDocument, StoryVersion } from './types';

export type Bodiless<T> = Omit<T, 'body'>;

/** Contentlayer's documents of each type, without their bodies (the indexes need none). */
export type Documents = {
  allStoryMds: Bodiless<DataExports['allStoryMds'][number]>[];
  allStoryMdxes: Bodiless<DataExports['allStoryMdxes'][number]>[];
  allPageMds: Bodiless<DataExports['allPageMds'][number]>[];
  allPageMdxes: Bodiless<DataExports['allPageMdxes'][number]>[];
};

/** An instant in one spelling (`2026-05-12T08:00:00.000Z`), so that instants sort as strings. */
const instant = (iso: string) => new Date(iso).toISOString();
const instantOrNone = (iso: string | undefined) => (iso === undefined ? undefined : instant(iso));

export function storyVersion(doc: Bodiless<StoryDocument>): StoryVersion {
  const {
    _id,
    type,
    slug,
    title,
    summary,
    displayTitle,
    displaySummary,
    date,
    updated,
    category,
    tags,
    image,
    imageAlt,
    imageCredit,
    imageWidth,
    imageHeight,
    featured,
    draft,
    translatedFrom,
    sourceUpdated,
  } = doc;
  return {
    kind: 'story',
    _id,
    type,
    locale: doc.locale as Locale,
    slug,
    title,
    summary,
    displayTitle,
    displaySummary,
    date: instant(date),
    updated: instantOrNone(updated),
    category,
    tags,
    image,
    imageAlt,
    imageCredit,
    imageWidth,
    imageHeight,
    featured,
    draft,
    translatedFrom,
    sourceUpdated: instantOrNone(sourceUpdated),
  };
}

export function pageVersion(doc: Bodiless<PageDocument>): PageVersion {
  const { _id, type, slug, title, summary, displayTitle, displaySummary, updated, draft, translatedFrom, sourceUpdated } = doc;
  return {
    kind: 'page',
    _id,
    type,
    locale: doc.locale as Locale,
    slug,
    title,
    summary,
    displayTitle,
    displaySummary,
    updated: instantOrNone(updated),
    draft,
    translatedFrom,
    sourceUpdated: instantOrNone(sourceUpdated),
  };
}

/** Where Contentlayer writes `.contentlayer`: it takes $PWD before the process's cwd, so we do too. */
export function contentlayerRoot(): string {
  return process.env.PWD ?? process.cwd();
}

/**
 * The documents of the generation that just finished, as Contentlayer wrote them for `importData()`
 * (each type's `_index.json`), read without their bodies. Read here rather than imported: Node keeps
 * an ES module it has imported, so in watch mode `importData()` returns the first generation's
 * documents for the whole session, and a 10,000-story newsroom would hold every body twice.
 * Null when the generation failed (Contentlayer calls onSuccess then too; the content step removes
 * the generated entry point before a build, which Contentlayer writes last: scripts/content.mjs).
 */
export function readGeneratedDocuments(root = contentlayerRoot()): Documents | null {
  if (!existsSync(path.join(root, generatedDir, 'index.mjs'))) return null;
  const read = <T>(type: string): T[] =>
    JSON.parse(readFileSync(path.join(root, generatedDir, type, '_index.json'), 'utf8'), (key, value) =>
      key === 'body' ? undefined : value,
    ) as T[];
  return { allStoryMds: read('StoryMd'), allStoryMdxes: read('StoryMdx'), allPageMds: read('PageMd'), allPageMdxes: read('PageMdx') };
}

/** Every story document, Markdown and MDX. */
export const storyDocuments = (data: Documents): Bodiless<StoryDocument>[] => [...data.allStoryMds, ...data.allStoryMdxes];

/** Writes the newsroom index and the stamp (last: it tells `next dev` the generation is complete). */
export function writeIndexes(data: Documents, root = contentlayerRoot()): NewsroomIndex {
  const stories = storyDocuments(data);
  const pages: Bodiless<PageDocument>[] = [...data.allPageMds, ...data.allPageMdxes];
  const index: NewsroomIndex = {
    generatedAt: new Date().toISOString(),
    versions: [...stories.map(storyVersion), ...pages.map(pageVersion)],
  };
  mkdirSync(path.join(root, indexDir), { recursive: true });
  writeFileAtomic.sync(path.join(root, indexFile), JSON.stringify(index));
  writeFileAtomic.sync(path.join(root, stampFile), JSON.stringify({ generatedAt: index.generatedAt, versions: index.versions.length }));
  return index;
}

/** The content check's findings, for the preview's banner (lib/content/index.ts: contentProblems). */
export function writeProblems(problems: ContentError[], root = contentlayerRoot()) {
  mkdirSync(path.join(root, indexDir), { recursive: true });
  writeFileAtomic.sync(path.join(root, problemsFile), JSON.stringify(problems));
  // The stamp changes too, so that the open page refreshes and shows them.
  writeFileAtomic.sync(path.join(root, stampFile), JSON.stringify({ generatedAt: new Date().toISOString(), problems: problems.length }));
}
