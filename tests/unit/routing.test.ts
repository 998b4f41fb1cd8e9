import { describe, expect, it } from 'vitest';
import { classifyFirstSegment as classifyPath } from '@/lib/i18n/locale-path';
import { negotiateLocale } from '@/lib/i18n/negotiate';
import { localePath, paths } from '@/lib/i18n/paths';
import { parseCategoryParam, parsePageParam } from '@/lib/i18n/params';
import { pageWindow } from '@/components/news/Pagination';
import { formatNewsDate } from '@/lib/format';
import { routing } from '@/lib/i18n/routing';
import { locales } from '@/lib/i18n/locales';

describe('locale routing', () => {
  it('has one locale list, in the contract’s order, with en as default', () => {
    expect(locales).toEqual(['en', 'fr', 'de', 'el', 'it', 'es', 'sv', 'ro']);
    expect(routing.locales).toBe(locales);
    expect(routing.defaultLocale).toBe('en');
  });

  it('leaves localized paths alone', () => {
    expect(classifyPath('/fr/news/x')).toEqual({ kind: 'localized', locale: 'fr' });
    expect(classifyPath('/el')).toEqual({ kind: 'localized', locale: 'el' });
  });

  it('redirects other spellings of a served locale to the canonical one', () => {
    expect(classifyPath('/EN/news')).toEqual({ kind: 'redirect', pathname: '/en/news' });
    expect(classifyPath('/fr-BE/news/page/2')).toEqual({ kind: 'redirect', pathname: '/fr/news/page/2' });
    expect(classifyPath('/sv_SE')).toEqual({ kind: 'redirect', pathname: '/sv' });
  });

  it('answers 404, not a redirect, for a language it does not serve (no loop), or a file name', () => {
    expect(classifyPath('/xx/news')).toEqual({ kind: 'pass' });
    expect(classifyPath('/pt-BR')).toEqual({ kind: 'pass' });
    expect(classifyPath('/x.txt')).toEqual({ kind: 'pass' });
    expect(classifyPath('/.env')).toEqual({ kind: 'pass' });
  });

  it('negotiates paths without a locale', () => {
    expect(classifyPath('/')).toEqual({ kind: 'negotiate' });
    expect(classifyPath('/news')).toEqual({ kind: 'negotiate' });
    expect(classifyPath('/about-us')).toEqual({ kind: 'negotiate' });
  });

  it('picks the best locale from Accept-Language', () => {
    expect(negotiateLocale('ro-RO,ro;q=0.9,en;q=0.5')).toBe('ro');
    expect(negotiateLocale('pt-BR, de;q=0.3, fr;q=0.8')).toBe('fr');
    expect(negotiateLocale('ja, zh')).toBe('en');
    expect(negotiateLocale('')).toBe('en');
    expect(negotiateLocale(undefined)).toBe('en');
    expect(negotiateLocale('de;q=0, sv')).toBe('sv');
    expect(negotiateLocale(';;;,q=,,el;q=abc')).toBe('en');
  });

  it('builds localized paths', () => {
    expect(localePath('fr', '/')).toBe('/fr');
    expect(localePath('fr', '/news')).toBe('/fr/news');
    expect(localePath('fr', 'https://example.org/x')).toBe('https://example.org/x');
    expect(paths.newsroom('de', 1)).toBe('/de/news');
    expect(paths.newsroom('de', 3)).toBe('/de/news/page/3');
    expect(paths.newsroom('de', 1, 'research')).toBe('/de/news/category/research');
    expect(paths.newsroom('de', 2, 'research')).toBe('/de/news/category/research/page/2');
    expect(paths.story('el', 'a-b')).toBe('/el/news/a-b');
    expect(paths.page('sv', 'about')).toBe('/sv/about');
    expect(localePath('fr', '/about#members')).toBe('/fr/about#members');
    expect(paths.feed('it')).toBe('/it/feed.xml');
    expect(paths.feed('it', 'education')).toBe('/it/news/category/education/feed.xml');
    expect(paths.shareImage('ro')).toBe('/ro/opengraph-image');
    expect(paths.shareImage('ro', 'a-b')).toBe('/ro/news/a-b/opengraph-image');
  });

  it('builds search addresses with the query encoded, category and page only when they apply', () => {
    expect(paths.search('fr')).toBe('/fr/search');
    expect(paths.search('fr', { q: 'université & co' })).toBe('/fr/search?q=universit%C3%A9+%26+co');
    expect(paths.search('de', { q: 'a', category: 'research', page: 2 })).toBe('/de/search?q=a&category=research&page=2');
    expect(paths.search('de', { q: 'a', page: 1 })).toBe('/de/search?q=a');
    expect(paths.search('el', { q: '' })).toBe('/el/search?q=');
  });
});

describe('URL parameters', () => {
  it('accepts page numbers from 2, written plainly', () => {
    expect(parsePageParam('2')).toBe(2);
    expect(parsePageParam('120')).toBe(120);
    for (const bad of ['1', '0', '02', '-1', '2.5', 'abc', '1e3', '', '99999999', ' 2']) expect(parsePageParam(bad), bad).toBeNull();
  });

  it('accepts only configured categories', () => {
    expect(parseCategoryParam('research')).toBe('research');
    expect(parseCategoryParam('Research')).toBeNull();
    expect(parseCategoryParam('sports')).toBeNull();
  });

  it('shows a window of page numbers with gaps', () => {
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pageWindow(1, 10)).toEqual([1, 2, null, 10]);
  });
});

describe('dates', () => {
  it('are written the locale’s way in Brussels time', () => {
    expect(formatNewsDate('2024-06-28T08:00:00.000Z', 'fr')).toBe('28 juin 2024');
    expect(formatNewsDate('2022-02-21T08:00:00.000Z', 'ro')).toBe('21 februarie 2022');
    // 23:30 UTC on 31 December is already 1 January in Brussels.
    expect(formatNewsDate('2025-12-31T23:30:00.000Z', 'en')).toBe('1 January 2026');
    expect(formatNewsDate('2025-12-31T23:30:00.000Z', 'de')).toBe('1. Januar 2026');
  });
});
