#!/usr/bin/env node
// `npm run dev`: Contentlayer in watch mode beside `next dev`, and a watcher for stories. Saving a
// content file regenerates the newsroom index; the app imports its stamp, so the open page refreshes
// without a restart.
import { spawn, spawnSync } from 'node:child_process';
import { watch } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// The tools' entry points, found the way Node finds packages (works from any folder of the project).
const require = createRequire(import.meta.url);
const packageDir = (name) => path.dirname(require.resolve(`${name}/package.json`));
const bins = {
  contentlayer2: path.join(packageDir('contentlayer2'), 'bin/cli.cjs'),
  next: path.join(packageDir('next'), 'dist/bin/next'),
  tsx: path.join(packageDir('tsx'), 'dist/cli.mjs'),
};
const run = (name, args, spawner) => spawner(process.execPath, [bins[name], ...args], { stdio: 'inherit' });

spawnSync(process.execPath, ['scripts/generate-font-css.mjs'], { stdio: 'inherit' });
const first = run('contentlayer2', ['build'], spawnSync);
if (first.status !== 0) console.error('\nContent has errors (above); fix them and save: the dev server keeps watching.\n');

const children = [
  run('contentlayer2', ['dev'], spawn),
  run('next', ['dev', ...process.argv.slice(2)], spawn),
];
// Contentlayer watches the pages; stories take the project's own pipelines (lib/content/generate.ts),
// rerun here when one of them changes.
const contentDir = process.env.CONTENT_DIR || 'content';
let timer;
let running = false;
let again = false;
const reindex = () => {
  if (running) return void (again = true);
  running = true;
  const child = run('tsx', ['scripts/content-index.ts'], spawn);
  child.on('exit', () => {
    running = false;
    if (again) {
      again = false;
      reindex();
    }
  });
};
watch(contentDir, { recursive: true }, (_event, file) => {
  if (!file || !/(^|\/)news\/[^/]+\.mdx?$/.test(String(file).replace(/\\/g, '/'))) return;
  clearTimeout(timer);
  timer = setTimeout(reindex, 150);
});

const stop = (code = 0) => {
  const alive = children.filter((c) => c.exitCode === null && c.signalCode === null);
  for (const c of alive) c.kill('SIGTERM');
  // leave once the tools have shut down (they may still be writing their caches)
  Promise.all(alive.map((c) => new Promise((resolve) => c.once('exit', resolve)))).then(() => process.exit(code));
  setTimeout(() => process.exit(code), 5000).unref();
};
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
for (const c of children) c.on('exit', (code) => stop(code ?? 0));
