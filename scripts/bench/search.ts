/**
 * Search benchmark, run by `npm run bench` inside the benchmark's build (its working directory):
 * builds the search index of a few locales from the content layer, then times queries of several
 * kinds (whole words, inflected forms, prefixes as typed, typos with a letter wrong, missing or
 * swapped, several words, one- and two-letter words, and queries that find nothing and get a "did
 * you mean"). Prints JSON.
 */
import { search } from '../../lib/search';
import type { Locale } from '../../lib/i18n/locales';

const locales = (process.argv[2] ?? 'en,el').split(',') as Locale[];
const queries: Record<string, string[]> = {
  en: [
    ...[
      'university',
      'universities',
      'research students',
      'mobil',
      'climte',
      'open laboratory programme',
      'europe campus civic',
      'heritage',
    ],
    // swapped and missing letters (also before another word), two-letter words, two typos (nothing found: a "did you mean")
    ...['univeristy', 'mobilty campus', 'reserach', 'de la', 'laboratroy innovaiton', 'commmunty', 'zzyzxqk'],
    // hostile: 1,000 characters of unknown words, one letter repeated, a typo before a long Greek run
    ...[
      Array.from({ length: 60 }, (_, i) => 'etaoinshrdlucmαβγ'.repeat(2).slice(i % 17, (i % 17) + 16))
        .join(' ')
        .slice(0, 1000),
      'x'.repeat(1000),
      `mobilty ${'κ'.repeat(992)}`,
    ],
  ],
  el: [
    ...['πανεπιστημιο', 'φοιτητών', 'ερευν', 'κινητικοτητα', 'ευρωπη πολη', 'ψηφιακό', 'καινοτομια', 'σχολειο'],
    ...['πανεπιστμηιο', 'κινητικτοητα', 'φοιτητς ευρωπη', 'να', 'οφιτητσε'],
  ],
  fr: ['universite', 'étudiant', 'recherche mobilité', 'labor', 'innovaton', 'patrimoine', 'univresite', 'mobilte campus', 'de la'],
};

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const result: Record<string, unknown> = {};
for (const locale of locales) {
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  await search(locale, 'warmup');
  const buildMs = performance.now() - t0;
  global.gc?.();
  const indexBytes = process.memoryUsage().heapUsed - before;
  const times: number[] = [];
  const list = queries[locale] ?? queries.en!;
  for (let round = 0; round < 25; round++) {
    for (const q of list) {
      const t = performance.now();
      await search(locale, q, { page: 1 });
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  result[locale] = {
    queries: times.length,
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    maxMs: times.at(-1),
    indexBuildMs: buildMs,
    indexMB: indexBytes / 1024 / 1024,
  };
}
console.log(JSON.stringify(result));
