/**
 * The content contract (see docs/editing.md): one file per language version,
 * `content/<locale>/news/<slug>.md|mdx` for stories and `content/<locale>/pages/<slug>.md|mdx` for the
 * static pages. Contentlayer compiles the pages, validating every frontmatter field and failing the
 * build (never skipping) on unknown files, missing or wrong data and unknown fields. Stories, which a
 * newsroom has by the thousand, take faster pipelines of the project's own (docs/performance.md):
 * `onSuccess` checks every file, stories and pages, against the same schema (lib/content/check.ts,
 * every problem with file, line, field and expectation), renders Markdown stories, compiles MDX
 * stories, and writes the slim newsroom index the site reads (lib/content/generate.ts).
 */
import { contentDirExcludeDefault, defineDocumentType, makeSource, type FieldDefs } from 'contentlayer2/source-files';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import { pageFields as pageSchema, type FieldSpec } from './lib/content/schema';
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

const pageFields = toFieldDefs(pageSchema);

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
  documentTypes: [PageMd, PageMdx],
  // Stories take the pipelines in lib/content/markdown.ts and mdx.ts; they are checked against the
  // same schema (lib/content/schema.ts) by lib/content/check.ts.
  contentDirExclude: [...contentDirExcludeDefault, '*/news'],
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
