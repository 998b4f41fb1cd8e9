/**
 * Where content lives and where Contentlayer and the newsroom's indexes are written (relative to the
 * project). Plain strings, not `path.join` calls: Turbopack traces `path.join` with literal parts as
 * a reference to that folder, and tracing `.contentlayer/` while the content step rewrites it (the
 * two run side by side in a full build) makes the compiler fail. The site reads these files at run
 * time from `process.cwd()`; none of them is compiled into the site.
 */

export { contentDir } from './dir.mjs';

/** Contentlayer's documents: `<Type>/<id>.json` each, with its compiled body. */
export const generatedDir = '.contentlayer/generated';
export const indexDir = '.contentlayer/newsroom';
/** Every version's listing fields, without bodies (lib/content/indexes.ts). */
export const indexFile = `${indexDir}/index.json`;
/** Changes with every content generation; the app imports it so `next dev` refreshes open pages. */
export const stampFile = `${indexDir}/stamp.json`;
/** The content check's findings of the last generation, for the preview's banner (npm run dev). */
export const problemsFile = `${indexDir}/problems.json`;
/** The search index of every story version, with their plain text (lib/search/store.ts). */
export const searchIndexFile = `${indexDir}/search.bin`;

/**
 * Contentlayer's file for one document, as its generator names it (`StoryMd/fr__news__slug.md.json`):
 * slashes of the id become `__`, and an id starting with a digit gets a leading `_`.
 */
export function documentFile(type: string, id: string): string {
  const name = /^\d/.test(id) ? `_${id}` : id;
  return `${generatedDir}/${type}/${name.replace(/\//g, '__')}.json`;
}
