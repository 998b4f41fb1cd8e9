import { expect, test } from '@playwright/test';
import { fallbackStory, locales, translatedStory } from './support';

const pageTypes = () => {
  const story = translatedStory('fr');
  return [
    '/fr',
    '/fr/news',
    '/fr/news/page/2',
    '/fr/news/category/research',
    `/fr/news/${story.slug}`,
    `/fr/news/${fallbackStory('fr').slug}`,
    '/fr/about',
    '/fr/search?q=universite',
    '/fr/news/no-such-story',
    '/fr/feed.xml',
    '/sitemap.xml',
    '/sitemaps/0.xml',
    '/sitemaps/news.xml',
    '/robots.txt',
    `/fr/news/${story.slug}/opengraph-image`,
    '/brand/logo.png',
    '/images/news/civis-bips-impact-report.jpg',
  ];
};

test('every page type carries the security headers', async ({ request }) => {
  for (const path of [...pageTypes(), '/', '/news', '/EN/news', '/%ZZ.txt']) {
    const res = await request.get(path, { maxRedirects: 0 });
    const h = res.headers();
    expect(res.status(), path).toBeLessThan(500);
    if (path === '/%ZZ.txt') {
      // the server's own 400 for broken encoding: nothing to frame or run
      expect(h['content-security-policy'], path).toContain("default-src 'none'");
      continue;
    }
    expect(h['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(h['content-security-policy'], path).toContain("object-src 'none'");
    expect(h['content-security-policy'], path).toContain("base-uri 'none'");
    expect(h['content-security-policy'], path).toMatch(/frame-src https:\/\/www\.youtube-nocookie\.com/);
    expect(h['strict-transport-security'], path).toMatch(/max-age=\d{8,}/);
    expect(h['x-content-type-options'], path).toBe('nosniff');
    expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(h['permissions-policy'], path).toContain('camera=()');
  }
});

test('no page talks to a third party before the reader asks, and the policy raises no violation', async ({ page }) => {
  const external: string[] = [];
  const violations: string[] = [];
  page.on('request', (r) => {
    if (!/^(http:\/\/localhost|data:|blob:)/.test(r.url())) external.push(r.url());
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  for (const path of pageTypes().filter((p) => !/\.(xml|txt|png|jpg)$|opengraph/.test(p))) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await page.mouse.wheel(0, 20_000);
    await page.waitForLoadState('networkidle');
  }
  expect(external).toEqual([]);
  expect(violations).toEqual([]);
});

test('the only cookie is the language choice, SameSite=Lax', async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { 'Accept-Language': 'en' } });
  const page = await context.newPage();
  for (const path of ['/', '/en', '/en/news', '/de/news', `/de/news/${translatedStory('de').slug}`, '/de/search?q=forschung', '/de/nope'])
    await page.goto(path);
  const cookies = await context.cookies();
  expect(cookies.map((c) => c.name)).toEqual(['NEXT_LOCALE']);
  expect(cookies[0]!.sameSite).toBe('Lax');
  expect(cookies[0]!.value).toBe('de');
  await context.close();
});

test.describe('image optimizer', () => {
  const ok = '/_next/image?url=%2Fimages%2Fnews%2Fcivis-bips-impact-report.jpg&w=640&q=75';
  test('serves the site’s own images at the configured sizes', async ({ request }) => {
    const res = await request.get(ok, { headers: { Accept: 'image/webp' } });
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('image/webp');
  });

  for (const [why, url] of [
    ['a remote image', '/_next/image?url=https%3A%2F%2Fexample.org%2Fa.jpg&w=640&q=75'],
    ['a protocol-relative URL', '/_next/image?url=%2F%2Fexample.org%2Fa.jpg&w=640&q=75'],
    ['an absurd width', '/_next/image?url=%2Fimages%2Fnews%2Fcivis-bips-impact-report.jpg&w=100000&q=75'],
    ['a width not in the list', '/_next/image?url=%2Fimages%2Fnews%2Fcivis-bips-impact-report.jpg&w=641&q=75'],
    ['an absurd quality', '/_next/image?url=%2Fimages%2Fnews%2Fcivis-bips-impact-report.jpg&w=640&q=1000'],
    ['a quality not in the list', '/_next/image?url=%2Fimages%2Fnews%2Fcivis-bips-impact-report.jpg&w=640&q=90'],
    ['a file that is not an image', '/_next/image?url=%2Frobots.txt&w=640&q=75'],
    ['a page', '/_next/image?url=%2Fen&w=640&q=75'],
    ['an image outside /images', '/_next/image?url=%2Fbrand%2Flogo.png&w=640&q=75'],
    ['no width', '/_next/image?url=%2Fimages%2Fnews%2Fcivis-bips-impact-report.jpg&q=75'],
  ] as const) {
    test(`refuses ${why} with a 4xx`, async ({ request }) => {
      const status = (await request.get(url)).status();
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
    });
  }
});

test('locales share one policy: headers on a page of every locale', async ({ request }) => {
  for (const l of locales) expect((await request.get(`/${l}`)).headers()['content-security-policy']).toContain("frame-ancestors 'none'");
});
