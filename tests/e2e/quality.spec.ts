import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { LinkChecker } from 'linkinator';
import vnu from 'vnu-jar';
import { fallbackStory, locales, translatedStory } from './support';

const base = () => `http://localhost:${process.env.E2E_PORT || 3100}`;

/** Every page type, in one locale. */
function pageTypes(locale: (typeof locales)[number]) {
  return {
    home: `/${locale}`,
    newsroom: `/${locale}/news`,
    'newsroom page 2': `/${locale}/news/page/2`,
    category: `/${locale}/news/category/education`,
    article: `/${locale}/news/${translatedStory(locale).slug}`,
    'fallback article': `/${locale}/news/${fallbackStory(locale).slug}`,
    'article with figure': `/${locale}/news/civis-bips-impact-report`,
    'article with video': `/${locale}/news/open-film-digital-storytelling-bip`,
    'static page': `/${locale}/about`,
    search: `/${locale}/search?q=alliance`,
    'search, nothing found': `/${locale}/search?q=zzyzxqk`,
    'not found': `/${locale}/news/no-such-story`,
  };
}

test('every page type in every locale is valid HTML (Nu HTML Checker)', async ({ request }) => {
  test.setTimeout(240_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'vnu-'));
  try {
    for (const locale of locales) {
      for (const [type, url] of Object.entries(pageTypes(locale))) {
        const res = await request.get(url);
        writeFileSync(path.join(dir, `${locale}--${type.replace(/\W+/g, '-')}.html`), await res.text());
      }
    }
    // vnu writes its JSON report on stderr, whatever it finds (its exit code is not a verdict)
    const run = spawnSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', dir], { encoding: 'utf8' });
    expect(run.error).toBeUndefined();
    const report = JSON.parse(run.stderr) as { messages: { type: string; url?: string; message: string }[] };
    expect(report.messages.map((m) => `${path.basename(m.url ?? '')}: ${m.message}`)).toEqual([]);
    expect(readdirSync(dir)).toHaveLength(locales.length * 12);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a crawl of the whole site in every locale finds no broken link, image or feed', async () => {
  test.setTimeout(300_000);
  const checker = new LinkChecker();
  const result = await checker.check({
    path: locales.map((l) => `${base()}/${l}`),
    recurse: true,
    concurrency: 8,
    timeout: 30_000,
    // internal links only: the test machine has no route to the outside world
    linksToSkip: [`^(?!${base().replace(/[.:/]/g, '\\$&')})`],
  });
  const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.status} ${l.url} (on ${l.parent})`);
  expect(broken).toEqual([]);
  const checked = result.links.filter((l) => l.state === 'OK').map((l) => l.url);
  // the crawl really covered the site: every locale's newsroom, article pages, images and feeds
  for (const l of locales) {
    expect(checked).toContain(`${base()}/${l}/news`);
    expect(checked).toContain(`${base()}/${l}/feed.xml`);
  }
  expect(checked.filter((u) => u.includes('/news/') && !u.includes('/page/') && !u.includes('/category/')).length).toBeGreaterThan(150);
  expect(checked.filter((u) => u.includes('/_next/image')).length).toBeGreaterThan(50);
});
