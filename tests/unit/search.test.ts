import { describe, expect, it } from 'vitest';
import type { Locale } from '@/lib/i18n/locales';
import { buildSearchDb, rank, type SearchDoc } from '@/lib/search/engine';
import { maxQueryLength, normalizeQuery } from '@/lib/search/query';
import { buildSnippet } from '@/lib/search/snippet';
import { fold, plainText } from '@/lib/search/text';

let n = 0;
function doc(title: string, over: Partial<SearchDoc> = {}): SearchDoc {
  n++;
  return { id: over.id ?? `doc-${n}`, title, summary: over.summary ?? 'Alliance news.', body: over.body ?? '', category: over.category ?? 'general', date: over.date ?? Date.UTC(2024, 0, n) };
}

async function find(locale: Locale, docs: SearchDoc[], q: string, category?: string) {
  const db = await buildSearchDb(locale, docs);
  return (await rank(db, normalizeQuery(q), locale, category)).ids;
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
  it.each(forms)('%s: “%s” is found by “%s”', async (locale, title, query) => {
    const target = doc(title, { id: 'target' });
    const ids = await find(locale, [doc('Unrelated story about music'), target, doc('Another notice on something else')], query);
    expect(ids).toContain('target');
    expect(ids[0]).toBe('target');
  });

  it('folds case and diacritics the same way for text and query', () => {
    expect(fold('Ιουνίου ΣΟΦΙΑΣ')).toBe('ιουνιου σοφιασ');
    expect(fold('Știință ȚARĂ Université Ångström')).toBe('stiinta tara universite angstrom');
  });
});

describe('ranking and matching', () => {
  it('forgives one typo in a longer word, not in a short one', async () => {
    const docs = [doc('Student mobility across Europe', { id: 'mobility' }), doc('A new lab opens', { id: 'lab' })];
    expect(await find('en', docs, 'mobilty')).toEqual(['mobility']);
    expect(await find('en', docs, 'lob')).toEqual([]);
  });

  it('matches the beginning of the last word as the reader types', async () => {
    const docs = [doc('Climate summer school', { id: 'climate' }), doc('Music workshop', { id: 'music' })];
    expect(await find('en', docs, 'summer clim')).toEqual(['climate']);
  });

  it('ranks title above summary above body, then newer first', async () => {
    const docs = [
      doc('Unrelated', { id: 'body', body: 'The podcast is recorded in Athens.', date: Date.UTC(2026, 0, 1) }),
      doc('Unrelated too', { id: 'summary', summary: 'A podcast about cities.', date: Date.UTC(2025, 0, 1) }),
      doc('The podcast season two', { id: 'title-old', date: Date.UTC(2020, 0, 1) }),
      doc('The podcast season one', { id: 'title-new', date: Date.UTC(2023, 0, 1) }),
    ];
    expect(await find('en', docs, 'podcast')).toEqual(['title-new', 'title-old', 'summary', 'body']);
  });

  it('filters by category', async () => {
    const docs = [doc('Research on climate', { id: 'r', category: 'research' }), doc('Education on climate', { id: 'e', category: 'education' })];
    expect(await find('en', docs, 'climate', 'research')).toEqual(['r']);
    expect((await find('en', docs, 'climate')).sort()).toEqual(['e', 'r']);
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
  ])('%s: nothing to search, no error', async (_, q) => {
    expect(normalizeQuery(q).terms).toEqual([]);
    expect(await find('en', docs, q)).toEqual([]);
  });

  it('a 1,000-character query is cut and still answered', async () => {
    const q = `science ${'x'.repeat(992)}`;
    const nq = normalizeQuery(q);
    expect(nq.truncated).toBe(true);
    expect(nq.display.length).toBe(maxQueryLength);
    await expect(find('en', docs, q)).resolves.toBeInstanceOf(Array);
  });

  it('markup and quotes in a query are words, not syntax', async () => {
    expect(normalizeQuery('<script>alert("x")</script> science').terms).toEqual(['script', 'alert', 'science']);
    expect(await find('en', docs, '<script>alert("x")</script> science')).toEqual(['a']);
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
