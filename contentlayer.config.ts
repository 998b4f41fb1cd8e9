/**
 * The content contract as Contentlayer document types: stories (`<locale>/news/<slug>.md|mdx`) and
 * static pages (`<locale>/pages/<slug>.md|mdx`), with their fields from the one schema
 * (lib/content/schema.ts) and what the site derives from each file as computed fields. Contentlayer
 * fails the build on unknown files, missing or wrong data and unknown fields; its `onSuccess` writes
 * the slim newsroom and search indexes from the documents it generated (lib/content/indexes.ts,
 * lib/search/build.ts);
 * in the preview it also runs the content check and records what it finds for the page to show.
 */
import { defineDocumentType, makeSource, type ComputedFields, type FieldDefs } from 'contentlayer2/source-files';
import remarkGfm from 'remark-gfm';
import type { Pluggable } from 'unified';
import rehypeSlug from 'rehype-slug';
import { contentDir } from './lib/content/paths';
import { pageFields, storyFields, type FieldSpec } from './lib/content/schema';
import { coverSize, localeOf, plainText, slugOf } from './lib/content/derive';
import { rehypeImageSize } from './lib/content/rehype-image-size';
import { rehypeTypography, typeset } from './lib/typography';
import { readGeneratedDocuments, storyDocuments, writeIndexes, writeProblems } from './lib/content/indexes';
import { writeStorySearchIndex } from './lib/search/build';
import { checkContent } from './lib/content/check';
import { timeZone } from './lib/i18n/locales';

/** Contentlayer's field definitions, from the one schema the content check also uses. */
function toFieldDefs(spec: Record<string, FieldSpec>): FieldDefs {
  return Object.fromEntries(
    Object.entries(spec).map(([name, f]) => {
      const common = { required: f.required, description: f.expected };
      if (f.type === 'enum') return [name, { type: 'enum', options: [...f.options!], ...common }];
      if (f.type === 'list') return [name, { type: 'list', of: { type: 'string' }, ...common }];
      return [name, { type: f.type, ...common }];
    }),
  ) as FieldDefs;
}

/** What every document derives from its path: its language and its address. */
const addressFields = {
  locale: {
    type: 'string',
    description: 'The language folder: en, fr, de, el, it, es, sv or ro',
    resolve: (doc) => localeOf(doc._raw.sourceFilePath),
  },
  slug: { type: 'string', description: 'The file name without extension: the address', resolve: (doc) => slugOf(doc._raw.sourceFilePath) },
} satisfies ComputedFields;

/** Title and summary set for display in the version's language (soft hyphens, no-break spaces, quotes); the raw ones serve search, feeds and metadata. */
const displayFields = {
  displayTitle: {
    type: 'string',
    description: 'The title set for display in its language',
    resolve: (doc) => typeset(doc.title, localeOf(doc._raw.sourceFilePath)),
  },
  displaySummary: {
    type: 'string',
    description: 'The summary set for display in its language',
    resolve: (doc) => typeset(doc.summary, localeOf(doc._raw.sourceFilePath), { hyphenate: false }),
  },
} satisfies ComputedFields;

const storyComputed = {
  ...addressFields,
  ...displayFields,
  imageWidth: {
    type: 'number',
    description: 'Width of the cover image in pixels (0 without one)',
    resolve: (doc) => coverSize(doc.image)?.width ?? 0,
  },
  imageHeight: {
    type: 'number',
    description: 'Height of the cover image in pixels (0 without one)',
    resolve: (doc) => coverSize(doc.image)?.height ?? 0,
  },
  plainText: {
    type: 'string',
    description: 'The body without markup or components, for search and snippets',
    resolve: (doc) => plainText(doc.body.raw),
  },
} satisfies ComputedFields;

const story = toFieldDefs(storyFields);
const page = toFieldDefs(pageFields);

export const StoryMd = defineDocumentType(() => ({
  name: 'StoryMd',
  filePathPattern: '*/news/*.md',
  contentType: 'markdown',
  fields: story,
  computedFields: storyComputed,
}));
export const StoryMdx = defineDocumentType(() => ({
  name: 'StoryMdx',
  filePathPattern: '*/news/*.mdx',
  contentType: 'mdx',
  fields: story,
  computedFields: storyComputed,
}));
export const PageMd = defineDocumentType(() => ({
  name: 'PageMd',
  filePathPattern: '*/pages/*.md',
  contentType: 'markdown',
  fields: page,
  computedFields: { ...addressFields, ...displayFields },
}));
export const PageMdx = defineDocumentType(() => ({
  name: 'PageMdx',
  filePathPattern: '*/pages/*.mdx',
  contentType: 'mdx',
  fields: page,
  computedFields: { ...addressFields, ...displayFields },
}));

// Typography after the heading ids (they must not hold soft hyphens); figure captions are text too.
const plugins: { remarkPlugins: Pluggable[]; rehypePlugins: Pluggable[] } = {
  remarkPlugins: [remarkGfm],
  rehypePlugins: [rehypeSlug, rehypeImageSize, [rehypeTypography, { componentText: { Figure: ['caption'] } }]],
};

export default makeSource({
  contentDirPath: contentDir(),
  documentTypes: [StoryMd, StoryMdx, PageMd, PageMdx],
  disableImportAliasWarning: true,
  onUnknownDocuments: 'fail',
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  // Dates without an offset are Brussels time (the runner pins the process to UTC, scripts/content.mjs).
  date: { timezone: timeZone },
  markdown: plugins,
  mdx: plugins,
  // The generation's documents, as importData() would give them but read without their bodies
  // (lib/content/indexes.ts says why); nothing when the generation failed. The preview also runs
  // the content check after every save and shows what it finds (npm run dev).
  onSuccess: async () => {
    const data = readGeneratedDocuments();
    if (data) {
      writeStorySearchIndex(storyDocuments(data));
      writeIndexes(data);
    }
    if (process.env.NEWSROOM_CONTENT_WATCH === '1') writeProblems((await checkContent(contentDir())).errors);
  },
});
