#!/usr/bin/env node
/**
 * `npm run content` (the build's content step) and `npm run content -- dev` (beside `next dev`):
 * the editor's check over the raw files (`npm run content:check`) and Contentlayer, which turns
 * every file into a typed document and, in its `onSuccess`, writes the newsroom and search indexes
 * (contentlayer.config.ts). The two run side by side; a problem the check finds fails the step
 * (every problem listed, with file, line and field) and removes the index that was just written,
 * so nothing is published from content with a problem.
 *
 * Contentlayer runs through its programmatic API (@contentlayer2/core), the same calls as its CLI's
 * `build` and `dev` commands, without the CLI's first import, which switches on Effect's execution
 * tracing for every fiber (../shared/STACK.md, docs/performance.md). It runs in plain Node, not
 * under tsx: a module loader hook doubles the time Contentlayer takes to import its own JSON.
 *
 * usage: node scripts/content.mjs [build|dev] [--clear-cache] [--no-check] [--keep-going] [--config FILE] [--timings FILE]
 *   --config      another Contentlayer configuration (the benchmark's bare one)
 *   --timings     write how long the check and Contentlayer took, as JSON (for the build's summary)
 *   --keep-going  report content problems but keep what was generated (the first run of `npm run dev`)
 */
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';

// Contentlayer reads a date-time without an offset in the process's time zone before applying the
// configured one (Europe/Brussels): pinned to UTC, `10:00` is 10:00 in Brussels on any machine.
process.env.TZ = 'UTC';

const { values, positionals } = parseArgs({
  options: {
    config: { type: 'string' },
    'clear-cache': { type: 'boolean' },
    'no-check': { type: 'boolean' },
    'keep-going': { type: 'boolean' },
    timings: { type: 'string' },
    verbose: { type: 'boolean' },
  },
  allowPositionals: true,
});
const mode = positionals[0] ?? 'build';
if (mode !== 'build' && mode !== 'dev') {
  console.error(`content: unknown command ${JSON.stringify(mode)}; expected build or dev`);
  process.exit(2);
}

const started = performance.now();
const timings = {};
const require = createRequire(import.meta.url);
const tsx = path.join(path.dirname(require.resolve('tsx/package.json')), 'dist/cli.mjs');
const here = path.dirname(new URL(import.meta.url).pathname);

/** The content check, in its own process (it is TypeScript, run by tsx): resolves to its exit code. */
const check = values['no-check']
  ? Promise.resolve(0)
  : new Promise((resolve) => {
      const child = spawn(process.execPath, [tsx, path.join(here, 'content-check.ts')], { stdio: 'inherit', env: process.env });
      child.on('exit', (code) => {
        timings.check = (performance.now() - started) / 1000;
        resolve(code ?? 1);
      });
    });

const core = await import('@contentlayer2/core');
const { errorToString, fs } = await import('@contentlayer2/utils');
const { E, pipe, S, T } = await import('@contentlayer2/utils/effect');
const verbose = values.verbose === true;

const clearCache = T.gen(function* ($) {
  if (!values['clear-cache']) return;
  const cwd = yield* $(core.getCwd);
  yield* $(fs.rm(core.ArtifactsDir.getDirPath({ cwd }), { recursive: true, force: true }));
});

/** What a failed check leaves behind: no newsroom index, so no server starts from this content. */
function unpublish() {
  rmSync(path.join(process.env.PWD ?? process.cwd(), '.contentlayer/newsroom/index.json'), { force: true });
}

if (mode === 'build') {
  // Contentlayer calls `onSuccess` even when generation failed: without this file, a failed run has
  // no stale documents to index (contentlayer.config.ts).
  rmSync('.contentlayer/generated/index.mjs', { force: true });
  await pipe(
    clearCache,
    T.chain(() => core.getConfig({ configPath: values.config })),
    T.chain((config) => core.generateDotpkg({ config, verbose })),
    T.tap(core.logGenerateInfo),
    core.runMain({ tracingServiceName: 'contentlayer-cli', verbose }),
  );
  timings.contentlayer = (performance.now() - started) / 1000;
  const code = await check;
  if (values.timings) writeFileSync(values.timings, JSON.stringify(timings));
  if (code !== 0 && !values['keep-going']) {
    unpublish();
    console.error('content: the content check found problems (listed above); nothing was published.');
    process.exit(1);
  }
} else {
  check.then((code) => code !== 0 && console.error('content: fix the problems above and save; the preview keeps watching.'));
  process.env.NEWSROOM_CONTENT_WATCH = '1';
  await pipe(
    S.fromEffect(clearCache),
    S.chain(() => core.getConfigWatch({ configPath: values.config })),
    S.chainSwitchMapEitherRight((config) => core.generateDotpkgStream({ config, verbose, isDev: true })),
    S.tap(E.fold((error) => T.log(errorToString(error)), core.logGenerateInfo)),
    S.runDrain,
    core.runMain({ tracingServiceName: 'contentlayer-cli', verbose }),
  );
}
