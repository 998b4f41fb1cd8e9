#!/usr/bin/env node
// `npm run build`: fonts, the content step (the content check, then Contentlayer, whose onSuccess
// writes the newsroom and search indexes: scripts/content.mjs), `next build`, then the production server bundle. The compile step of `next build`
// runs beside the content step (it does not read content), then the pages are rendered.
//
// A content-only rebuild skips `next build`. The site's code never embeds content: pages, feeds, the
// sitemap and search read the content step's output at run time (lib/content/index.ts). So when no
// input of `next build` changed since the last one (the files below, the lockfile and the build's
// environment, fingerprinted in .next/newsroom-build.json), the compiled site is still right: only
// what it rendered from the old content is out of date. That is removed (every page, feed, sitemap
// and share image Next rendered at build or on a request, and the image optimizer's cache); each is
// rendered again, from the new content, on its first request, and kept. This is what an
// editor's commit costs in CI (docs/performance.md). `npm run build -- --full` always runs
// `next build`; `-- --plan` only says which build it would do.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { contentDir } from '../lib/content/dir.mjs';

const full = process.argv.includes('--full') || process.env.NEWSROOM_FULL_BUILD === '1';
const fingerprintFile = '.next/newsroom-build.json';
const stampFile = '.contentlayer/newsroom/stamp.json';

/** Steps running side by side: the first to fail stops the others and the build. */
const running = new Set();
function runAsync(label, command, args) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: process.env, detached: true });
    running.add(child);
    child.on('exit', (code, signal) => {
      running.delete(child);
      if (code === 0) return resolve((performance.now() - started) / 1000);
      console.error(`\nbuild: ${label} failed (exit ${code ?? signal})`);
      for (const other of running) {
        try {
          process.kill(-other.pid, 'SIGTERM');
        } catch {}
      }
      process.exit(code || 1);
    });
  });
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of running) {
      try {
        process.kill(-child.pid, signal);
      } catch {}
    }
    process.exit(130);
  });
}

function run(label, command, args) {
  const started = performance.now();
  const r = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    console.error(`\nbuild: ${label} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
  return (performance.now() - started) / 1000;
}
/** A package's command, found the way Node finds the package (also from a copy of the project). */
const require = createRequire(path.resolve('package.json'));
const bin = (pkg) => {
  const { bin: b } = require(`${pkg}/package.json`);
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), typeof b === 'string' ? b : b[pkg]);
};

/** Everything `next build` reads besides content: the site's code, configuration and dependencies. */
const codeInputs = [
  'app',
  'components',
  'lib',
  'messages',
  'proxy.ts',
  'next.config.ts',
  'tsconfig.json',
  'postcss.config.mjs',
  'contentlayer.config.ts',
  'package.json',
  'package-lock.json',
];
/** Environment that changes what `next build` produces. */
const buildEnv = ['NODE_ENV', 'SITE_URL', 'PRERENDER_ALL_UP_TO', 'PRERENDER_NEWEST', 'NEWSROOM_STANDALONE'];

/** Every static page's slug, from `content/<locale>/pages/<slug>.md(x)`. */
function pageSlugs() {
  const root = contentDir();
  const slugs = new Set();
  for (const locale of readdirSync(root, { withFileTypes: true })) {
    if (!locale.isDirectory()) continue;
    const dir = path.join(root, locale.name, 'pages');
    for (const file of statSync(dir, { throwIfNoEntry: false })?.isDirectory() ? readdirSync(dir) : []) {
      if (/\.mdx?$/.test(file)) slugs.add(file.replace(/\.mdx?$/, ''));
    }
  }
  return [...slugs].sort();
}

function fingerprint() {
  const hash = createHash('sha256');
  const add = (file) => {
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const name of readdirSync(file).sort()) add(path.join(file, name));
      return;
    }
    hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
  };
  for (const input of codeInputs) add(input);
  // The static pages' addresses are fixed at `next build` (app/[locale]/[...path]): a new slug needs one.
  hash.update(`pages ${pageSlugs().join(' ')}\0`);
  for (const key of buildEnv) hash.update(`${key}=${process.env[key] ?? ''}\0`);
  hash.update(`node ${process.version}\0`);
  return hash.digest('hex');
}

/**
 * Removes every page, feed and sitemap Next rendered (at build or on a request): the files it writes
 * beside the compiled code under .next/server/app. Each is rendered again on its first request.
 */
function purgeRendered(dir = '.next/server/app') {
  let removed = 0;
  // Pages rendered on request, and prerendered ones Next has promoted there on first use.
  if (dir === '.next/server/app' && existsSync('.next/server/route-cache')) {
    rmSync('.next/server/route-cache', { recursive: true, force: true });
    removed++;
  }
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name.endsWith('.segments')) {
      rmSync(file, { recursive: true, force: true });
      removed++;
    } else if (entry.isDirectory()) removed += purgeRendered(file);
    else if (/\.(html|rsc|meta|body)$/.test(entry.name)) {
      rmSync(file, { force: true });
      removed++;
    }
  }
  return removed;
}

// The public address is built into every page, feed and sitemap: a production build without it
// would publish http://localhost:3000 links, so it is refused.
const siteUrl = process.env.SITE_URL?.trim().replace(/\/+$/, '');
if (!siteUrl && process.env.NODE_ENV !== 'development') {
  console.error(
    'build: SITE_URL is not set. Canonical URLs, hreflang, feeds, the sitemap and share links are built from it.\n' +
      '       Build with the public address, e.g. SITE_URL=https://news.example.org npm run build\n' +
      '       (to try the site on this machine: SITE_URL=http://localhost:3000 npm run build).',
  );
  process.exit(1);
}
if (siteUrl && !/^https?:\/\/[^/\s]+$/.test(siteUrl)) {
  console.error(
    `build: SITE_URL ${JSON.stringify(siteUrl)} is not a site address; expected e.g. https://news.example.org (scheme and host, no path).`,
  );
  process.exit(1);
}

// The decision depends on the code only, so it is taken (and, with --plan, printed) before building.
const print = fingerprint();
let previous;
try {
  previous = JSON.parse(readFileSync(fingerprintFile, 'utf8')).fingerprint;
} catch {}
const canSkip = !full && previous === print && existsSync('.next/BUILD_ID') && existsSync('.next/server/app');
if (process.argv.includes('--plan')) {
  console.log(canSkip ? 'content-only' : 'full');
  process.exit(0);
}

const timings = {};
/** The content step's own split (the check, then Contentlayer with its onSuccess). */
const contentTimings = path.join(os.tmpdir(), `newsroom-content-${process.pid}.json`);
const contentSteps = () => {
  try {
    const t = JSON.parse(readFileSync(contentTimings, 'utf8'));
    rmSync(contentTimings, { force: true });
    return Object.fromEntries(Object.entries(t).map(([k, v]) => [`content.${k}`, v]));
  } catch {
    return {};
  }
};
timings.fonts = run('fonts', process.execPath, ['scripts/generate-font-css.mjs']);
if (canSkip) {
  timings.content = run('content', process.execPath, ['scripts/content.mjs', '--timings', contentTimings]);
  Object.assign(timings, contentSteps());
  const removed = purgeRendered();
  rmSync('.next/cache/images', { recursive: true, force: true });
  console.log(`\nbuild: the site's code has not changed since the last build: content-only rebuild (next build skipped;`);
  console.log(
    `       ${removed} rendered entries cleared, rendered again from the new content on first request). --full to rebuild everything.`,
  );
} else {
  rmSync(fingerprintFile, { force: true });
  // The compile step of next build does not read content, so it runs beside the content step; the
  // pages are rendered from the new content afterwards. The app imports the content stamp (for
  // development's live refresh): a placeholder lets the compiler start before the first content run.
  if (!existsSync(stampFile)) {
    mkdirSync(path.dirname(stampFile), { recursive: true });
    writeFileSync(stampFile, JSON.stringify({ generatedAt: 'not generated yet', versions: 0 }));
  }
  const [content, compile] = await Promise.all([
    runAsync('content', process.execPath, ['scripts/content.mjs', '--timings', contentTimings]),
    runAsync('next build (compile)', process.execPath, [bin('next'), 'build', '--experimental-build-mode=compile']),
  ]);
  Object.assign(timings, { content, ...contentSteps(), compile });
  timings.render = run('next build (render)', process.execPath, [bin('next'), 'build', '--experimental-build-mode=generate']);
  writeFileSync(fingerprintFile, JSON.stringify({ fingerprint: print, siteUrl, builtAt: new Date().toISOString() }));
}
timings.server = run('server bundle', process.execPath, ['scripts/build-server.mjs']);
mkdirSync('.next', { recursive: true });
writeFileSync('.next/newsroom-last-build.json', JSON.stringify({ mode: canSkip ? 'content-only' : 'full', timings }));
console.log(
  `build: ${Object.entries(timings)
    .map(([k, s]) => `${k} ${s.toFixed(1)}s`)
    .join(', ')}`,
);
