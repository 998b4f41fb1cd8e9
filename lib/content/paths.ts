import path from 'node:path';

/** Where Contentlayer writes its documents, and where the newsroom index lives (relative to the project). */
export const generatedDir = path.join('.contentlayer', 'generated');
export const indexDir = path.join('.contentlayer', 'newsroom');
export const indexFile = path.join(indexDir, 'index.json');
export const stampFile = path.join(indexDir, 'stamp.json');
/** Plain text of every story version, keyed `<locale>/<slug>`, for the search index. */
export const searchTextFile = path.join(indexDir, 'search-text.json');
