/** The content folder: `CONTENT_DIR` (benchmarks and tests use other corpora), else `content`. Plain JS: the build scripts read it too. */
export function contentDir() {
  return process.env.CONTENT_DIR || 'content';
}
