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
import { newsFields as newsSchema, pageFields as pageSchema, type FieldSpec } from './lib/content/schema';
import { timeZone } from './lib/i18n/locales';
import { rehypeImageSize } from './lib/content/rehype-image-size';
import { writeNewsroomIndex } from './lib/content/generate';

const contentDirPath = process.env.CONTENT_DIR || 'content';

/** Contentlayer's field definitions, from the one schema the content check also uses. */
function toFieldDefs(spec: Record<string, FieldSpec>): FieldDefs {
  return Object.fromEntries(
    Object.entries(spec).map(([name, f]) => {
      const def =
        f.type === 'enum'
          ? { type: 'enum', options: [...f.options!], required: f.required, description: f.expected }
          : f.type === 'list'
            ? { type: 'list', of: { type: 'string' }, required: f.required, description: f.expected }
            : { type: f.type, required: f.required, description: f.expected };
      return [name, def];
    }),
  ) as FieldDefs;
}

const newsFields = toFieldDefs(newsSchema);
const pageFields = toFieldDefs(pageSchema);

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
