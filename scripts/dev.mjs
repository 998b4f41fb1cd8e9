#!/usr/bin/env node
// `npm run dev`: Contentlayer in watch mode (scripts/content.mjs dev) beside `next dev`. Saving a
// content file regenerates its document and the newsroom index; the app imports the index's stamp,
// so the open page refreshes without a restart.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

// The tools' entry points, found the way Node finds packages (works from any folder of the project).
const require = createRequire(import.meta.url);
const packageDir = (name) => path.dirname(require.resolve(`${name}/package.json`));
const bins = {
  next: path.join(packageDir('next'), 'dist/bin/next'),
  tsx: path.join(packageDir('tsx'), 'dist/cli.mjs'),
};
const run = (name, args, spawner) => spawner(process.execPath, [bins[name], ...args], { stdio: 'inherit' });

spawnSync(process.execPath, ['scripts/generate-font-css.mjs'], { stdio: 'inherit' });
// A first full generation before Next starts, so that the index exists; the check lists any problem.
const first = spawnSync(process.execPath, ['scripts/content.mjs', 'build', '--keep-going'], { stdio: 'inherit' });
if (first.status !== 0) console.error('\nContent has errors (above); fix them and save: the dev server keeps watching.\n');

const children = [
  spawn(process.execPath, ['scripts/content.mjs', 'dev', '--no-check'], { stdio: 'inherit' }),
  run('next', ['dev', ...process.argv.slice(2)], spawn),
];

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
