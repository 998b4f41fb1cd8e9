/**
 * Rebuilds the newsroom index (check, Markdown stories, index) from the content folder and what
 * Contentlayer last generated, without running Contentlayer. `npm run dev` runs it when a plain
 * `.md` story changes (Contentlayer watches the MDX files and pages itself).
 */
import { writeNewsroomIndex } from '../lib/content/generate';

const contentDir = process.env.CONTENT_DIR || 'content';
const started = performance.now();
try {
  const index = await writeNewsroomIndex({ contentDir });
  console.log(`newsroom index: ${index.versions.length} versions in ${Math.round(performance.now() - started)} ms`);
} catch {
  // the problems are already listed, file by file
  process.exitCode = 1;
}
