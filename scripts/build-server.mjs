#!/usr/bin/env node
// Bundles the production server (scripts/server.ts and the lib/ modules it uses) into one file next
// to the Next.js build: .next/newsroom-server.mjs. Packages (next, react…) stay imports.
import { build } from 'esbuild';

await build({
  entryPoints: ['scripts/server.ts'],
  outfile: '.next/newsroom-server.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
console.log('server bundled: .next/newsroom-server.mjs');
