#!/usr/bin/env node
// Completes .next/standalone/ (written by `next build` with output: 'standalone', which
// `npm run build:standalone` turns on) into a folder that
// runs on its own: static assets, public files, the content index and compiled bodies, and the
// production server. Then: cd .next/standalone && node .next/newsroom-server.mjs
import { cpSync, existsSync } from 'node:fs';

const out = '.next/standalone';
if (!existsSync(out)) {
  console.error('no .next/standalone: run `npm run build:standalone`');
  process.exit(1);
}
cpSync('.next/static', `${out}/.next/static`, { recursive: true });
cpSync('public', `${out}/public`, { recursive: true });
cpSync('.contentlayer/newsroom', `${out}/.contentlayer/newsroom`, { recursive: true });
cpSync('.contentlayer/generated', `${out}/.contentlayer/generated`, { recursive: true });
cpSync('.next/newsroom-server.mjs', `${out}/.next/newsroom-server.mjs`);
cpSync('.next/newsroom-build.json', `${out}/.next/newsroom-build.json`);
console.log(`standalone folder ready: ${out} (start it with: cd ${out} && node .next/newsroom-server.mjs)`);
