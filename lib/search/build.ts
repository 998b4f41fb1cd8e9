/** The search index of every story version, built from Contentlayer's documents by the content step. */
import path from 'node:path';
import type { Locale } from '../i18n/locales';
import { contentlayerRoot, type Bodiless } from '../content/indexes';
import { searchIndexFile } from '../content/paths';
import type { StoryDocument } from '../content/types';
import { writeSearchIndex } from './store';

/** Writes the search index of `stories` (their raw titles and summaries, and plain-text bodies). */
export function writeStorySearchIndex(stories: Bodiless<StoryDocument>[], root = contentlayerRoot()) {
  return writeSearchIndex(
    path.join(root, searchIndexFile),
    stories.map((d) => ({
      key: `${d.locale}/${d.slug}`,
      locale: d.locale as Locale,
      title: d.title,
      summary: d.summary,
      body: d.plainText,
      category: d.category,
      date: Date.parse(d.date),
    })),
  );
}
