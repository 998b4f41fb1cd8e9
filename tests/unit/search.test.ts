import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locale } from '@/lib/i18n/locales';
import { createIndex, type SearchDoc } from '@/lib/search/engine';
import { maxQueryLength, normalizeQuery } from '@/lib/search/query';
import { buildSnippet } from '@/lib/search/snippet';
import { openSearchIndex, writeSearchIndex } from '@/lib/search/store';
import { fold, plainText } from '@/lib/search/text';

let n = 0;
type Doc = Omit<SearchDoc, 'key' | 'locale'> & { id: string; locale?: Locale };
function doc(title: string, over: Partial<Doc> = {}): Doc {
  n++;
  return { id: over.id ?? `doc-${n}`, locale: over.locale, title, summary: over.summary ?? 'Alliance news.', body: over.body ?? '', category: over.category ?? 'general', date: over.date ?? Date.UTC(2024, 0, n) };
}

/** Ids of the stories matching `q`, best first; each story is in `locale` unless it says otherwise. */
function find(locale: Locale, docs: Doc[], q: string, category?: string) {
  const index = createIndex(docs.map(({ id, ...d }) => ({ ...d, key: id, locale: d.locale ?? locale })));
  return [...index.rank(normalizeQuery(q), { category })].map((i) => index.keys[i]);
}

/** For each language: a word as a story writes it, and another form a reader types. */
const forms: [Locale, string, string][] = [
  ['en', 'Three universities open their laboratories to the public', 'university'],
  ['en', 'A new university for the region', 'universities'],
  ['fr', 'L’université de Lausanne accueille des étudiants', 'universite'],
  ['fr', 'Les étudiants prennent la parole', 'etudiant'],
  ['de', 'Die Universitäten der Allianz forschen gemeinsam', 'universitat'],
  ['de', 'Studierende gestalten die Lehre', 'Studierenden'],
  ['el', 'Η τελετή έγινε στις 12 Ιουνίου στην Αθήνα', 'ιουνιου'],
  ['el', 'Οι φοιτητές του πανεπιστημίου ταξιδεύουν', 'φοιτητών'],
  ['it', 'L’università di Roma apre un laboratorio', 'universita'],
  ['it', 'Le ricerche sul clima continuano', 'ricerca'],
  ['es', 'Investigación abierta en la Universidad Autónoma', 'investigacion'],
  ['es', 'Los estudiantes de Madrid cantan', 'estudiante'],
  ['sv', 'Forskningen vid universitetet växer', 'forskning'],
  ['sv', 'Studenterna åker till Bryssel', 'studenter'],
  ['ro', 'Știință deschisă la Universitatea din București', 'stiinta'],
  ['ro', 'Universitățile alianței colaborează', 'universitate'],
];

describe('search in eight languages', () => {
  it.each(forms)('%s: “%s” is found by “%s”', (locale, title, query) => {
    const target = doc(title, { id: 'target' });
    const ids = find(locale, [doc('Unrelated story about music'), target, doc('Another notice on something else')], query);
    expect(ids).toContain('target');
    expect(ids[0]).toBe('target');
  });

  it('folds case and diacritics the same way for text and query', () => {
    expect(fold('Ιουνίου ΣΟΦΙΑΣ')).toBe('ιουνιου σοφιασ');
    expect(fold('Știință ȚARĂ Université Ångström')).toBe('stiinta tara universite angstrom');
  });
});

describe('ranking and matching', () => {
  it('forgives one typo in a longer word, not in a short one', () => {
    const docs = [doc('Student mobility across Europe', { id: 'mobility' }), doc('A new lab opens', { id: 'lab' })];
    expect(find('en', docs, 'mobilty')).toEqual(['mobility']);
    expect(find('en', docs, 'lob')).toEqual([]);
  });

  it('matches the beginning of the last word as the reader types', () => {
    const docs = [doc('Climate summer school', { id: 'climate' }), doc('Music workshop', { id: 'music' })];
    expect(find('en', docs, 'summer clim')).toEqual(['climate']);
  });

  it('ranks title above summary above body, then newer first', () => {
    const docs = [
      doc('Unrelated', { id: 'body', body: 'The podcast is recorded in Athens.', date: Date.UTC(2026, 0, 1) }),
      doc('Unrelated too', { id: 'summary', summary: 'A podcast about cities.', date: Date.UTC(2025, 0, 1) }),
      doc('The podcast season two', { id: 'title-old', date: Date.UTC(2020, 0, 1) }),
      doc('The podcast season one', { id: 'title-new', date: Date.UTC(2023, 0, 1) }),
    ];
    expect(find('en', docs, 'podcast')).toEqual(['title-new', 'title-old', 'summary', 'body']);
  });

  it('filters by category', () => {
    const docs = [doc('Research on climate', { id: 'r', category: 'research' }), doc('Education on climate', { id: 'e', category: 'education' })];
    expect(find('en', docs, 'climate', 'research')).toEqual(['r']);
    expect((find('en', docs, 'climate')).sort()).toEqual(['e', 'r']);
  });
});

describe('what a reader may find', () => {
  it('ranks a story with every query word above one with only some, whatever their dates', () => {
    const docs = [doc('Summer school news', { id: 'one-word', date: Date.UTC(2026, 5, 1) }), doc('Climate summer school', { id: 'both', date: Date.UTC(2019, 0, 1) })];
    expect(find('en', docs, 'climate school')).toEqual(['both', 'one-word']);
  });

  it('looks a word up in each language searched, with that language’s stemmer', () => {
    const docs = [
      doc('Forskningen vid universitetet växer', { id: 'sv', locale: 'sv' }),
      doc('Three universities open their laboratories', { id: 'en-fallback', locale: 'en' }),
    ];
    const index = createIndex(docs.map(({ id, ...d }) => ({ ...d, key: id, locale: d.locale! })));
    const ids = (q: string, languages: Locale[]) => [...index.rank(normalizeQuery(q), { languages })].map((i) => index.keys[i]);
    // "university" (English singular) meets "universities" in the English version a Swedish reader is shown.
    expect(ids('university', ['sv', 'en'])).toEqual(['en-fallback']);
    expect(ids('forskning', ['sv', 'en'])).toEqual(['sv']);
    expect(ids('university', ['sv'])).toEqual([]);
  });

  it('never returns a version the reader’s newsroom does not show (another language’s version, a draft)', () => {
    const docs = [doc('Open science week', { id: 'shown' }), doc('Open science week, draft', { id: 'hidden' })];
    const index = createIndex(docs.map(({ id, ...d }) => ({ ...d, key: id, locale: 'en' as const })));
    const visible = new Uint8Array(index.size);
    visible[index.keys.indexOf('shown')] = 1;
    expect([...index.rank(normalizeQuery('science'), { visible })].map((i) => index.keys[i])).toEqual(['shown']);
  });

  it('an unknown category finds nothing', () => {
    expect(find('en', [doc('Research on climate', { category: 'research' })], 'climate', 'no-such-category')).toEqual([]);
  });
});

describe('the index file', () => {
  it('is written by the content step and opened by the server with the same results and the texts', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'search-'));
    try {
      const file = path.join(dir, 'search.bin');
      const docs: SearchDoc[] = [
        { key: 'el/a', locale: 'el', title: 'Η τελετή στις 12 Ιουνίου', summary: 'Αθήνα.', body: 'Οι φοιτητές του πανεπιστημίου ταξιδεύουν τον Ιούνιο.', category: 'campus', date: Date.UTC(2025, 5, 12) },
        { key: 'ro/b', locale: 'ro', title: 'Știință deschisă', summary: 'București.', body: 'Universitățile alianței colaborează în știință.', category: 'research', date: Date.UTC(2025, 1, 1) },
      ];
      expect(writeSearchIndex(file, docs).versions).toBe(2);
      const opened = openSearchIndex(file);
      const { index } = opened;
      const hit = (q: string) => [...index.rank(normalizeQuery(q))].map((i) => index.keys[i]);
      expect(hit('ιουνιου')).toEqual(['el/a']);
      expect(hit('stiinta universitate')).toEqual(['ro/b']);
      expect(opened.text(index.keys.indexOf('ro/b'))).toBe('Universitățile alianței colaborează în știință.');
      opened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('bad queries', () => {
  const docs = [doc('Open science in Europe', { id: 'a' })];
  it.each([
    ['empty', ''],
    ['whitespace', ' \t\n '],
    ['regular-expression characters', '.*+?^${}()|[]\\'],
    ['quotes only', '"\'«»„“'],
    ['one letter', 'a'],
  ])('%s: nothing to search, no error', (_, q) => {
    expect(normalizeQuery(q).terms).toEqual([]);
    expect(find('en', docs, q)).toEqual([]);
  });

  it('a 1,000-character query is cut and still answered', () => {
    const q = `science ${'x'.repeat(992)}`;
    const nq = normalizeQuery(q);
    expect(nq.truncated).toBe(true);
    expect(nq.display.length).toBe(maxQueryLength);
    expect(find('en', docs, q)).toEqual(['a']);
  });

  it('markup and quotes in a query are words, not syntax', () => {
    expect(normalizeQuery('<script>alert("x")</script> science').terms).toEqual(['script', 'alert', 'science']);
    expect(find('en', docs, '<script>alert("x")</script> science')).toEqual(['a']);
    expect(normalizeQuery(['first', 'second']).display).toBe('first');
    expect(normalizeQuery(undefined).terms).toEqual([]);
  });
});

describe('snippets', () => {
  it('mark the words that matched, in any form', () => {
    const segments = buildSnippet('Η τελετή έγινε στις 12 Ιουνίου στην Αθήνα.', normalizeQuery('ιουνιου'), 'el');
    expect(segments.filter((s) => s.hit).map((s) => s.text)).toEqual(['Ιουνίου']);
    expect(segments.map((s) => s.text).join('')).toBe('Η τελετή έγινε στις 12 Ιουνίου στην Αθήνα.');
  });

  it('show the part of a long text where the match is', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(30)}The climate school opens in June. ${'More text here. '.repeat(30)}`;
    const segments = buildSnippet(text, normalizeQuery('climate'), 'en', 120);
    const shown = segments.map((s) => s.text).join('');
    expect(shown.startsWith('… ')).toBe(true);
    expect(shown.endsWith(' …')).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(130);
    expect(segments.some((s) => s.hit && s.text === 'climate')).toBe(true);
  });

  it('index plain text, without Markdown syntax or components', () => {
    expect(plainText('## Title\n\nSome **bold** and _em_ [link](/en/news/x).\n\n<Figure src="/a.jpg" alt="An image" caption="A caption" />\n\n- item\n\n| a | b |\n|---|---|\n| c | d |')).toBe(
      'Title Some bold and em link. An image item a b c d',
    );
  });
});
