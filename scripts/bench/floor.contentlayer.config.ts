/**
 * The benchmark's floor of the named stack: the corpus's stories as Contentlayer documents with
 * remark-gfm and nothing else (no computed fields, no other plugins, no onSuccess). `npm run bench`
 * times a cold build of it beside the site's own build, through the CLI and through the same
 * programmatic runner the site uses (scripts/content.mjs), on the same corpus in the same run.
 */
import { defineDocumentType, makeSource } from 'contentlayer2/source-files';
import remarkGfm from 'remark-gfm';

const fields = {
  title: { type: 'string', required: true },
  date: { type: 'date', required: true },
  category: { type: 'string', required: true },
  summary: { type: 'string', required: true },
  tags: { type: 'list', of: { type: 'string' } },
  image: { type: 'string' },
  imageAlt: { type: 'string' },
  imageCredit: { type: 'string' },
  updated: { type: 'date' },
  featured: { type: 'boolean' },
  draft: { type: 'boolean' },
} as const;

export const StoryMd = defineDocumentType(() => ({ name: 'StoryMd', filePathPattern: '*/news/*.md', contentType: 'markdown', fields }));
export const StoryMdx = defineDocumentType(() => ({ name: 'StoryMdx', filePathPattern: '*/news/*.mdx', contentType: 'mdx', fields }));

export default makeSource({
  // Copied alone into a folder of its own by the benchmark: it imports nothing of the project.
  contentDirPath: process.env.CONTENT_DIR || 'content',
  documentTypes: [StoryMd, StoryMdx],
  disableImportAliasWarning: true,
  markdown: { remarkPlugins: [remarkGfm] },
  mdx: { remarkPlugins: [remarkGfm] },
});
