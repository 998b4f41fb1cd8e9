/**
 * Where Contentlayer writes its documents, and where the newsroom index lives (relative to the
 * project). Plain strings, not `path.join` calls: Turbopack traces `path.join` with literal parts as
 * a reference to that folder, and tracing `.contentlayer/` while the content step rewrites it (the
 * two run side by side in a full build, scripts/build.mjs) makes the compiler fail. The site reads
 * these files at run time from `process.cwd()`; nothing of them belongs in the compiled code.
 */
export const generatedDir = '.contentlayer/generated';
export const indexDir = '.contentlayer/newsroom';
export const indexFile = `${indexDir}/index.json`;
export const stampFile = `${indexDir}/stamp.json`;
/** The search index of every story version, with their plain text (lib/search/store.ts). */
export const searchIndexFile = `${indexDir}/search.bin`;
/** Rendered bodies of plain `.md` stories, and the cache that lets unchanged ones be reused. */
export const bodiesDir = `${indexDir}/bodies`;
export const markdownCacheFile = `${indexDir}/markdown-cache.json`;
/** The addresses content gives the site, for the proxy's 404s (lib/content/routes.ts). */
export const routesFile = `${indexDir}/routes.json`;
