#!/usr/bin/env node
// `npm run dev`: Contentlayer in watch mode beside `next dev`. Saving an MDX file regenerates the
// newsroom index; the app imports its stamp, so the open page refreshes without a restart.
import { spawn, spawnSync } from 'node:child_process';

const bin = (name) => `node_modules/.bin/${name}`;
const first = spawnSync(bin('contentlayer2'), ['build'], { stdio: 'inherit' });
if (first.status !== 0) console.error('\nContent has errors (above); fix them and save: the dev server keeps watching.\n');

const children = [
  spawn(bin('contentlayer2'), ['dev'], { stdio: 'inherit' }),
  spawn(bin('next'), ['dev', ...process.argv.slice(2)], { stdio: 'inherit' }),
];
const stop = (code = 0) => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  process.exit(code);
};
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
for (const c of children) c.on('exit', (code) => stop(code ?? 0));
