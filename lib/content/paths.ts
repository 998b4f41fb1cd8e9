import path from 'node:path';

/** Where Contentlayer writes its documents, and where the newsroom index lives (relative to the project). */
export const generatedDir = path.join('.contentlayer', 'generated');
export const indexDir = path.join('.contentlayer', 'newsroom');
export const indexFile = path.join(indexDir, 'index.json');
export const stampFile = path.join(indexDir, 'stamp.json');
/** The search index of every story version, with their plain text (lib/search/store.ts). */
export const searchIndexFile = path.join(indexDir, 'search.bin');
/** Rendered bodies of plain `.md` stories, and the cache that lets unchanged ones be reused. */
export const bodiesDir = path.join(indexDir, 'bodies');
export const markdownCacheFile = path.join(indexDir, 'markdown-cache.json');
/** The addresses content gives the site, for the proxy's 404s (lib/content/routes.ts). */
export const routesFile = path.join(indexDir, 'routes.json');
