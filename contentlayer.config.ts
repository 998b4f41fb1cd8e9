/**
 * The content contract (see docs/editing.md): one file per language version,
 * `content/<locale>/news/<slug>.md|mdx` for stories and `content/<locale>/pages/<slug>.md|mdx` for the
 * static pages. Contentlayer compiles the MDX stories and the pages, validating every frontmatter
 * field and failing the build (never skipping) on unknown files, missing or wrong data and unknown
 * fields. Plain `.md` stories go through the fast Markdown pipeline instead (docs/performance.md).
 * `onSuccess` then checks every file against the same schema (lib/content/check.ts), renders the
 * Markdown stories, and writes the slim newsroom index the site reads (lib/content/generate.ts).
 */
import { contentDirExcludeDefault, defineDocumentType, makeSource, type FieldDefs } from 'contentlayer2/source-files';
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
  documentTypes: [NewsMdx, PageMd, PageMdx],
  // Plain Markdown stories (most of them) take the fast pipeline in lib/content/markdown.ts; they are
  // checked against the same schema (lib/content/schema.ts) by lib/content/check.ts.
  contentDirExclude: [...contentDirExcludeDefault, '*/news/*.md'],
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
