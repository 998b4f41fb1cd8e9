#!/usr/bin/env node
/**
 * `npm run content` (the build's content step) and `npm run content -- dev` (beside `next dev`):
 * the editor's check over the raw files, then Contentlayer, which turns every file into a typed
 * document and, in its `onSuccess`, writes the newsroom and search indexes (contentlayer.config.ts).
 *
 * Contentlayer runs through its programmatic API (@contentlayer2/core), the same calls as its CLI's
 * `build` and `dev` commands, without the CLI's first import, which switches on Effect's execution
 * tracing for every fiber: it made a cold build of 1,000 stories several times slower and 10,000
 * stories superlinear (docs/performance.md).
 *
 * Run with tsx (`npm run content`), which lets it import the TypeScript content check.
 * usage: tsx scripts/content.mjs [build|dev] [--clear-cache] [--no-check] [--keep-going] [--config FILE] [--timings FILE]
 *   --config      another Contentlayer configuration (the benchmark's bare one)
 *   --timings     write how long the check and Contentlayer took, as JSON (for the build's summary)
 *   --keep-going  report content problems but generate anyway (the first run of `npm run dev`)
 */
import { rmSync, writeFileSync } from 'node:fs';
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

const { checkContent } = await import('../lib/content/check.ts');
const { formatError } = await import('../lib/content/errors.ts');
const { contentDir } = await import('../lib/content/paths.ts');

const timings = {};
const started = performance.now();
if (!values['no-check']) {
  const { errors, files } = await checkContent(contentDir(), { compileMdx: true });
  if (errors.length) {
    for (const e of errors) console.error(formatError(e, contentDir()));
    console.error(`\n✗ ${errors.length} content problem${errors.length === 1 ? '' : 's'} (docs/editing.md says what each means); nothing was published.`);
    if (mode === 'build' && !values['keep-going']) process.exit(1);
  } else {
    console.log(`content check: ${files.length} files, no problems (${Math.round(performance.now() - started)} ms)`);
  }
  timings.check = (performance.now() - started) / 1000;
}

const core = await import('@contentlayer2/core');
const { fs } = await import('@contentlayer2/utils');
const { errorToString } = await import('@contentlayer2/utils');
const { E, pipe, S, T } = await import('@contentlayer2/utils/effect');
const verbose = values.verbose === true;

const clearCache = T.gen(function* ($) {
  if (!values['clear-cache']) return;
  const cwd = yield* $(core.getCwd);
  yield* $(fs.rm(core.ArtifactsDir.getDirPath({ cwd }), { recursive: true, force: true }));
});

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
} else {
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

if (values.timings) {
  timings.contentlayer = (performance.now() - started) / 1000 - (timings.check ?? 0);
  writeFileSync(values.timings, JSON.stringify(timings));
}
