/**
 * The content contract (see docs/editing.md): one file per language version,
 * `content/<locale>/news/<slug>.md|mdx` for stories and `content/<locale>/pages/<slug>.md|mdx` for the
 * static pages. Contentlayer validates every frontmatter field and fails the build (never skips) on
 * unknown files, missing or wrong data and unknown fields; `onSuccess` then runs the project's own
 * checks and writes the slim newsroom index that the site reads (lib/content/generate.ts).
 */
import { defineDocumentType, makeSource, type FieldDefs } from 'contentlayer2/source-files';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import { categories } from './lib/site';
import { timeZone } from './lib/i18n/locales';
import { rehypeImageSize } from './lib/content/rehype-image-size';
import { writeNewsroomIndex } from './lib/content/generate';

const contentDirPath = process.env.CONTENT_DIR || 'content';

const newsFields = {
  title: { type: 'string', required: true, description: 'Headline, plain text' },
  date: { type: 'date', required: true, description: 'Publication date-time; Europe/Brussels when no offset' },
  category: { type: 'enum', options: [...categories], required: true, description: 'Category key' },
  summary: { type: 'string', required: true, description: 'One or two sentences' },
  image: { type: 'string', required: false, description: 'Cover image path under public/' },
  imageAlt: { type: 'string', required: false, description: 'Alt text of the cover image' },
  imageCredit: { type: 'string', required: false, description: 'Credit shown in the caption' },
  tags: { type: 'list', of: { type: 'string' }, required: false, description: 'Free keywords' },
  updated: { type: 'date', required: false, description: 'Date of the last substantial change' },
  featured: { type: 'boolean', required: false, description: 'Offer for the home page lead slot' },
  draft: { type: 'boolean', required: false, description: 'Keep out of production builds' },
} satisfies FieldDefs;

const pageFields = {
  title: { type: 'string', required: true },
  summary: { type: 'string', required: true },
  updated: { type: 'date', required: false },
  draft: { type: 'boolean', required: false },
} satisfies FieldDefs;

export const NewsMd = defineDocumentType(() => ({
  name: 'NewsMd',
  filePathPattern: '*/news/*.md',
  contentType: 'markdown',
  fields: newsFields,
}));

export const NewsMdx = defineDocumentType(() => ({
  name: 'NewsMdx',
  filePathPattern: '*/news/*.mdx',
  contentType: 'mdx',
  fields: newsFields,
}));

export const PageMd = defineDocumentType(() => ({
  name: 'PageMd',
  filePathPattern: '*/pages/*.md',
  contentType: 'markdown',
  fields: pageFields,
}));

export const PageMdx = defineDocumentType(() => ({
  name: 'PageMdx',
  filePathPattern: '*/pages/*.mdx',
  contentType: 'mdx',
  fields: pageFields,
}));

const rehypePlugins = [rehypeSlug, rehypeImageSize];

export default makeSource({
  contentDirPath,
  documentTypes: [NewsMd, NewsMdx, PageMd, PageMdx],
  disableImportAliasWarning: true,
  onUnknownDocuments: 'fail',
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  date: { timezone: timeZone },
  markdown: { remarkPlugins: [remarkGfm], rehypePlugins },
  mdx: { remarkPlugins: [remarkGfm], rehypePlugins },
  onSuccess: async () => {
    await writeNewsroomIndex({ contentDir: contentDirPath });
  },
});
