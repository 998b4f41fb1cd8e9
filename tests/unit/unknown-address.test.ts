import { describe, expect, it } from 'vitest';
import { buildPages, buildStories, listNewsroom, show } from '@/lib/content/model';
import { namesNothing, type Lookup } from '@/lib/server/unknown-address';
import { pageVersion, version } from './fixtures';

// Thirteen English stories (two newsroom pages of 12), one of them research; one page in French.
const stories = buildStories([
  ...Array.from({ length: 13 }, (_, i) => version(`story-${i}`, 'en', { date: `2024-01-${String(i + 1).padStart(2, '0')}T09:00:00.000Z` })),
  version('research-story', 'en', { category: 'research' }),
  version('embargoed', 'en', { date: '2999-01-01T00:00:00.000Z' }),
]);
const pages = buildPages([pageVersion('about', 'fr')]);
const look: Lookup = {
  story: (locale, slug) => {
    const s = stories.bySlug.get(slug);
    return s && show(s, locale);
  },
  page: (locale, slug) => {
    const p = pages.bySlug.get(slug);
    return p && show(p, locale);
  },
  listing: (locale, page, category) => listNewsroom(stories, locale, { page, category, pageSize: 12 }),
};
const nothing = (path: string) => namesNothing('de', path.split('/').slice(2), look);

describe('addresses that name nothing (answered 404 before rendering)', () => {
  it.each([
    '/de',
    '/de/news',
    '/de/news/page/2',
    '/de/news/story-3',
    '/de/news/research-story',
    '/de/news/story-3/opengraph-image',
    '/de/news/category/research',
    '/de/news/category/education',
    '/de/news/category/research/feed.xml',
    '/de/about',
    '/de/search',
    '/de/feed.xml',
    '/de/opengraph-image',
  ])('%s exists (a German reader gets the story or page in a language it has)', (path) => {
    expect(nothing(path)).toBe(false);
  });

  it.each([
    '/de/news/no-such-story',
    '/de/news/embargoed',
    '/de/news/story-3/more',
    '/de/news/page/3',
    '/de/news/page/1x',
    '/de/news/page/02',
    '/de/news/page',
    '/de/news/page/2/more',
    '/de/news/category',
    '/de/news/category/no-such-category',
    '/de/news/category/research/page/2',
    '/de/news/category/no-such-category/feed.xml',
    '/de/news/category/research/other',
    '/de/no-such-page',
    '/de/about/more',
    '/de/search/more',
    '/de/feed.xml/more',
    '/de/news/%E0%A4%A',
    '/de//news',
  ])('%s names nothing', (path) => {
    expect(nothing(path)).toBe(true);
  });
});
