import { describe, expect, it } from 'vitest';
import {
  buildPages,
  buildStories,
  fallbackChain,
  homeStories,
  latest,
  listNewsroom,
  neighbours,
  pageCount,
  relatedStories,
  show,
} from '@/lib/content/model';
import { pageVersion, version } from './fixtures';

describe('fallback chain', () => {
  it('tries the reader’s locale, then English, then the others in locale order', () => {
    expect(fallbackChain('ro')).toEqual(['ro', 'en', 'fr', 'de', 'el', 'it', 'es', 'sv']);
    expect(fallbackChain('en')).toEqual(['en', 'fr', 'de', 'el', 'it', 'es', 'sv', 'ro']);
  });

  it('resolves to the reader’s own version when there is one', () => {
    const c = buildStories([version('a', 'en'), version('a', 'fr')]);
    const r = show(c.bySlug.get('a')!, 'fr');
    expect(r.version.locale).toBe('fr');
    expect(r.isFallback).toBe(false);
  });

  it('falls back to English before any other language', () => {
    const c = buildStories([version('a', 'de'), version('a', 'en'), version('a', 'fr')]);
    const r = show(c.bySlug.get('a')!, 'sv');
    expect(r.version.locale).toBe('en');
    expect(r.isFallback).toBe(true);
  });

  it('without English, takes the first other version in locale order', () => {
    const c = buildStories([version('a', 'ro'), version('a', 'el'), version('a', 'it')]);
    expect(show(c.bySlug.get('a')!, 'fr').version.locale).toBe('el');
  });

  it('an article with a single version is shown in that version everywhere', () => {
    const c = buildStories([version('solo', 'sv')]);
    for (const l of ['en', 'fr', 'el', 'ro'] as const) {
      const r = show(c.bySlug.get('solo')!, l);
      expect(r.version.locale).toBe('sv');
      expect(r.isFallback).toBe(true);
    }
    expect(show(c.bySlug.get('solo')!, 'sv').isFallback).toBe(false);
  });
});

describe('catalog', () => {
  it('orders newest first and breaks equal dates by slug', () => {
    const d = '2025-05-05T10:00:00.000Z';
    const c = buildStories([
      version('b-same', 'en', { date: d }),
      version('old', 'en', { date: '2020-01-01T00:00:00.000Z' }),
      version('a-same', 'en', { date: d }),
      version('new', 'en', { date: '2026-01-01T00:00:00.000Z' }),
    ]);
    expect(c.ordered.map((a) => a.slug)).toEqual(['new', 'a-same', 'b-same', 'old']);
  });

  it('lists the locales of an article in locale order', () => {
    const c = buildStories([version('a', 'ro'), version('a', 'en'), version('a', 'el')]);
    expect(c.bySlug.get('a')!.locales).toEqual(['en', 'el', 'ro']);
  });

  it('drops drafts unless asked to keep them', () => {
    const versions = [version('a', 'en'), version('a', 'fr', { draft: true }), version('b', 'en', { draft: true })];
    const prod = buildStories(versions);
    expect([...prod.bySlug.keys()]).toEqual(['a']);
    expect(prod.bySlug.get('a')!.locales).toEqual(['en']);
    const dev = buildStories(versions, { drafts: true });
    expect([...dev.bySlug.keys()].sort()).toEqual(['a', 'b']);
  });

  it('keeps stories and pages apart', () => {
    const c = buildPages([version('a', 'en'), pageVersion('about', 'en')]);
    expect([...c.bySlug.keys()]).toEqual(['about']);
  });
});

function corpus(n: number) {
  const categories = ['general', 'research', 'education'] as const;
  return Array.from({ length: n }, (_, i) =>
    version(`s${String(i).padStart(2, '0')}`, i % 4 === 0 ? 'fr' : 'en', {
      date: new Date(Date.UTC(2024, 0, 1 + i)).toISOString(),
      category: categories[i % 3],
    }),
  );
}

describe('newsroom listing', () => {
  const c = buildStories(corpus(30));

  it('pages 12 at a time, newest first, every article in every locale', () => {
    const p1 = listNewsroom(c, 'de', { pageSize: 12 })!;
    expect(p1.items).toHaveLength(12);
    expect(p1.total).toBe(30);
    expect(p1.totalPages).toBe(3);
    expect(p1.items[0]!.entry.slug).toBe('s29');
    const dates = p1.items.map((r) => r.entry.date);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('the last page holds the remainder, and there is nothing after it', () => {
    const p3 = listNewsroom(c, 'en', { page: 3, pageSize: 12 })!;
    expect(p3.items.map((r) => r.entry.slug)).toEqual(['s05', 's04', 's03', 's02', 's01', 's00']);
    expect(listNewsroom(c, 'en', { page: 4, pageSize: 12 })).toBeNull();
    expect(listNewsroom(c, 'en', { page: 0, pageSize: 12 })).toBeNull();
    expect(listNewsroom(c, 'en', { page: 1.5, pageSize: 12 })).toBeNull();
  });

  it('filters by category', () => {
    const r = listNewsroom(c, 'en', { category: 'research', pageSize: 12 })!;
    expect(r.total).toBe(10);
    expect(r.items.every((x) => x.entry.category === 'research')).toBe(true);
  });

  it('an empty category has one empty page, and no page 2', () => {
    const r = listNewsroom(c, 'en', { category: 'connect', pageSize: 12 })!;
    expect(r.items).toEqual([]);
    expect(r.totalPages).toBe(1);
    expect(listNewsroom(c, 'en', { category: 'connect', page: 2, pageSize: 12 })).toBeNull();
    expect(pageCount(c, 12, 'connect')).toBe(1);
  });

  it('marks cards that lead to another language', () => {
    const p = listNewsroom(c, 'fr', { pageSize: 30 })!;
    const fr = p.items.filter((r) => !r.isFallback);
    expect(fr.every((r) => r.version.locale === 'fr')).toBe(true);
    expect(p.items.filter((r) => r.isFallback).every((r) => r.version.locale === 'en')).toBe(true);
  });
});

describe('related news', () => {
  const versions = [
    version('target', 'en', { category: 'research', tags: ['climate', 'africa'], date: '2024-06-01T00:00:00.000Z' }),
    version('same-cat-two-tags', 'en', { category: 'research', tags: ['Climate', 'africa'], date: '2020-01-01T00:00:00.000Z' }),
    version('same-cat', 'en', { category: 'research', date: '2024-05-01T00:00:00.000Z' }),
    version('one-tag', 'en', { category: 'general', tags: ['climate'], date: '2024-05-20T00:00:00.000Z' }),
    version('newest-unrelated', 'en', { category: 'general', date: '2026-01-01T00:00:00.000Z' }),
    version('target', 'fr', { category: 'research', tags: ['climate', 'africa'], date: '2024-06-01T00:00:00.000Z' }),
  ];
  const c = buildStories(versions);

  it('ranks by shared category and tags, then recency', () => {
    const slugs = relatedStories(c, 'en', 'target').map((r) => r.entry.slug);
    expect(slugs).toEqual(['same-cat-two-tags', 'one-tag', 'same-cat']);
  });

  it('never includes the article itself and never repeats one', () => {
    for (const slug of c.ordered.map((a) => a.slug)) {
      const related = relatedStories(c, 'fr', slug).map((r) => r.entry.slug);
      expect(related).not.toContain(slug);
      expect(new Set(related).size).toBe(related.length);
      expect(related).toHaveLength(3);
    }
  });

  it('fills up with the newest stories when too few share anything', () => {
    const small = buildStories([
      version('x', 'en', { category: 'education', date: '2024-01-01T00:00:00.000Z' }),
      version('y', 'en', { category: 'general', date: '2025-01-01T00:00:00.000Z' }),
      version('z', 'en', { category: 'general', date: '2023-01-01T00:00:00.000Z' }),
      version('w', 'en', { category: 'research', date: '2026-01-01T00:00:00.000Z' }),
    ]);
    expect(relatedStories(small, 'en', 'x').map((r) => r.entry.slug)).toEqual(['w', 'y', 'z']);
  });

  it('returns fewer when the newsroom is small, and nothing for an unknown slug', () => {
    const two = buildStories([version('a', 'en'), version('b', 'en')]);
    expect(relatedStories(two, 'en', 'a').map((r) => r.entry.slug)).toEqual(['b']);
    expect(relatedStories(two, 'en', 'nope')).toEqual([]);
  });
});

describe('neighbours, home and feeds', () => {
  const c = buildStories(corpus(5));

  it('finds the next older and next newer story', () => {
    const mid = neighbours(c, 'en', 's02');
    expect(mid.older?.entry.slug).toBe('s01');
    expect(mid.newer?.entry.slug).toBe('s03');
    expect(neighbours(c, 'en', 's04').newer).toBeUndefined();
    expect(neighbours(c, 'en', 's00').older).toBeUndefined();
    expect(neighbours(c, 'en', 'nope')).toEqual({});
  });

  it('leads the home page with the newest featured story', () => {
    const withFeatured = buildStories([
      ...corpus(5),
      version('old-featured', 'de', { featured: true, date: '2019-01-01T00:00:00.000Z' }),
      version('featured', 'fr', { featured: true, date: '2024-01-02T12:00:00.000Z' }),
    ]);
    const { lead, rest } = homeStories(withFeatured, 'en', 4);
    expect(lead?.entry.slug).toBe('featured');
    expect(rest.map((r) => r.entry.slug)).not.toContain('featured');
    expect(rest).toHaveLength(4);
  });

  it('without a featured story, the newest leads', () => {
    expect(homeStories(c, 'en', 2).lead?.entry.slug).toBe('s04');
  });

  it('feeds take the newest N', () => {
    expect(latest(c, 'el', 2).map((r) => r.entry.slug)).toEqual(['s04', 's03']);
  });
});
