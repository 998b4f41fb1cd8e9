#!/usr/bin/env node
// `npm run dev`: Contentlayer in watch mode beside `next dev`. Saving an MDX file regenerates the
// newsroom index; the app imports its stamp, so the open page refreshes without a restart.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

// The tools' entry points, found the way Node finds packages (works from any folder of the project).
const require = createRequire(import.meta.url);
const packageDir = (name) => path.dirname(require.resolve(`${name}/package.json`));
const bins = { contentlayer2: path.join(packageDir('contentlayer2'), 'bin/cli.cjs'), next: path.join(packageDir('next'), 'dist/bin/next') };
const run = (name, args, spawner) => spawner(process.execPath, [bins[name], ...args], { stdio: 'inherit' });

const first = run('contentlayer2', ['build'], spawnSync);
if (first.status !== 0) console.error('\nContent has errors (above); fix them and save: the dev server keeps watching.\n');

const children = [
  run('contentlayer2', ['dev'], spawn),
  run('next', ['dev', ...process.argv.slice(2)], spawn),
];
const stop = (code = 0) => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  process.exit(code);
};
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
for (const c of children) c.on('exit', (code) => stop(code ?? 0));
