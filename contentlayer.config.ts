/**
 * The content contract as Contentlayer document types: stories (`<locale>/news/<slug>.md|mdx`) and
 * static pages (`<locale>/pages/<slug>.md|mdx`), with their fields from the one schema
 * (lib/content/schema.ts) and what the site derives from each file as computed fields. Contentlayer
 * fails the build on unknown files, missing or wrong data and unknown fields; its `onSuccess` writes
 * the slim newsroom and search indexes from the documents it generated (lib/content/indexes.ts).
 */
import { defineDocumentType, makeSource, type ComputedFields, type FieldDefs } from 'contentlayer2/source-files';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import { contentDir } from './lib/content/paths';
import { pageFields, storyFields, type FieldSpec } from './lib/content/schema';
import { coverSize, localeOf, plainText, slugOf } from './lib/content/derive';
import { rehypeImageSize } from './lib/content/rehype-image-size';
import { readGeneratedDocuments, writeIndexes } from './lib/content/indexes';
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
  locale: { type: 'string', description: 'The language folder: en, fr, de, el, it, es, sv or ro', resolve: (doc) => localeOf(doc._raw.sourceFilePath) },
  slug: { type: 'string', description: 'The file name without extension: the address', resolve: (doc) => slugOf(doc._raw.sourceFilePath) },
} satisfies ComputedFields;

const storyComputed = {
  ...addressFields,
  imageWidth: { type: 'number', description: 'Width of the cover image in pixels (0 without one)', resolve: (doc) => coverSize(doc.image)?.width ?? 0 },
  imageHeight: { type: 'number', description: 'Height of the cover image in pixels (0 without one)', resolve: (doc) => coverSize(doc.image)?.height ?? 0 },
  plainText: { type: 'string', description: 'The body without markup or components, for search and snippets', resolve: (doc) => plainText(doc.body.raw) },
} satisfies ComputedFields;

const story = toFieldDefs(storyFields);
const page = toFieldDefs(pageFields);

export const StoryMd = defineDocumentType(() => ({ name: 'StoryMd', filePathPattern: '*/news/*.md', contentType: 'markdown', fields: story, computedFields: storyComputed }));
export const StoryMdx = defineDocumentType(() => ({ name: 'StoryMdx', filePathPattern: '*/news/*.mdx', contentType: 'mdx', fields: story, computedFields: storyComputed }));
export const PageMd = defineDocumentType(() => ({ name: 'PageMd', filePathPattern: '*/pages/*.md', contentType: 'markdown', fields: page, computedFields: addressFields }));
export const PageMdx = defineDocumentType(() => ({ name: 'PageMdx', filePathPattern: '*/pages/*.mdx', contentType: 'mdx', fields: page, computedFields: addressFields }));

const plugins = { remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSlug, rehypeImageSize] };

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
  // Contentlayer calls this after a failed generation too; the content step removes the generated
  // index first (scripts/content.mjs), so a failed build leaves nothing to import and nothing is
  // indexed. In watch mode the documents are read afresh each time (lib/content/indexes.ts).
  onSuccess: async (importData) => {
    const data = process.env.NEWSROOM_CONTENT_WATCH === '1' ? readGeneratedDocuments() : await importData().catch(() => null);
    if (data) writeIndexes(data);
  },
});
