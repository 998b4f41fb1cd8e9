import { expect, test, type APIRequestContext } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { fallbackStory, locales, newsVersions, translatedStory, versionsBySlug } from './support';

const base = () => process.env.SITE_URL ?? `http://localhost:${process.env.E2E_PORT || 3100}`;
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'xhtml:link', 'sitemap', 'item'].includes(name) });

type Head = {
  canonical?: string;
  alternates: Record<string, string>;
  feeds: string[];
  jsonLd: unknown[];
  title: string;
  ogImage?: string;
  twitterImage?: string;
  robots?: string;
};

async function head(request: APIRequestContext, path: string): Promise<Head & { status: number }> {
  const res = await request.get(path);
  const html = await res.text();
  const attrs = (tag: string) =>
    Object.fromEntries([...tag.matchAll(/([a-zA-Z:-]+)="([^"]*)"/g)].map((m) => [m[1]!.toLowerCase(), m[2]!.replace(/&amp;/g, '&')]));
  const links = [...html.matchAll(/<link [^>]*>/g)].map((m) => attrs(m[0]));
  const metas = [...html.matchAll(/<meta [^>]*>/g)].map((m) => attrs(m[0]));
  return {
    status: res.status(),
    canonical: links.find((l) => l.rel === 'canonical')?.href,
    alternates: Object.fromEntries(links.filter((l) => l.rel === 'alternate' && l.hreflang).map((l) => [l.hreflang!, l.href!])),
    feeds: links.filter((l) => l.rel === 'alternate' && l.type === 'application/rss+xml').map((l) => l.href!),
    jsonLd: [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((m) => JSON.parse(m[1]!)),
    title: /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '',
    ogImage: metas.find((m) => m.property === 'og:image')?.content,
    twitterImage: metas.find((m) => m.name === 'twitter:image')?.content,
    robots: metas.find((m) => m.name === 'robots')?.content,
  };
}

function pngSize(buffer: Buffer) {
  expect(buffer.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

for (const locale of locales) {
  test(`${locale}: canonical, reciprocal hreflang, feed link and JSON-LD`, async ({ request }) => {
    const story = translatedStory(locale);
    for (const path of [
      `/${locale}`,
      `/${locale}/news`,
      `/${locale}/news/page/2`,
      `/${locale}/news/category/education`,
      `/${locale}/news/${story.slug}`,
    ]) {
      const h = await head(request, path);
      expect(h.status, path).toBe(200);
      expect(h.canonical, path).toBe(`${base()}${path}`);
      expect(h.feeds, path).toEqual([`${base()}/${locale}/feed.xml`]);
      expect(h.alternates[locale], path).toBe(`${base()}${path}`);
      expect(h.alternates['x-default'], path).toBeTruthy();
      // each alternate points back at this page
      for (const [lang, href] of Object.entries(h.alternates)) {
        if (lang === 'x-default' || lang === locale) continue;
        const other = await head(request, new URL(href).pathname);
        expect(other.alternates[locale], `${href} → ${path}`).toBe(`${base()}${path}`);
      }
    }
    const listing = await head(request, `/${locale}`);
    expect(Object.keys(listing.alternates).sort()).toEqual([...locales, 'x-default'].sort());

    const article = await head(request, `/${locale}/news/${story.slug}`);
    const real = versionsBySlug()
      .get(story.slug)!
      .map((v) => v.locale);
    expect(Object.keys(article.alternates).sort()).toEqual([...real, 'x-default'].sort());
    const [ld, crumbs] = article.jsonLd as Record<string, unknown>[];
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: story.title,
      description: story.summary,
      inLanguage: locale,
      datePublished: story.date,
      mainEntityOfPage: { '@id': `${base()}/${locale}/news/${story.slug}` },
      publisher: { '@type': 'NewsMediaOrganization', name: 'CIVIS', logo: { url: `${base()}/brand/logo.png` } },
      author: { '@type': 'NewsMediaOrganization' },
    });
    expect(article.robots).toBe('max-image-preview:large');
    expect((ld!.image as string[]).length).toBeGreaterThan(0);
    expect(crumbs).toMatchObject({ '@type': 'BreadcrumbList' });
    expect((crumbs!.itemListElement as unknown[]).length).toBe(3);
    const newsroom = await head(request, `/${locale}/news/category/education`);
    expect(newsroom.jsonLd[0]).toMatchObject({ '@type': 'BreadcrumbList' });
  });

  test(`${locale}: a fallback page points at the real version and has no hreflang`, async ({ request }) => {
    const { slug, shown } = fallbackStory(locale);
    const h = await head(request, `/${locale}/news/${slug}`);
    expect(h.canonical).toBe(`${base()}/${shown.locale}/news/${slug}`);
    expect(h.alternates).toEqual({});
    expect((h.jsonLd[0] as { inLanguage: string }).inLanguage).toBe(shown.locale);
  });

  test(`${locale}: the feed parses and lists the newsroom's newest stories`, async ({ request, page }) => {
    const res = await request.get(`/${locale}/feed.xml`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('application/rss+xml');
    const body = await res.text();
    const feed = await new Parser({ customFields: { item: ['dc:language'] } }).parseString(body);
    expect(xml.parse(body).rss.channel.language).toBe(locale);
    const expected = Math.min(50, versionsBySlug().size);
    expect(feed.items).toHaveLength(expected);
    await page.goto(`/${locale}/news`);
    const firstPage = await page
      .getByTestId('story-card')
      .locator('h2 a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(feed.items.slice(0, firstPage.length).map((i) => i.link)).toEqual(firstPage);
    for (const item of feed.items) {
      expect(item.link).toMatch(new RegExp(`^${base()}/${locale}/news/`));
      expect(item.guid).toBeTruthy();
      expect(Number.isNaN(Date.parse(item.pubDate!))).toBe(false);
      const slug = item.link!.split('/').pop()!;
      const versions = versionsBySlug().get(slug)!;
      const shown = versions.find((v) => v.locale === locale) ?? versions.find((v) => v.locale === 'en') ?? versions[0]!;
      expect(item.title).toBe(shown.title);
      expect((item as unknown as Record<string, string>)['dc:language']).toBe(shown.locale === locale ? undefined : shown.locale);
    }
  });

  test(`${locale}: share images are 1200×630 PNG`, async ({ request }) => {
    const story = translatedStory(locale);
    const h = await head(request, `/${locale}/news/${story.slug}`);
    expect(h.ogImage).toContain(`/${locale}/news/${story.slug}/opengraph-image`);
    for (const url of [h.ogImage!, (await head(request, `/${locale}`)).ogImage!, (await head(request, `/${locale}/news`)).ogImage!]) {
      const res = await request.get(new URL(url).pathname + new URL(url).search);
      expect(res.status(), url).toBe(200);
      expect(res.headers()['content-type']).toBe('image/png');
      expect(pngSize(await res.body())).toEqual({ width: 1200, height: 630 });
    }
  });
}

test('robots.txt allows the site and points at the sitemap index and the news sitemap', async ({ request }) => {
  const res = await request.get('/robots.txt');
  const body = await res.text();
  expect(body).toMatch(/User-Agent: \*\nAllow: \//i);
  expect(body).toContain(`Sitemap: ${base()}/sitemap.xml`);
  expect(body).toContain(`Sitemap: ${base()}/sitemaps/news.xml`);
});

test('the sitemap index lists the URL files and the news sitemap; every URL answers 200, appears once, and no fallback page is listed', async ({
  request,
}) => {
  const res = await request.get('/sitemap.xml');
  expect(res.headers()['content-type']).toContain('xml');
  const files = (xml.parse(await res.text()).sitemapindex.sitemap as { loc: string }[]).map((s) => s.loc);
  expect(files).toEqual([`${base()}/sitemaps/0.xml`, `${base()}/sitemaps/news.xml`]);
  const chunk = await request.get('/sitemaps/0.xml');
  expect(chunk.status()).toBe(200);
  const urls = xml.parse(await chunk.text()).urlset.url as {
    loc: string;
    lastmod?: string;
    'xhtml:link': { '@_hreflang': string; '@_href': string }[];
  }[];
  const locs = urls.map((u) => u.loc);
  expect(new Set(locs).size).toBe(locs.length);
  for (const v of newsVersions()) expect(locs, v._id).toContain(`${base()}/${v.locale}/news/${v.slug}`);
  const { slug } = fallbackStory('sv');
  expect(locs).not.toContain(`${base()}/sv/news/${slug}`);
  for (const u of urls) {
    expect(u.lastmod, u.loc).toBeTruthy();
    expect(
      u['xhtml:link'].some((l) => l['@_href'] === u.loc),
      u.loc,
    ).toBe(true);
  }
  const statuses = await Promise.all(
    locs.map(async (loc) => [loc, (await request.get(new URL(loc).pathname, { maxRedirects: 0 })).status()] as const),
  );
  expect(statuses.filter(([, s]) => s !== 200)).toEqual([]);
  expect(locs.length).toBeGreaterThan(100);
  expect((await request.get('/sitemaps/1.xml')).status()).toBe(404);
});

test('the news sitemap holds only the stories of the last 48 hours', async ({ request }) => {
  const res = await request.get('/sitemaps/news.xml');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('xml');
  const parsed = xml.parse(await res.text());
  const listed = ((parsed.urlset.url ?? []) as { loc: string }[]).map((u) => new URL(u.loc).pathname);
  const since = Date.now() - 48 * 3600_000;
  const recent = newsVersions().filter((v) => !v.draft && Date.parse(v.date) > since && Date.parse(v.date) <= Date.now());
  expect(listed.sort()).toEqual(recent.map((v) => `/${v.locale}/news/${v.slug}`).sort());
  expect(parsed.urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
});
