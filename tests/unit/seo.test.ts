import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement, Fragment } from 'react';
import { parse as parseHtml } from 'parse5';
import { XMLParser } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { buildPages, buildStories } from '@/lib/content/model';
import { hreflangMap, pageMetadata } from '@/lib/seo/metadata';
import { breadcrumbLd, newsArticleLd, serializeJsonLd } from '@/lib/seo/jsonld';
import { buildRss } from '@/lib/seo/feed';
import { newsSitemapUrls, renderNewsSitemap, renderSitemapRoot, renderUrlset, sitemapChunks, sitemapUrls } from '@/lib/seo/sitemap';
import { pageVersion, version } from './fixtures';

/** Strings that break naive escaping: quotes, ampersands, tags, a script end, a comment, emoji, RTL marks. */
const hostile = [
  'Quotes "double" and \'single\'',
  'Fish & Chips &amp; more',
  'Less < greater > tags <b>bold</b>',
  'Ends </script><script>alert(1)</script> here',
  'Comment <!-- open and --> close',
  'Emoji 🎓🇪🇺 and ZWJ 👩‍🔬',
  'Right\u200fto\u200eleft \u202eoverride\u202c and עברית',
  'Line\u2028separator\u2029paragraph',
];

let siteUrl: string | undefined;
beforeEach(() => {
  siteUrl = process.env.SITE_URL;
  process.env.SITE_URL = 'https://news.example.org/';
});
afterEach(() => {
  if (siteUrl === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = siteUrl;
});

type Node = { nodeName: string; tagName?: string; childNodes?: Node[]; value?: string; attrs?: { name: string; value: string }[] };
function walk(node: Node, visit: (n: Node) => void) {
  visit(node);
  for (const c of node.childNodes ?? []) walk(c, visit);
  const content = (node as unknown as { content?: Node }).content;
  if (content) walk(content, visit);
}
function elements(html: string, tag: string): Node[] {
  const out: Node[] = [];
  walk(parseHtml(html) as unknown as Node, (n) => n.tagName === tag && out.push(n));
  return out;
}
const text = (n: Node) => (n.childNodes ?? []).map((c) => c.value ?? '').join('');
const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value;

describe('head metadata', () => {
  it('builds canonical and hreflang from SITE_URL, with x-default', () => {
    const m = pageMetadata({
      locale: 'fr',
      title: 'Titre',
      shareTitle: 'Titre',
      description: 'Résumé',
      canonicalPath: '/fr/news/a',
      languages: { fr: '/fr/news/a', de: '/de/news/a' },
      feed: { title: 'Actualités' },
      article: { publishedTime: '2024-01-01T00:00:00.000Z', modifiedTime: '2024-02-01T00:00:00.000Z', section: 'Recherche' },
    });
    expect(m.alternates?.canonical).toBe('https://news.example.org/fr/news/a');
    expect(m.alternates?.languages).toEqual({
      fr: 'https://news.example.org/fr/news/a',
      de: 'https://news.example.org/de/news/a',
      'x-default': 'https://news.example.org/fr/news/a',
    });
    expect(m.openGraph).toMatchObject({ type: 'article', locale: 'fr_FR', alternateLocale: ['de_DE'], section: 'Recherche' });
    expect(m.alternates?.types).toEqual({ 'application/rss+xml': [{ url: 'https://news.example.org/fr/feed.xml', title: 'Actualités' }] });
  });

  it('x-default is the English page when there is one', () => {
    expect(hreflangMap({ ro: '/ro/x', en: '/en/x' })['x-default']).toBe('https://news.example.org/en/x');
  });

  it('a fallback page declares the real version canonical and has no hreflang', () => {
    const m = pageMetadata({
      locale: 'sv',
      contentLocale: 'en',
      title: 'T',
      shareTitle: 'T',
      description: 'D',
      canonicalPath: '/en/news/a',
      languages: null,
      feed: { title: 'Nyheter' },
    });
    expect(m.alternates?.canonical).toBe('https://news.example.org/en/news/a');
    expect(m.alternates?.languages).toBeUndefined();
    expect(m.openGraph).toMatchObject({ locale: 'en_GB' });
  });

  it.each(hostile)('keeps %j intact and escaped in the rendered head', (s) => {
    const m = pageMetadata({
      locale: 'en',
      title: s,
      shareTitle: s,
      description: s,
      canonicalPath: '/en/news/a',
      languages: { en: '/en/news/a' },
      feed: { title: s },
    });
    // Rendered the way Next renders metadata: React elements in <head>.
    const html = renderToStaticMarkup(
      createElement(
        'html',
        null,
        createElement(
          'head',
          null,
          createElement(
            Fragment,
            null,
            createElement('title', null, m.title as string),
            createElement('meta', { name: 'description', content: m.description! }),
            createElement('meta', { property: 'og:title', content: (m.openGraph as { title: string }).title }),
          ),
        ),
      ),
    );
    expect(elements(html, 'title').map(text)).toEqual([s]);
    expect(elements(html, 'meta').map((n) => attr(n, 'content'))).toEqual([s, s]);
    expect(elements(html, 'script')).toHaveLength(0);
  });
});

describe('JSON-LD', () => {
  it('describes a NewsArticle with the fields search engines read', () => {
    const ld = newsArticleLd({
      url: '/fr/news/a',
      headline: 'Titre',
      description: 'Résumé',
      inLanguage: 'fr',
      datePublished: '2024-06-28T08:00:00.000Z',
      dateModified: '2024-07-01T08:00:00.000Z',
      images: ['/images/news/a.jpg'],
      section: 'Général',
    });
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      inLanguage: 'fr',
      image: ['https://news.example.org/images/news/a.jpg'],
      mainEntityOfPage: { '@id': 'https://news.example.org/fr/news/a' },
      publisher: {
        '@type': 'NewsMediaOrganization',
        name: 'CIVIS',
        logo: { url: 'https://news.example.org/brand/logo.png' },
        sameAs: expect.arrayContaining(['https://www.linkedin.com/company/civis-eu']),
      },
      author: { '@type': 'NewsMediaOrganization' },
    });
  });

  it.each(hostile)('%j cannot break out of the script element and parses back unchanged', (s) => {
    const data = [
      newsArticleLd({
        url: '/en/news/a',
        headline: s,
        description: s,
        inLanguage: 'en',
        datePublished: 'x',
        dateModified: 'x',
        images: [],
      }),
      breadcrumbLd([{ name: s, path: '/en/news' }]),
    ];
    const html = `<!doctype html><html><head><script type="application/ld+json">${serializeJsonLd(data)}</script></head><body><p>after</p></body></html>`;
    const scripts = elements(html, 'script');
    expect(scripts).toHaveLength(1);
    expect(elements(html, 'p').map(text)).toEqual(['after']);
    expect(JSON.parse(text(scripts[0]!))).toEqual(JSON.parse(JSON.stringify(data)));
    expect(serializeJsonLd(data)).not.toMatch(/<|>|\u2028|\u2029/);
  });
});

describe('RSS feed', () => {
  const catalog = buildStories(
    hostile.flatMap((s, i) => [
      version(`story-${i}`, 'en', { title: s, summary: `${s} (summary)`, date: new Date(Date.UTC(2024, 0, 1 + i)).toISOString() }),
      ...(i % 2
        ? [version(`story-${i}`, 'fr', { title: `FR ${s}`, summary: `FR ${s}`, date: new Date(Date.UTC(2024, 0, 1 + i)).toISOString() })]
        : []),
    ]),
  );
  const stories = catalog.ordered.map((a) => ({ entry: a, version: a.versions.fr ?? a.versions.en!, isFallback: !a.versions.fr }));
  const rss = () =>
    buildRss('fr', stories, {
      feedPath: '/fr/feed.xml',
      listingPath: '/fr/news',
      title: 'Actualités & nouvelles',
      description: 'Tout <le> reste',
      copyright: '© 2026',
      category: (k) => `cat:${k}`,
    });

  it('parses with a feed reader library and keeps every title and description intact', async () => {
    const feed = await new Parser({ customFields: { item: ['dc:language'] } }).parseString(rss());
    expect(feed.title).toBe('Actualités & nouvelles');
    expect(feed.description).toBe('Tout <le> reste');
    expect(feed.items.map((i) => i.title)).toEqual(stories.map((s) => s.version.title));
    expect(feed.items.map((i) => i.contentSnippet ?? i.content)).toEqual(stories.map((s) => s.version.summary));
  });

  it('has language, absolute links, guid, pubDate and the item language where it differs', async () => {
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(rss());
    const channel = parsed.rss.channel;
    expect(channel.language).toBe('fr');
    const items = channel.item as Record<string, unknown>[];
    for (const [i, item] of items.entries()) {
      const v = stories[i]!.version;
      expect(item.link).toBe(`https://news.example.org/fr/news/${v.slug}`);
      expect((item.guid as Record<string, string>)['#text']).toBe(`https://news.example.org/${v.locale}/news/${v.slug}`);
      expect(new Date(item.pubDate as string).toISOString()).toBe(v.date);
      expect(item['dc:language']).toBe(v.locale === 'fr' ? undefined : v.locale);
    }
    expect(parsed.rss['@_xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/');
  });
});

describe('sitemap', () => {
  const news = buildStories([
    version('everywhere', 'en'),
    version('everywhere', 'fr'),
    version('only-greek', 'el', { category: 'research' }),
    version('draft-only', 'de', { draft: true }),
  ]);
  const pages = buildPages([
    pageVersion('about', 'en', { updated: '2026-06-01T00:00:00.000Z' }),
    pageVersion('about', 'ro', { updated: '2026-06-01T00:00:00.000Z' }),
  ]);
  const urls = sitemapUrls(news, pages, 12);
  const paths = urls.map((u) => u.path);

  it('lists home, newsroom, category pages and every real version once, and no fallback page', () => {
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain('/sv');
    expect(paths).toContain('/sv/news');
    expect(paths).toContain('/sv/news/category/research');
    expect(paths).toContain('/el/news/only-greek');
    expect(paths).not.toContain('/en/news/only-greek');
    expect(paths).toContain('/ro/about');
    expect(paths).not.toContain('/fr/about');
    expect(paths.some((p) => p.includes('draft-only'))).toBe(false);
  });

  it('gives each real version its siblings as alternates', () => {
    const u = urls.find((x) => x.path === '/fr/news/everywhere')!;
    expect(u.languages).toEqual({ en: '/en/news/everywhere', fr: '/fr/news/everywhere' });
    expect(u.lastmod).toBe('2024-01-01T09:00:00.000Z');
  });

  it('is valid against the sitemaps.org schema (xmllint)', async () => {
    const xml = await renderUrlset(urls);
    const dir = mkdtempSync(path.join(tmpdir(), 'sitemap-'));
    const file = path.join(dir, 'sitemap.xml');
    writeFileSync(file, xml);
    const out = execFileSync('xmllint', ['--noout', '--nonet', '--schema', 'tests/fixtures/xsd/sitemap-with-alternates.xsd', file], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    expect(out).toBe('');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="https://news.example.org/en/news/everywhere"/>');
  });

  it('escapes what XML needs escaped', async () => {
    const xml = await renderUrlset([{ path: `/en/news/a&b'c"d`, languages: { en: `/en/news/a&b'c"d` } }]);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    // `&` escaped as an entity and read back intact; the quote percent-encoded as URLs require.
    expect(xml).toContain('a&amp;b');
    expect(parsed.urlset.url.loc).toBe(`https://news.example.org/en/news/a&b'c%22d`);
  });

  it('is an index of the URL files (50,000 URLs each) and of the news sitemap', async () => {
    const many = Array.from({ length: 5 }, (_, i) => ({
      path: `/en/news/s${i}`,
      lastmod: `2024-01-0${i + 1}T00:00:00.000Z`,
      languages: {},
    }));
    expect(sitemapChunks(many, 2).map((c) => c.length)).toEqual([2, 2, 1]);
    const parsed = new XMLParser({ isArray: (name) => name === 'sitemap' }).parse(await renderSitemapRoot(many, 2));
    expect(parsed.sitemapindex.sitemap).toEqual([
      { loc: 'https://news.example.org/sitemaps/0.xml', lastmod: '2024-01-02T00:00:00.000Z' },
      { loc: 'https://news.example.org/sitemaps/1.xml', lastmod: '2024-01-04T00:00:00.000Z' },
      { loc: 'https://news.example.org/sitemaps/2.xml', lastmod: '2024-01-05T00:00:00.000Z' },
      { loc: 'https://news.example.org/sitemaps/news.xml' },
    ]);
    const one = new XMLParser({ isArray: (name) => name === 'sitemap' }).parse(await renderSitemapRoot(many));
    expect(one.sitemapindex.sitemap.map((s: { loc: string }) => s.loc)).toEqual([
      'https://news.example.org/sitemaps/0.xml',
      'https://news.example.org/sitemaps/news.xml',
    ]);
  });
});

describe('news sitemap', () => {
  const now = new Date('2026-06-10T12:00:00.000Z');
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * 3600_000).toISOString();
  const news = buildStories(
    [
      version('fresh', 'en', { date: at(2), title: 'Fresh & "new": <today>' }),
      version('fresh', 'el', { date: at(2), title: 'Φρέσκα νέα' }),
      version('yesterday', 'fr', { date: at(30), title: 'Hier' }),
      version('three-days', 'en', { date: at(72) }),
      version('just-too-old', 'de', { date: at(48) }),
      version('draft', 'en', { date: at(1), draft: true }),
    ],
    { now: now.getTime() },
  );
  const urls = newsSitemapUrls(news, now);

  it('lists each real version published in the last 48 hours, newest first, in its language', () => {
    expect(urls.map((u) => [u.path, u.locale])).toEqual([
      ['/en/news/fresh', 'en'],
      ['/el/news/fresh', 'el'],
      ['/fr/news/yesterday', 'fr'],
    ]);
    expect(urls.find((u) => u.locale === 'el')!.title).toBe('Φρέσκα νέα');
  });

  it('drops a story once it is two days old', () => {
    // 45 hours on, "fresh" is 47 hours old and "yesterday" 75.
    expect(newsSitemapUrls(news, new Date(now.getTime() + 45 * 3600_000)).map((u) => u.path)).toEqual(['/en/news/fresh', '/el/news/fresh']);
    expect(newsSitemapUrls(news, new Date(now.getTime() + 50 * 3600_000))).toEqual([]);
  });

  it('carries publication name, language, date and title, valid against the news sitemap schema (xmllint)', async () => {
    const xml = await renderNewsSitemap(urls);
    const dir = mkdtempSync(path.join(tmpdir(), 'news-sitemap-'));
    const file = path.join(dir, 'news.xml');
    writeFileSync(file, xml);
    const out = execFileSync('xmllint', ['--noout', '--nonet', '--schema', 'tests/fixtures/xsd/sitemap-with-news.xsd', file], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    expect(out).toBe('');
    const parsed = new XMLParser({ isArray: (name) => name === 'url' }).parse(xml);
    expect(parsed.urlset.url[0]).toEqual({
      loc: 'https://news.example.org/en/news/fresh',
      'news:news': {
        'news:publication': { 'news:name': 'CIVIS', 'news:language': 'en' },
        'news:publication_date': at(2),
        'news:title': 'Fresh & "new": <today>',
      },
    });
  });

  it('is a well-formed, empty urlset on days nothing was published', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'news-sitemap-')), 'news.xml');
    writeFileSync(file, await renderNewsSitemap([]));
    // Well-formed XML (the schema itself wants at least one URL: see renderNewsSitemap).
    expect(execFileSync('xmllint', ['--noout', '--nonet', file], { encoding: 'utf8', stdio: 'pipe' })).toBe('');
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(await renderNewsSitemap([]));
    expect(parsed.urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(parsed.urlset.url).toBeUndefined();
  });
});
