/**
 * Contentlayer's `onSuccess` (contentlayer.config.ts): from the typed documents it generated, the
 * slim newsroom index (every version's listing fields, no bodies), the search index (each story version's plain text) and the stamp that tells `next dev` content
 * changed. Pages load one body at a time from Contentlayer's own document files.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { DataExports } from 'contentlayer/generated';
import type { Locale } from '../i18n/locales';
import { writeSearchIndex } from '../search/store';
import { generatedDir, indexDir, indexFile, searchIndexFile, stampFile } from './paths';
import type { NewsroomIndex, PageDocument, PageVersion, StoryDocument, StoryVersion, Version } from './types';

/** An instant in one spelling (`2026-05-12T08:00:00.000Z`), so that instants sort as strings. */
const instant = (iso: string) => new Date(iso).toISOString();
const instantOrNone = (iso: string | undefined) => (iso === undefined ? undefined : instant(iso));

export function storyVersion(doc: StoryDocument): StoryVersion {
  const { _id, type, slug, title, summary, date, updated, category, tags, image, imageAlt, imageCredit, imageWidth, imageHeight, featured, draft } = doc;
  return {
    kind: 'story',
    _id,
    type,
    locale: doc.locale as Locale,
    slug,
    title,
    summary,
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
  };
}

export function pageVersion(doc: PageDocument): PageVersion {
  const { _id, type, slug, title, summary, updated, draft } = doc;
  return { kind: 'page', _id, type, locale: doc.locale as Locale, slug, title, summary, updated: instantOrNone(updated), draft };
}

/** Where Contentlayer writes `.contentlayer`: it takes $PWD before the process's cwd, so we do too. */
export function contentlayerRoot(): string {
  return process.env.PWD ?? process.cwd();
}

type Documents = Pick<DataExports, 'allStoryMds' | 'allStoryMdxes' | 'allPageMds' | 'allPageMdxes'>;

/**
 * The documents of the generation that just finished, for `npm run dev`: Node keeps ES modules it
 * has imported, so Contentlayer's `importData()` would return the first generation's documents for
 * the whole session. Contentlayer writes each type's documents to `_index.json` on every
 * generation; they are read afresh (a build imports the same files once, through `importData()`).
 */
export function readGeneratedDocuments(root = contentlayerRoot()): Documents {
  const read = <T>(type: string): T[] => JSON.parse(readFileSync(path.join(root, generatedDir, type, '_index.json'), 'utf8')) as T[];
  return { allStoryMds: read('StoryMd'), allStoryMdxes: read('StoryMdx'), allPageMds: read('PageMd'), allPageMdxes: read('PageMdx') };
}

/** Writes the newsroom index, search index and stamp from Contentlayer's documents. */
export function writeIndexes(data: Documents, root = contentlayerRoot()): NewsroomIndex {
  const stories: StoryDocument[] = [...data.allStoryMds, ...data.allStoryMdxes];
  const pages: PageDocument[] = [...data.allPageMds, ...data.allPageMdxes];
  const index: NewsroomIndex = {
    generatedAt: new Date().toISOString(),
    versions: [...stories.map(storyVersion), ...pages.map(pageVersion)],
  };
  mkdirSync(path.join(root, indexDir), { recursive: true });
  writeFileAtomic.sync(path.join(root, indexFile), JSON.stringify(index));
  writeSearchIndex(
    path.join(root, searchIndexFile),
    stories.map((d) => ({ key: `${d.locale}/${d.slug}`, locale: d.locale as Locale, title: d.title, summary: d.summary, body: d.plainText, category: d.category, date: Date.parse(d.date) })),
  );
  writeFileAtomic.sync(path.join(root, stampFile), JSON.stringify({ generatedAt: index.generatedAt, versions: index.versions.length }));
  return index;
}
