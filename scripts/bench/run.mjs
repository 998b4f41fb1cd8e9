#!/usr/bin/env node
// `npm run bench`: builds the site against a synthetic newsroom and measures what issue #5 budgets.
//
//   npm run bench -- [--articles 1000] [--only build,urls,serve,nginx,load,restart,js,search,lighthouse]
//                    [--duration 15] [--load-duration 60] [--baseline results.json] [--port 3400]
//
// Everything happens in a throwaway copy of the project under .sandbox/ (the working tree's builds
// are not touched). Results: a table on screen and JSON in bench-results/. Budgets are checked and
// reported; the exit code is 1 when one fails.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { deployNginxConf } from '../nginx-conf.mjs';
import { siteCode } from '../site-sources.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const allMeasures = ['build', 'urls', 'serve', 'nginx', 'proxy', 'load', 'restart', 'js', 'search', 'lighthouse'];
const usage = `usage: npm run bench -- [--articles N] [--only ${allMeasures.join(',')}] [--duration S] [--load-duration S] [--baseline FILE] [--floor runner,cli] [--port P] [--keep]`;
function fail(message) {
  console.error(`bench: ${message}\n${usage}`);
  process.exit(2);
}
let opts;
try {
  opts = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      only: { type: 'string', default: allMeasures.join(',') },
      duration: { type: 'string', default: '15' },
      'load-duration': { type: 'string', default: '60' },
      baseline: { type: 'string' },
      floor: { type: 'string' },
      port: { type: 'string', default: '3400' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  }).values;
} catch (e) {
  fail(e.message);
}
if (opts.help) {
  console.log(usage);
  process.exit(0);
}
for (const k of ['articles', 'duration', 'load-duration', 'port'])
  if (!/^[1-9][0-9]*$/.test(opts[k])) fail(`--${k} must be a positive integer (got ${JSON.stringify(opts[k])})`);
const only = new Set(
  opts.only
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);
for (const m of only) if (!allMeasures.includes(m)) fail(`unknown measure ${JSON.stringify(m)}`);
const N = Number(opts.articles);
const port = Number(opts.port);
const duration = Number(opts.duration);
const base = `http://127.0.0.1:${port}`;
const locales = ['en', 'fr', 'de', 'el', 'it', 'es', 'sv', 'ro'];

const results = {
  articles: N,
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
  budgets: [],
};
/** The status of a GET, its body read to the end (0 when the request fails). */
async function statusOf(url) {
  try {
    const r = await fetch(url);
    await r.arrayBuffer();
    return r.status;
  } catch {
    return 0;
  }
}
const step = (message) => console.log(`\n▸ ${message}`);
const note = (message) => console.log(`  ${message}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const percentile = (values, p) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};
const round = (n, d = 1) => (Number.isFinite(n) ? Math.round(n * 10 ** d) / 10 ** d : n);
function budget(name, value, limit, pass, unit = '') {
  results.budgets.push({ name, value, limit, unit, pass });
  note(`${pass ? '✓' : '✗'} ${name}: ${value}${unit} (budget ${limit}${unit})`);
}
const have = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

function ensureDebianPackages() {
  const want = [
    ['hugo', 'hugo'],
    ['nginx', 'nginx'],
    ['chromium', 'chromium'],
  ].filter(([cmd]) => !have(cmd) && !(cmd === 'chromium' && existsSync('/usr/bin/chromium')));
  if (!want.length) return;
  if (process.getuid?.() !== 0) return note(`missing ${want.map(([, p]) => p).join(', ')} (not root: those measures are skipped)`);
  step(`installing Debian packages: ${want.map(([, p]) => p).join(', ')}`);
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  spawnSync('apt-get', ['install', '-y', '-qq', ...want.map(([, p]) => p)], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/** Runs a command, returning wall seconds and peak resident memory (GNU time), failing loudly. */
function timed(label, cmd, args, { cwd, env }) {
  const useTime = existsSync('/usr/bin/time');
  const started = performance.now();
  const r = useTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(cmd, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) {
    console.error(r.stdout?.slice(-4000), r.stderr?.slice(-4000));
    throw new Error(`${label} failed (exit ${r.status})`);
  }
  const peakKB = useTime ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  return { seconds: round(seconds, 2), peakMB: round(peakKB / 1024, 0), output: r.stdout };
}

// ---------------------------------------------------------------------------------------------------
const work = path.join(root, '.sandbox', `bench-${N}`);
const site = path.join(work, 'site');
const corpus = path.join(work, 'corpus');
const hugoSite = path.join(work, 'hugo');
ensureDebianPackages();

step(`corpus: ${N} articles`);
rmSync(work, { recursive: true, force: true, maxRetries: 10 });
mkdirSync(work, { recursive: true });
const gen = (format, out) =>
  execFileSync(
    process.execPath,
    [path.join(root, 'scripts/bench/corpus.mjs'), '--articles', String(N), '--out', out, '--format', format, '--seed', '2026'],
    { encoding: 'utf8' },
  ).trim();
note(gen('project', corpus));
const files = readdirSync(corpus).flatMap((l) => readdirSync(path.join(corpus, l, 'news')));
results.corpus = { versions: files.length, mdx: files.filter((f) => f.endsWith('.mdx')).length, localizedArticleUrls: N * locales.length };

step('project copy');
for (const part of siteCode) {
  cpSync(path.join(root, part), path.join(site, part), { recursive: true });
}
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const editedSentence = 'One more sentence, added by the benchmark.';
const buildEnv = { CONTENT_DIR: corpus, PWD: site, SITE_URL: base, NEXT_TELEMETRY_DISABLED: '1' };

/** `npm run build` as an editor's CI runs it (scripts/build.mjs): wall time, peak memory, its steps. */
function build(label) {
  const r = timed(`${label} build`, process.execPath, ['scripts/build.mjs'], { cwd: site, env: buildEnv });
  const last = JSON.parse(readFileSync(path.join(site, '.next/newsroom-last-build.json'), 'utf8'));
  const steps = Object.fromEntries(Object.entries(last.timings).map(([k, v]) => [k, round(v, 2)]));
  note(
    `${label}: ${last.mode} build, ${r.seconds}s (${Object.entries(steps)
      .map(([k, v]) => `${k} ${v}s`)
      .join(', ')}), ${r.peakMB} MB peak`,
  );
  return { seconds: r.seconds, mode: last.mode, steps, peakMB: r.peakMB };
}

/**
 * The floor of the named stack: a bare Contentlayer build of the same corpus (story types with
 * remark-gfm and nothing else, scripts/bench/floor.contentlayer.config.ts), cold, in a folder of
 * its own. Through the CLI as shipped, and through the runner the site uses (without the CLI's
 * execution tracing); `--floor cli,runner` chooses (the CLI's run takes minutes at 10,000 stories).
 */
function floor(how) {
  const dir = path.join(work, `floor-${how}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(path.join(root, 'scripts/bench/floor.contentlayer.config.ts'), path.join(dir, 'contentlayer.config.ts'));
  const env = { CONTENT_DIR: corpus, PWD: dir, NEXT_TELEMETRY_DISABLED: '1' };
  const r =
    how === 'cli'
      ? timed('bare contentlayer2 build (CLI)', bin('contentlayer2'), ['build'], { cwd: dir, env })
      : timed('bare Contentlayer build (runner)', process.execPath, [path.join(root, 'scripts/content.mjs'), 'build', '--no-check'], {
          cwd: dir,
          env,
        });
  note(
    `bare Contentlayer, ${how === 'cli' ? 'contentlayer2 build (CLI, execution tracing on)' : "the site's runner (no tracing)"}: ${r.seconds}s, ${r.peakMB} MB peak`,
  );
  rmSync(dir, { recursive: true, force: true });
  return { seconds: r.seconds, peakMB: r.peakMB };
}

if (only.has('build')) {
  if (have('hugo') && existsSync(path.join(root, '../shared/anchors/hugo'))) {
    step('Hugo anchor, same articles');
    cpSync(path.join(root, '../shared/anchors/hugo'), hugoSite, { recursive: true });
    note(gen('hugo', path.join(hugoSite, 'content')));
    spawnSync('chmod', ['-R', 'u+w', hugoSite]);
    // Hugo's time is the yardstick, so a quick one is taken three times from clean output and the
    // median kept (single runs of the 1,000-article site vary by ±15 % on this machine).
    const runs = [];
    do {
      for (const out of ['public', 'resources']) rmSync(path.join(hugoSite, out), { recursive: true, force: true });
      runs.push(timed('hugo', 'hugo', ['--quiet'], { cwd: hugoSite, env: {} }));
    } while (runs.length < 3 && runs[0].seconds < 30);
    const hugo = [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor((runs.length - 1) / 2)];
    results.hugo = { seconds: hugo.seconds, peakMB: Math.max(...runs.map((r) => r.peakMB)), runs: runs.map((r) => r.seconds) };
    note(
      `hugo: ${hugo.seconds}s${runs.length > 1 ? ` (median of ${runs.map((r) => r.seconds).join(', ')})` : ''}, ${results.hugo.peakMB} MB`,
    );
  } else note('hugo or ../shared/anchors/hugo missing: no Hugo comparison');

  step('floor: a bare Contentlayer build of the same corpus');
  results.floor = {};
  for (const how of (opts.floor ?? (N > 2000 ? 'runner' : 'runner,cli')).split(',')) results.floor[how] = floor(how);

  step('cold build (no caches at all)');
  for (const dir of ['.next', '.contentlayer']) rmSync(path.join(site, dir), { recursive: true, force: true });
  results.coldBuild = build('cold');
  results.prerendered = Object.keys(JSON.parse(readFileSync(path.join(site, '.next/prerender-manifest.json'), 'utf8')).routes).length;
  note(`${results.prerendered} routes prerendered`);
  step('rebuild after a code change (informative: next build runs again, with its caches)');
  appendFileSync(path.join(site, 'components/layout/SiteFooter.tsx'), '\n// benchmark: a code change\n');
  results.codeChangeBuild = build('code change');
  step('warm build after editing one article (caches kept; the site then serves this build)');
  const editedFile = files.find((f) => f.endsWith('.md') && existsSync(path.join(corpus, 'en', 'news', f)));
  appendFileSync(path.join(corpus, 'en', 'news', editedFile), `\n${editedSentence}\n`);
  results.edited = `/en/news/${editedFile.replace(/\.md$/, '')}`;
  results.warmBuild = build('warm');
  if (results.hugo) {
    const limit = N > 2000 ? 1 : 2;
    budget(
      `warm build after one edit ÷ Hugo cold`,
      round(results.warmBuild.seconds / results.hugo.seconds, 2),
      limit,
      results.warmBuild.seconds <= limit * results.hugo.seconds,
      '×',
    );
    note(`cold build ÷ Hugo cold (informative): ${round(results.coldBuild.seconds / results.hugo.seconds, 2)}×`);
  }
  if (results.floor.runner)
    budget(
      'cold build ÷ bare Contentlayer (same runner)',
      round(results.coldBuild.seconds / results.floor.runner.seconds, 2),
      1.5,
      results.coldBuild.seconds <= 1.5 * results.floor.runner.seconds,
      '×',
    );
  if (results.floor.cli)
    note(`cold build ÷ bare contentlayer2 build (CLI, informative): ${round(results.coldBuild.seconds / results.floor.cli.seconds, 2)}×`);
  budget(
    'peak build memory',
    Math.max(results.coldBuild.peakMB, results.warmBuild.peakMB),
    4096,
    Math.max(results.coldBuild.peakMB, results.warmBuild.peakMB) <= 4096,
    ' MB',
  );
  if (opts.baseline) {
    const b = JSON.parse(readFileSync(opts.baseline, 'utf8'));
    const perArticle = results.coldBuild.seconds / N;
    const basePer = b.coldBuild.seconds / b.articles;
    budget(
      `build time per article vs ${b.articles}-article baseline`,
      round(perArticle / basePer, 2),
      1,
      perArticle <= basePer * 1.05,
      '×',
    );
  }
} else if (!existsSync(path.join(site, '.next/newsroom-server.mjs'))) {
  step('build (needed by the other measures)');
  build('build');
}

// ---------------------------------------------------------------------------------------------------
let server;
function rss(pid) {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
  } catch {
    return NaN;
  }
}
async function startServer() {
  server = spawn(process.execPath, ['.next/newsroom-server.mjs', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: site,
    env: { ...process.env, ...buildEnv, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  server.stderr.on('data', (d) => process.env.BENCH_VERBOSE && process.stderr.write(d));
  for (let i = 0; i < 200; i++) {
    const ok = await fetch(`${base}/en`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await sleep(100);
  }
  throw new Error('server did not start');
}
function stopServer(signal = 'SIGTERM') {
  if (!server) return;
  try {
    process.kill(-server.pid, signal);
  } catch {}
  server = undefined;
}
process.on('exit', () => stopServer('SIGKILL'));

const index = () => JSON.parse(readFileSync(path.join(site, '.contentlayer/newsroom/index.json'), 'utf8'));
const slugsNewestFirst = () => {
  const seen = new Map();
  for (const v of index().versions) if (v.kind === 'story' && !v.draft) seen.set(v.slug, v.date);
  return [...seen].sort((a, b) => (a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : a[0] < b[0] ? -1 : 1)).map(([s]) => s);
};

async function ttfb(url) {
  const started = performance.now();
  const res = await fetch(url);
  const ms = performance.now() - started;
  const body = await res.text();
  return { ms, status: res.status, complete: body.trimEnd().endsWith('</html>') };
}

const needServer = ['urls', 'serve', 'nginx', 'proxy', 'load', 'js', 'lighthouse'].some((m) => only.has(m));
if (needServer) {
  step('server');
  await startServer();
  results.serverStartMB = round(rss(server.pid), 0);
  note(`ready, ${results.serverStartMB} MB`);
  if (results.edited) {
    const page = await (await fetch(base + results.edited)).text();
    const ok = page.includes(editedSentence);
    budget(`after the warm rebuild, ${results.edited} shows the edit`, ok ? 'yes' : 'no', 'yes', ok);
  }
}

if (only.has('urls') || only.has('serve')) {
  step('long-tail stories: first request');
  const slugs = slugsNewestFirst();
  const tail = slugs.slice(-40).flatMap((s, i) => [`${base}/${locales[i % 8]}/news/${s}`, `${base}/${locales[(i + 3) % 8]}/news/${s}`]);
  const times = [];
  for (const url of tail) times.push((await ttfb(url)).ms);
  results.longTail = {
    requests: times.length,
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    maxMs: round(Math.max(...times)),
  };
  note(`first request of ${times.length} long-tail pages: p50 ${results.longTail.p50Ms} ms, p95 ${results.longTail.p95Ms} ms`);
  budget('long-tail first request p95', results.longTail.p95Ms, 300, results.longTail.p95Ms <= 300, ' ms');
}

if (only.has('urls')) {
  const slugs = slugsNewestFirst();
  const all = slugs.flatMap((s) => locales.map((l) => `${base}/${l}/news/${s}`));
  const sample = all.length > 16000 && !process.env.BENCH_ALL_URLS ? all.filter((_, i) => i % Math.ceil(all.length / 16000) === 0) : all;
  step(
    `every localized article URL answers 200 (${sample.length}${sample.length < all.length ? ` of ${all.length}, evenly sampled` : ''})`,
  );
  let ok = 0;
  const bad = [];
  const started = performance.now();
  for (let i = 0; i < sample.length; i += 16) {
    const batch = await Promise.all(sample.slice(i, i + 16).map((u) => statusOf(u)));
    for (const [j, s] of batch.entries()) {
      if (s === 200) ok++;
      else bad.push(`${s} ${sample[i + j]}`);
    }
    if (i % 1600 === 0) process.stdout.write(`\r  ${i + batch.length}/${sample.length}`);
  }
  process.stdout.write('\n');
  results.urls = {
    checked: sample.length,
    total: all.length,
    ok,
    seconds: round((performance.now() - started) / 1000),
    failures: bad.slice(0, 10),
  };
  budget('localized article URLs answering 200', `${ok}/${sample.length}`, `${sample.length}/${sample.length}`, ok === sample.length);

  // Listings a large newsroom renders on first request (category pages, later pages), and the
  // addresses that must stay 404s now that those routes accept parameters the build did not list.
  step('listing pages rendered on first request, and 404s');
  const categoryOf = new Map(
    index()
      .versions.filter((v) => v.kind === 'story' && !v.draft)
      .map((v) => [v.slug, v.category]),
  );
  const perCategory = new Map();
  for (const c of categoryOf.values()) perCategory.set(c, (perCategory.get(c) ?? 0) + 1);
  const listings = locales.flatMap((l) => [
    [`/${l}/news/page/2`, 200],
    ...[...perCategory].flatMap(([c, n]) => [
      [`/${l}/news/category/${c}`, 200],
      ...(n > 12 ? [[`/${l}/news/category/${c}/page/2`, 200]] : []),
    ]),
    [`/${l}/news/category/no-such-category`, 404],
    [`/${l}/news/page/100000`, 404],
  ]);
  const wrong = [];
  for (const [p, expected] of listings) {
    const status = await statusOf(base + p);
    if (status !== expected) wrong.push(`${status} ${p} (expected ${expected})`);
  }
  results.listings = { checked: listings.length, wrong: wrong.slice(0, 10) };
  note(`${listings.length} listing and not-found addresses checked${wrong.length ? `; wrong: ${wrong.slice(0, 3).join(', ')}` : ''}`);
  budget(
    'listing pages 200 and unknown listings 404',
    `${listings.length - wrong.length}/${listings.length}`,
    `${listings.length}/${listings.length}`,
    wrong.length === 0,
  );
}

async function load(url, seconds, extra = {}) {
  const before = rss(server?.pid);
  const r = await autocannon({ url, connections: 64, duration: seconds, headers: { 'accept-encoding': 'gzip' }, ...extra });
  return {
    requestsPerSecond: round(r.requests.average, 0),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
    rssBeforeMB: round(before, 0),
    rssAfterMB: round(rss(server?.pid), 0),
  };
}

const pageTypes = () => {
  const slug = slugsNewestFirst()[Math.floor(N / 2)];
  return { article: `/fr/news/${slug}`, newsroom: '/fr/news', home: '/fr' };
};

if (only.has('serve')) {
  step(`origin alone (Next.js's server, pages already rendered): 64 connections, ${duration}s per page type`);
  results.serve = {};
  for (const [type, p] of Object.entries(pageTypes())) {
    await fetch(base + p).then((r) => r.arrayBuffer());
    await fetch(base + p).then((r) => r.arrayBuffer());
    results.serve[type] = await load(base + p, duration, { headers: {} });
    const s = results.serve[type];
    note(
      `${type}: ${s.requestsPerSecond} req/s, p50 ${s.p50Ms} ms, p99 ${s.p99Ms} ms, ${s.errors} errors, RSS ${s.rssBeforeMB} → ${s.rssAfterMB} MB`,
    );
  }
  budget('origin alone: article p99', results.serve.article.p99Ms, 100, results.serve.article.p99Ms <= 100, ' ms');
  budget(
    'origin alone: errors',
    Object.values(results.serve).reduce((n, s) => n + s.errors, 0),
    0,
    Object.values(results.serve).every((s) => s.errors === 0),
  );
}

if ((only.has('nginx') || only.has('proxy')) && have('nginx')) {
  step(`plain nginx serving the same HTML files (gzip_static), ${duration}s per page type`);
  const ngx = path.join(work, 'nginx');
  rmSync(ngx, { recursive: true, force: true });
  mkdirSync(path.join(ngx, 'html'), { recursive: true });
  mkdirSync(path.join(ngx, 'logs'), { recursive: true });
  for (const p of Object.values(pageTypes())) {
    const html = Buffer.from(await (await fetch(base + p)).arrayBuffer());
    const file = path.join(ngx, 'html', `${p.slice(1)}.html`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, html);
    writeFileSync(`${file}.gz`, gzipSync(html, { level: 6 }));
  }
  writeFileSync(
    path.join(ngx, 'nginx.conf'),
    `worker_processes auto;\npid ${ngx}/nginx.pid;\nerror_log ${ngx}/logs/error.log warn;\nevents { worker_connections 4096; }\nhttp {\n  access_log off; sendfile on; tcp_nopush on; keepalive_requests 1000000;\n  types { text/html html; }\n  default_type text/html;\n  gzip_static on;\n  server {\n    listen 127.0.0.1:${port + 1};\n    root ${ngx}/html;\n    location / { try_files $uri.html $uri =404; }\n  }\n}\n`,
  );
  execFileSync('nginx', ['-c', path.join(ngx, 'nginx.conf'), '-p', ngx]);
  await sleep(300);
  results.nginx = {};
  try {
    for (const [type, p] of Object.entries(pageTypes())) {
      const r = await autocannon({
        url: `http://127.0.0.1:${port + 1}${p}`,
        connections: 64,
        duration,
        headers: { 'accept-encoding': 'gzip' },
      });
      results.nginx[type] = {
        requestsPerSecond: round(r.requests.average, 0),
        p50Ms: r.latency.p50,
        p99Ms: r.latency.p99,
        errors: r.errors + r.non2xx,
      };
      note(`${type}: ${results.nginx[type].requestsPerSecond} req/s, p99 ${results.nginx[type].p99Ms} ms`);
    }
  } finally {
    spawnSync('nginx', ['-c', path.join(ngx, 'nginx.conf'), '-p', ngx, '-s', 'stop']);
  }
}

if (only.has('proxy') && have('nginx')) {
  step('the documented topology: nginx (docs/deploy/nginx.conf) in front of two instances');
  const second = spawn(process.execPath, ['.next/newsroom-server.mjs', '-p', String(port + 2), '-H', '127.0.0.1'], {
    cwd: site,
    env: { ...process.env, ...buildEnv, NODE_ENV: 'production' },
    stdio: 'ignore',
    detached: true,
  });
  const ngx = path.join(work, 'proxy');
  rmSync(ngx, { recursive: true, force: true });
  mkdirSync(path.join(ngx, 'logs'), { recursive: true });
  mkdirSync(path.join(ngx, 'cache'), { recursive: true });
  const conf = deployNginxConf({ upstream: [`127.0.0.1:${port}`, `127.0.0.1:${port + 2}`], listen: `127.0.0.1:${port + 3}`, dir: ngx });
  writeFileSync(path.join(ngx, 'nginx.conf'), conf);
  try {
    for (
      let i = 0;
      i < 100 &&
      !(await fetch(`http://127.0.0.1:${port + 2}/en`)
        .then((r) => r.ok)
        .catch(() => false));
      i++
    )
      await sleep(100);
    execFileSync('nginx', ['-c', path.join(ngx, 'nginx.conf'), '-p', ngx]);
    await sleep(300);
    const front = `http://127.0.0.1:${port + 3}`;
    const p = pageTypes().article;
    const ask = (headers) => fetch(front + p, { headers: { 'accept-encoding': 'gzip', ...headers } });
    const first = await ask({ 'accept-language': 'fr' });
    await first.arrayBuffer();
    const second = await ask({ 'accept-language': 'fr' });
    const body = await second.text();
    // A reader of English switching to French must get the cookie, even though the page is cached.
    const switching = await ask({ 'accept-language': 'en' });
    await switching.arrayBuffer();
    const checks = {
      status: second.status,
      complete: body.trimEnd().endsWith('</html>'),
      cacheStatus: second.headers.get('x-cache'),
      encoding: second.headers.get('content-encoding'),
      cookieOnCachedResponse: second.headers.get('x-cache') === 'HIT' ? second.headers.get('set-cookie') : null,
      switchingGetsCookie: /NEXT_LOCALE=fr/.test(switching.headers.get('set-cookie') ?? ''),
      scriptsOnCachedPage: /<script(?![^>]*application\/ld\+json)/.test(body),
    };
    const ok =
      checks.status === 200 &&
      checks.complete &&
      checks.cacheStatus === 'HIT' &&
      checks.encoding === 'gzip' &&
      checks.cookieOnCachedResponse === null &&
      checks.switchingGetsCookie &&
      !checks.scriptsOnCachedPage;
    budget(
      'nginx topology: pages correct, cached, gzip, no cookie in cache, language choice remembered',
      ok ? 'ok' : JSON.stringify(checks),
      'ok',
      ok,
    );
    results.proxy = { checks };
    for (const [type, path_] of Object.entries(pageTypes())) {
      await fetch(front + path_, { headers: { 'accept-encoding': 'gzip', 'accept-language': 'fr' } }).then((r) => r.arrayBuffer());
      const r = await autocannon({
        url: front + path_,
        connections: 64,
        duration,
        headers: { 'accept-encoding': 'gzip', 'accept-language': 'fr' },
      });
      results.proxy[type] = {
        requestsPerSecond: round(r.requests.average, 0),
        p50Ms: r.latency.p50,
        p99Ms: r.latency.p99,
        errors: r.errors + r.timeouts + r.non2xx,
      };
      note(
        `${type} through nginx: ${results.proxy[type].requestsPerSecond} req/s, p99 ${results.proxy[type].p99Ms} ms, ${results.proxy[type].errors} errors`,
      );
    }
    if (results.nginx?.article) {
      const ratio = round(results.proxy.article.requestsPerSecond / results.nginx.article.requestsPerSecond, 2);
      budget('cached article through nginx ÷ plain nginx (gzip_static)', ratio, 0.5, ratio >= 0.5, '×');
    }
    budget('cached article through nginx: p99', results.proxy.article.p99Ms, 20, results.proxy.article.p99Ms <= 20, ' ms');
    budget(
      'cached pages through nginx: errors',
      Object.values(results.proxy).reduce((n, s) => n + (s.errors ?? 0), 0),
      0,
      ['article', 'newsroom', 'home'].every((t) => results.proxy[t].errors === 0),
    );
    if (only.has('lighthouse')) runLighthouse(front, 'through the documented nginx topology');
  } finally {
    spawnSync('nginx', ['-c', path.join(ngx, 'nginx.conf'), '-p', ngx, '-s', 'stop']);
    try {
      process.kill(-second.pid, 'SIGTERM');
    } catch {}
  }
}

if (only.has('js')) {
  step('JavaScript shipped per page type (gzip)');
  results.js = {};
  const cache = new Map();
  for (const [type, p] of Object.entries({ ...pageTypes(), search: '/fr/search?q=universite' })) {
    const html = await (await fetch(base + p)).text();
    let bytes = 0;
    for (const m of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
      const src = /\ssrc="([^"]+)"/.exec(m[1])?.[1];
      if (src) {
        if (!cache.has(src))
          cache.set(src, gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer()), { level: 9 }).length);
        bytes += cache.get(src);
      } else if (!/type="application\/ld\+json"/.test(m[1])) bytes += gzipSync(m[2], { level: 9 }).length;
    }
    results.js[type] = round(bytes / 1024, 1);
    note(`${type}: ${results.js[type]} KB`);
  }
  for (const t of ['article', 'newsroom', 'home']) budget(`${t} JavaScript (gzip)`, results.js[t], 0, results.js[t] === 0, ' KB');
}

if (only.has('load')) {
  const loadSeconds = Number(opts['load-duration']);
  step(`mixed load: 64 connections, ${loadSeconds}s (articles, newsroom, home, search, feeds, sitemap)`);
  const slugs = slugsNewestFirst();
  const paths = [];
  for (let i = 0; i < 200; i++) paths.push(`/${locales[i % 8]}/news/${slugs[(i * 37) % slugs.length]}`);
  for (const l of locales)
    paths.push(
      `/${l}`,
      `/${l}/news`,
      `/${l}/news/page/2`,
      `/${l}/news/category/research`,
      `/${l}/feed.xml`,
      `/${l}/search?q=${encodeURIComponent(l === 'el' ? 'ερευνα' : 'universit')}`,
    );
  paths.push('/sitemap.xml', '/robots.txt');
  // warm-up: every page once, then a short burst
  for (let i = 0; i < paths.length; i += 8)
    await Promise.all(paths.slice(i, i + 8).map((p) => fetch(base + p).then((r) => r.arrayBuffer())));
  await autocannon({
    url: base,
    connections: 16,
    duration: 5,
    requests: paths.map((p) => ({ path: p })),
    headers: { 'accept-encoding': 'gzip' },
  });
  const samples = [];
  const timer = setInterval(() => samples.push(rss(server.pid)), 1000);
  const r = await autocannon({
    url: base,
    connections: 64,
    duration: loadSeconds,
    requests: paths.map((p) => ({ path: p })),
    headers: { 'accept-encoding': 'gzip' },
  });
  clearInterval(timer);
  const after = samples.slice(Math.floor(samples.length / 4));
  const growth = after.length > 1 ? (after.at(-1) - after[0]) / after[0] : NaN;
  results.load = {
    paths: paths.length,
    requestsPerSecond: round(r.requests.average, 0),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
    rssMB: {
      start: round(samples[0], 0),
      afterWarmup: round(after[0], 0),
      end: round(samples.at(-1), 0),
      every5s: samples.filter((_, i) => i % 5 === 0).map((v) => round(v, 0)),
    },
    memoryGrowth: round(growth * 100, 1),
  };
  note(
    `${results.load.requestsPerSecond} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ${results.load.errors} errors, RSS ${results.load.rssMB.afterWarmup} → ${results.load.rssMB.end} MB`,
  );
  budget('mixed load errors', results.load.errors, 0, results.load.errors === 0);
  budget('mixed load p99', r.latency.p99, 100, r.latency.p99 <= 100, ' ms');
  budget('memory growth after warm-up', results.load.memoryGrowth, 10, results.load.memoryGrowth <= 10, ' %');
}

/** Lighthouse's mobile performance score of each page type at `origin` (the nginx front when it runs: what readers get). */
function runLighthouse(origin, where) {
  step(`Lighthouse (mobile) on Debian Chromium, ${where}`);
  const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
  results.lighthouse = {};
  for (const [type, p] of Object.entries(pageTypes())) {
    const out = path.join(work, `lighthouse-${type}.json`);
    // Lighthouse sometimes fails to record its own trace (NO_NAVSTART): such a run says nothing
    // about the page, so it is tried again, up to three times; a page that never gets a score fails.
    let r;
    for (let attempt = 1; attempt <= 3; attempt++) {
      rmSync(out, { force: true });
      r = spawnSync(
        bin('lighthouse'),
        [
          origin + p,
          '--only-categories=performance',
          '--output=json',
          `--output-path=${out}`,
          '--quiet',
          '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
        ],
        { env: { ...process.env, CHROME_PATH: chrome }, encoding: 'utf8' },
      );
      if (r.status === 0 && existsSync(out)) break;
      note(`${type}: lighthouse run ${attempt} failed (${r.stderr?.split('\n').slice(-3).join(' ').trim()})`);
    }
    if (r.status !== 0 || !existsSync(out)) {
      budget(`Lighthouse mobile performance, ${type}`, 'no score', 98, false);
      continue;
    }
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const score = Math.round(report.categories.performance.score * 100);
    const metric = (id) => round(report.audits[id]?.numericValue, 0);
    results.lighthouse[type] = {
      score,
      lcpMs: metric('largest-contentful-paint'),
      tbtMs: metric('total-blocking-time'),
      cls: round(report.audits['cumulative-layout-shift']?.numericValue, 3),
    };
    note(
      `${type}: ${score} (LCP ${results.lighthouse[type].lcpMs} ms, TBT ${results.lighthouse[type].tbtMs} ms, CLS ${results.lighthouse[type].cls})`,
    );
    budget(`Lighthouse mobile performance, ${type}`, score, 98, score >= 98);
  }
}
if (only.has('lighthouse') && !results.lighthouse) runLighthouse(base, 'the origin alone (nginx not measured)');

if (only.has('restart')) {
  step('restart: kill -9 during load on pages being rendered for the first time, start again');
  if (!server) await startServer();
  const slugs = slugsNewestFirst();
  const cold = slugs.slice(Math.floor(N * 0.6), Math.floor(N * 0.6) + 60).flatMap((s) => locales.slice(0, 4).map((l) => `/${l}/news/${s}`));
  const inflight = Promise.all(
    cold.map((p, i) =>
      sleep(i * 5).then(() =>
        fetch(base + p)
          .then((r) => r.text())
          .catch(() => null),
      ),
    ),
  );
  await sleep(400);
  stopServer('SIGKILL');
  await inflight;
  await startServer();
  const checks = await Promise.all(cold.map((p) => ttfb(base + p)));
  const broken = checks.filter((c) => c.status !== 200 || !c.complete).length;
  const cacheDir = path.join(site, '.next/server/route-cache');
  const cached = [];
  const walk = (d) => {
    if (!existsSync(d)) return;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else if (e.name.endsWith('.html')) cached.push(path.join(d, e.name));
    }
  };
  walk(cacheDir);
  const truncated = cached.filter((f) => !readFileSync(f, 'utf8').trimEnd().endsWith('</html>')).length;
  results.restart = { pages: cold.length, brokenAfterRestart: broken, cachedFiles: cached.length, truncatedCachedFiles: truncated };
  note(`${cold.length} pages after restart: ${broken} broken; ${cached.length} cached pages on disk, ${truncated} truncated`);
  budget('pages broken after a kill during writes', broken + truncated, 0, broken + truncated === 0);
}

stopServer();

if (only.has('search')) {
  step('search: index build, memory, query latency (in process)');
  const r = spawnSync(
    process.execPath,
    ['--expose-gc', path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/bench/search.ts', 'en,el'],
    { cwd: site, env: { ...process.env, ...buildEnv, NODE_ENV: 'production' }, encoding: 'utf8' },
  );
  if (r.status !== 0) note(`search benchmark failed: ${r.stderr.slice(-500)}`);
  else {
    results.search = JSON.parse(r.stdout.trim().split('\n').pop());
    for (const [l, s] of Object.entries(results.search)) {
      note(
        `${l}: index ${round(s.indexBuildMs, 0)} ms, ${round(s.indexMB, 0)} MB; ${s.queries} queries p50 ${round(s.p50Ms, 2)} ms, p95 ${round(s.p95Ms, 2)} ms`,
      );
      budget(`search p95 (${l})`, round(s.p95Ms, 2), 30, s.p95Ms <= 30, ' ms');
    }
  }
}

// ---------------------------------------------------------------------------------------------------
mkdirSync(path.join(root, 'bench-results'), { recursive: true });
const out = path.join(root, 'bench-results', `bench-${N}-${results.date.replace(/[:.]/g, '-')}.json`);
writeFileSync(out, JSON.stringify(results, null, 2));
console.log(`\nbudgets (${N} articles, ${results.corpus.versions} versions):`);
console.table(
  results.budgets.map((b) => ({
    budget: b.name,
    measured: `${b.value}${b.unit}`,
    limit: `${b.limit}${b.unit}`,
    pass: b.pass ? 'yes' : 'NO',
  })),
);
console.log(`results: ${path.relative(root, out)}`);
if (!opts.keep) rmSync(work, { recursive: true, force: true, maxRetries: 10 });
process.exit(results.budgets.every((b) => b.pass) ? 0 : 1);
