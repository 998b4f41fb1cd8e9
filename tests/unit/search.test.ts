import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locale } from '@/lib/i18n/locales';
import { createIndex, maxSuggestedWords, type SearchDoc } from '@/lib/search/engine';
import { editDistance, termMatcher, token } from '@/lib/search/match';
import { maxQueryLength, normalizeQuery } from '@/lib/search/query';
import { buildSnippet } from '@/lib/search/snippet';
import { openSearchIndex, writeSearchIndex } from '@/lib/search/store';
import { plainText } from '@/lib/content/plain-text';
import { fold, stemmers, writtenForm } from '@/lib/search/text';

let n = 0;
type Doc = Omit<SearchDoc, 'key' | 'locale'> & { id: string; locale?: Locale };
function doc(title: string, over: Partial<Doc> = {}): Doc {
  n++;
  return {
    id: over.id ?? `doc-${n}`,
    locale: over.locale,
    title,
    summary: over.summary ?? 'Alliance news.',
    body: over.body ?? '',
    category: over.category ?? 'general',
    date: over.date ?? Date.UTC(2024, 0, n),
  };
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
    const docs = [
      doc('Research on climate', { id: 'r', category: 'research' }),
      doc('Education on climate', { id: 'e', category: 'education' }),
    ];
    expect(find('en', docs, 'climate', 'research')).toEqual(['r']);
    expect(find('en', docs, 'climate').sort()).toEqual(['e', 'r']);
  });
});

describe('what a reader may find', () => {
  it('ranks a story with every query word above one with only some, whatever their dates', () => {
    const docs = [
      doc('Summer school news', { id: 'one-word', date: Date.UTC(2026, 5, 1) }),
      doc('Climate summer school', { id: 'both', date: Date.UTC(2019, 0, 1) }),
    ];
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
        {
          key: 'el/a',
          locale: 'el',
          title: 'Η τελετή στις 12 Ιουνίου',
          summary: 'Αθήνα.',
          body: 'Οι φοιτητές του πανεπιστημίου ταξιδεύουν τον Ιούνιο.',
          category: 'campus',
          date: Date.UTC(2025, 5, 12),
        },
        {
          key: 'ro/b',
          locale: 'ro',
          title: 'Știință deschisă',
          summary: 'București.',
          body: 'Universitățile alianței colaborează în știință.',
          category: 'research',
          date: Date.UTC(2025, 1, 1),
        },
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
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a query of regular-expression characters, `${}` included
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
    expect(
      plainText(
        '## Title\n\nSome **bold** and _em_ [link](/en/news/x).\n\n<Figure src="/a.jpg" alt="An image" caption="A caption" />\n\n- item\n\n| a | b |\n|---|---|\n| c | d |',
      ),
    ).toBe('Title. Some bold and em link. An image. A caption. item. a – b. c – d.');
  });
});

/** An index of `docs` (each in `locale` unless it says otherwise), and a way to search it. */
function indexOf(locale: Locale, docs: Doc[]) {
  const index = createIndex(docs.map(({ id, ...d }) => ({ ...d, key: id, locale: d.locale ?? locale })));
  const ids = (q: string, options: Parameters<typeof index.rank>[1] = {}) =>
    [...index.rank(normalizeQuery(q), options)].map((i) => index.keys[i]);
  const suggest = (q: string, options: Parameters<typeof index.rank>[1] = {}) => index.suggest(normalizeQuery(q), options)?.text;
  return { index, ids, suggest };
}

describe('edit distance (optimal string alignment)', () => {
  it.each([
    ['alliacnes', 'alliances', 1],
    ['erasmsu', 'erasmus', 1],
    ['nachhaltigkiet', 'nachhaltigkeit', 1],
    ['mobilty', 'mobility', 1],
    ['erasmu', 'erasmus', 1],
    ['podcest', 'podcast', 1],
    ['κινητικτοητα', 'κινητικοτητα', 1],
    ['nachhaltgkiet', 'nachhaltigkeit', 2],
    ['ofrschugn', 'forschung', 2],
    ['ca', 'abc', 3],
    ['', 'abc', 3],
    ['same', 'same', 0],
  ])('%s → %s: %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it('stops as soon as the distance is over the bound', () => {
    expect(editDistance('alliances', 'zzzzzzzzz', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('abcd', 'abdc', 1)).toBe(1);
  });
});

describe('typos: swapped and missing letters', () => {
  /** A story, the word it has, what a reader types (a swap or a missing letter), in eight languages. */
  const typos: [Locale, string, string][] = [
    ['en', 'Strategic alliances for the next decade', 'alliacnes'],
    ['en', 'Erasmus students arrive in Rome', 'erasmsu'],
    ['en', 'Student mobility across Europe', 'mobilty'],
    ['en', 'Erasmus students arrive in Rome', 'Erasmu students'],
    ['de', 'Preis für Nachhaltigkeit an der Universität Salzburg', 'Nachhaltigkiet'],
    ['de', 'Mobilität für alle Studierenden', 'Mobiltät für'],
    ['de', 'Forschung im Labor', 'Froschung'],
    ['el', 'Η κινητικότητα των φοιτητών αυξάνεται', 'κινητικτοητα'],
    ['el', 'Το πανεπιστήμιο της Αθήνας', 'πανεπιστημο αθηνας'],
    ['el', 'Οι φοιτητές ταξιδεύουν', 'φοιτηετς'],
    ['fr', 'La mobilité des étudiants en Europe', 'mobiltie'],
    ['fr', 'L’université de Lausanne accueille des étudiants', 'univresite lausanne'],
    ['it', 'L’università di Roma apre un laboratorio', 'laboratroio'],
    ['es', 'Investigación abierta en la Universidad Autónoma', 'invetsigacion'],
    ['sv', 'Forskningen vid universitetet växer', 'univresitetet'],
    ['ro', 'Mobilitatea studenților în Europa', 'mobiltatea'],
    ['ro', 'Știință deschisă la Universitatea din București', 'stiinat deschisa'],
  ];
  it.each(typos)('%s: “%s” is found by “%s”', (locale, title, query) => {
    const target = doc(title, { id: 'target' });
    const ids = find(locale, [doc('Unrelated story about music'), target, doc('Another notice on something else')], query);
    expect(ids[0]).toBe('target');
  });

  it('a word missing a letter is found when it is not the last word of the query too', () => {
    const docs = [
      doc('Erasmus grants for students', { id: 'erasmus', body: 'Mobility in Europe.' }),
      doc('A concert in the park', { id: 'concert' }),
    ];
    expect(find('en', docs, 'Erasmu mobility')).toEqual(['erasmus']);
    expect(find('en', docs, 'mobilty Erasmus')).toEqual(['erasmus']);
    expect(
      find('de', [doc('Die Mobilität der Studierenden', { id: 'de' }), doc('Ein Konzert', { id: 'x' })], 'Mobilitt Studierende'),
    ).toEqual(['de']);
  });

  it('a word found in one language by its stem is still corrected in the others', () => {
    // English stems "Erasmu" and "Erasmus" alike; the French story has "Erasmus", one letter away.
    const docs = [doc('Erasmus in Europe', { id: 'en', locale: 'en' }), doc('Le programme Erasmus a 40 ans', { id: 'fr', locale: 'fr' })];
    const { ids } = indexOf('fr', docs);
    expect(ids('Erasmu', { languages: ['fr', 'en'] }).sort()).toEqual(['en', 'fr']);
  });

  it('a real word is never corrected into another language’s word', () => {
    const docs = [doc('Die Stadt der Zukunft', { id: 'de', locale: 'de' }), doc('A good start for the year', { id: 'en', locale: 'en' })];
    const { ids } = indexOf('de', docs);
    expect(ids('Stadt', { languages: ['de', 'en'] })).toEqual(['de']);
    expect(ids('strat', { languages: ['de', 'en'] })).toEqual(['en']);
  });

  it('long words (10 letters or more) forgive two typos, shorter ones one', () => {
    const docs = [doc('Preis für Nachhaltigkeit', { id: 'long', locale: 'de' }), doc('Strategic alliances', { id: 'short', locale: 'en' })];
    const { ids } = indexOf('en', docs);
    expect(ids('Nachhaltgkiet')).toEqual(['long']); // a letter missing and two swapped
    expect(ids('alilacnes')).toEqual([]); // two swaps in nine letters
    expect(ids('alliacnes')).toEqual(['short']);
  });

  it('one typo forgiven does not find words two edits away, and short words forgive none', () => {
    const docs = [
      doc('Student mobility', { id: 'mobility' }),
      doc('A new lab', { id: 'lab' }),
      doc('Nobility and the arts', { id: 'nobility' }),
    ];
    expect(find('en', docs, 'mobilty')).toEqual(['mobility']);
    expect(find('en', docs, 'mboilty')).toEqual([]);
    expect(find('en', docs, 'lba')).toEqual([]);
  });

  it('numbers are never corrected', () => {
    const docs = [doc('The 2025 report', { id: 'a', body: 'Figures: 12345.' })];
    expect(find('en', docs, '12354')).toEqual([]);
    expect(find('en', docs, '12345')).toEqual(['a']);
  });

  it('finds exactly the words one or two edits away that a full scan finds (the radix tree walk misses none)', () => {
    let seed = 42;
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x80000000;
    const word = (min: number, max: number) =>
      Array.from({ length: min + Math.floor(rnd() * (max - min + 1)) }, () => 'abcde'[Math.floor(rnd() * 5)]).join('');
    const dictionary = [...new Set(Array.from({ length: 2000 }, () => word(4, 11)))];
    const docs = dictionary.map((w, i) => ({
      key: w,
      locale: 'sv' as const,
      title: w,
      summary: '',
      body: '',
      category: 'general',
      date: i,
    }));
    const index = createIndex(docs);
    const stem = (w: string) => stemmers.sv(w) || w;
    const stems = new Set(dictionary.map(stem));
    let checked = 0;
    for (let i = 0; i < 200; i++) {
      const q = word(5, 12);
      if (stems.has(stem(q)) || dictionary.includes(q)) continue;
      // Not the last word of the query: no prefixes, only typos.
      const got = [...index.rank(normalizeQuery(`${q} zz`))].map((id) => index.keys[id]).sort();
      const tolerance = q.length >= 10 ? 2 : 1;
      let near = new Set<string>();
      for (let k = 1; k <= tolerance && !near.size; k++) near = new Set(dictionary.filter((w) => editDistance(w, q, k) <= k).map(stem));
      expect(got, q).toEqual(dictionary.filter((w) => near.has(stem(w))).sort());
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });
});

describe('short words', () => {
  it('one or two letters match only themselves: no prefix, no typo', () => {
    const docs = [
      doc('Design week in Delft', { id: 'design' }),
      doc('A walk in De Hoge Veluwe', { id: 'de' }),
      doc('Languages at the lab', { id: 'lab' }),
      doc('La Sapienza opens its doors', { id: 'la' }),
    ];
    expect(find('en', docs, 'de')).toEqual(['de']);
    expect(find('en', docs, 'la')).toEqual(['la']);
    expect(find('en', docs, 'lo')).toEqual([]);
    expect(find('en', docs, 'de la').sort()).toEqual(['de', 'la']);
  });

  it('next to a longer word, a short word only ranks the stories that word finds', () => {
    const docs = [
      doc('La mobilité des chercheurs', { id: 'both', date: Date.UTC(2020, 0, 1) }),
      doc('Mobilité étudiante', { id: 'mobilite', date: Date.UTC(2021, 0, 1) }),
      doc('La fête de la science', { id: 'la-only', date: Date.UTC(2026, 0, 1) }),
    ];
    expect(find('fr', docs, 'la mobilite')).toEqual(['both', 'mobilite']);
    expect(find('fr', docs, 'mobilite la')).toEqual(['both', 'mobilite']);
    expect(find('fr', docs, 'la zzyzxqk')).toEqual([]);
  });

  it('a query of one letter has nothing to search; of two letters, exact words', () => {
    expect(normalizeQuery('a').terms).toEqual([]);
    expect(normalizeQuery('é').terms).toEqual([]);
    expect(normalizeQuery('EU').terms).toEqual(['eu']);
    expect(find('en', [doc('EU funding for universities', { id: 'eu' }), doc('European news', { id: 'europe' })], 'EU')).toEqual(['eu']);
  });

  it('are not highlighted inside longer words', () => {
    const marked = (text: string, q: string, locale: Locale = 'en') =>
      buildSnippet(text, normalizeQuery(q), locale)
        .filter((s) => s.hit)
        .map((s) => s.text);
    expect(marked('Design week in De Hoge Veluwe', 'de')).toEqual(['De']);
    expect(marked('La Sapienza and the language lab', 'la')).toEqual(['La']);
    expect(marked('Climate school and climbing', 'clim')).toEqual(['Climate', 'climbing']);
  });
});

describe('did you mean', () => {
  it('suggests the closest word of the dictionary when nothing is found', () => {
    const { ids, suggest } = indexOf('en', [doc('A community of practice', { id: 'a' }), doc('A new lab opens', { id: 'b' })]);
    expect(ids('comunnity')).toEqual([]);
    expect(suggest('comunnity')).toBe('community');
    expect(suggest('lob')).toBe('lab');
  });

  it('in German and Greek too, and the story’s spelling is restored', () => {
    const { suggest, index } = indexOf('de', [
      doc('Forschung im Labor', { id: 'de', locale: 'de' }),
      doc('Οι φοιτητές ταξιδεύουν', { id: 'el', locale: 'el' }),
    ]);
    expect(suggest('Ofrschugn')).toBe('forschung');
    expect(suggest('οφιτητσε')).toBe('φοιτητεσ');
    const s = index.suggest(normalizeQuery('οφιτητσε'))!;
    expect(s.words[0]).toMatchObject({ changed: true, locale: 'el', versions: [index.keys.indexOf('el')] });
    expect(writtenForm(s.words[0]!.word, ['Οι φοιτητές ταξιδεύουν'])).toBe('φοιτητές');
    expect(writtenForm('forschung', ['Forschung im Labor'])).toBe('Forschung');
    expect(writtenForm('universite', ['Université de Lausanne, l’université du lac'])).toBe('université');
    expect(writtenForm('nowhere', ['Forschung im Labor'])).toBeUndefined();
  });

  it('prefers the fewest edits, then the most frequent word', () => {
    const many = [doc('Campus news', { id: 'c1' }), doc('Campus life', { id: 'c2' }), doc('Summer camps', { id: 'c3' })];
    expect(indexOf('en', many).suggest('cmapsu')).toBe('campus');
    const few = [doc('Campus news', { id: 'c1' }), doc('Summer camps', { id: 'c2' }), doc('Camps for children', { id: 'c3' })];
    expect(indexOf('en', few).suggest('cmapsu')).toBe('camps');
    expect(indexOf('en', many).suggest('campsu')).toBeUndefined(); // one swap: found, nothing to suggest
    expect(indexOf('en', many).ids('campsu')).toEqual(['c3', 'c2', 'c1']); // campus and camps, one edit each
  });

  it('keeps the words that find something and short words, replaces the others', () => {
    const docs = [doc('Erasmus students in Lyon', { id: 'a' }), doc('Mobility grants', { id: 'b' })];
    const { suggest } = indexOf('en', docs);
    expect(suggest('zzyzxqk')).toBeUndefined();
    expect(suggest('de mboiliyt zzyzxqk')).toBe('de mobility');
    expect(suggest('Erasmus zzyzxqk')).toBeUndefined(); // no word near zzyzxqk: nothing to suggest
  });

  it('only suggests words of the stories the reader may find, in the languages searched', () => {
    const docs = [
      doc('Open science week', { id: 'shown', locale: 'en' }),
      doc('A hidden campus', { id: 'hidden', locale: 'en' }),
      doc('Studenter i Lund', { id: 'sv', locale: 'sv' }),
    ];
    const { index, suggest } = indexOf('en', docs);
    const visible = new Uint8Array(index.size);
    visible[index.keys.indexOf('shown')] = 1;
    visible[index.keys.indexOf('sv')] = 1;
    // Two edits each from "science", "campus", "studenter": not typos, suggestions.
    expect(suggest('scneice', { visible, languages: ['en', 'sv'] })).toBe('science');
    expect(suggest('cmapsu')).toBe('campus');
    expect(suggest('cmapsu', { visible, languages: ['en', 'sv'] })).toBeUndefined(); // only in a version the reader does not see
    expect(suggest('sutdentre', { visible, languages: ['en', 'sv'] })).toBe('studenter');
    expect(suggest('sutdentre', { visible, languages: ['en'] })).toBeUndefined(); // Swedish is not searched
    expect(suggest('sceince', { visible, languages: ['en'] })).toBeUndefined(); // one swap: found, nothing to suggest
  });

  it('none for numbers, short words, or a paragraph of unknown words', () => {
    const { suggest } = indexOf('en', [doc('The 2025 report on alliances', { id: 'a' })]);
    expect(suggest('2052')).toBeUndefined();
    expect(suggest('xy')).toBeUndefined();
    expect(suggest('allainecs')).toBe('alliances');
    const unknown = ['qqqqq', 'wwwww', 'vvvvv', 'kkkkk', 'allainecs'].slice(0, maxSuggestedWords + 2).join(' ');
    expect(suggest(unknown)).toBeUndefined();
  });
});

describe('plain text for snippets', () => {
  it('keeps the text’s spacing and punctuation around emphasis, strong and code', () => {
    expect(plainText('With **FOR-EU4All**, that habit of _sharing_ becomes `structure`.')).toBe(
      'With FOR-EU4All, that habit of sharing becomes structure.',
    );
    expect(plainText('A ***very*** ~~old~~ snake_case name, \\*not\\* emphasis.')).toBe('A very old snake_case name, *not* emphasis.');
  });

  it('ends headings, paragraphs, list items and table rows with a full stop when they have no punctuation', () => {
    expect(plainText('## Room for improvement\n\nThe report also points to challenges.')).toBe(
      'Room for improvement. The report also points to challenges.',
    );
    expect(plainText('## What is a BIP?\n\nA short stay')).toBe('What is a BIP? A short stay.');
    expect(plainText('Four areas:\n\n- **administration**;\n- communication\n- dialogue\n\nAnd more')).toBe(
      'Four areas: administration; communication. dialogue. And more.',
    );
    expect(plainText('> “The week was short,” one student summed up.')).toBe('“The week was short,” one student summed up.');
    expect(plainText('# Τι είναι;\n\nΜια σύντομη διαμονή')).toBe('Τι είναι; Μια σύντομη διαμονή.');
  });

  it('keeps a paragraph’s soft line breaks as spaces', () => {
    expect(plainText('One sentence that\nwraps over\nthree lines.\n\nNext')).toBe('One sentence that wraps over three lines. Next.');
  });

  it('keeps both the alt text and the caption of components, and video titles', () => {
    expect(
      plainText(
        'Text.\n\n<Figure src="/a.jpg" alt="Abstract illustration: a grid" caption="More than 60 alliances." credit="CIVIS" />\n\nAfter',
      ),
    ).toBe('Text. Abstract illustration: a grid. More than 60 alliances. After.');
    expect(plainText('<Figure\n  src="/a.jpg"\n  alt="Same text"\n  caption="Same text"\n/>')).toBe('Same text.');
    expect(plainText('<Video provider="youtube" id="x" title="Big Buck Bunny, the open film" />\n\n<Members />')).toBe(
      'Big Buck Bunny, the open film.',
    );
  });

  it('separates table cells and rows', () => {
    expect(plainText('| Phase | What happens |\n|---|---|\n| Before the stay | Online sessions |\n| On site | Classes. |')).toBe(
      'Phase – What happens. Before the stay – Online sessions. On site – Classes.',
    );
  });

  it('leaves out code blocks, comments, imports, links’ addresses and HTML tags', () => {
    expect(
      plainText(
        'import X from "./x"\n\nSee [the report](https://example.org/a_(b)) <https://example.org>.\n\n```js\nconst a = 1;\n```\n\n<!-- note -->\n{/* mdx note */}\nLine<br/>two <em>now</em>',
      ),
    ).toBe('See the report. Line two now.');
  });

  it('makes snippets that read like the story', () => {
    const md =
      'European alliances have always learned from one another.\nWith **FOR-EU4All**, that habit of sharing becomes a proper structure.\n\n## Room for improvement\n\nThe report also points to challenges.';
    const text = plainText(md);
    const shown = (q: string, max?: number) =>
      buildSnippet(text, normalizeQuery(q), 'en', max)
        .map((s) => s.text)
        .join('');
    expect(shown('habit')).toContain('With FOR-EU4All, that habit of sharing');
    expect(shown('challenges')).toContain('structure. Room for improvement. The report also points to challenges.');
    expect(shown('challenges', 120)).toBe('… The report also points to challenges.');
  });
});

describe('excerpts', () => {
  it('show where the query’s words meet, not only the first match', () => {
    const text = `The network of universities grows. ${'Other news of the week. '.repeat(20)}Members of the Erasmus Student Network met in Lyon. ${'More text. '.repeat(20)}`;
    const shown = buildSnippet(text, normalizeQuery('erasmus network'), 'en', 120);
    expect(shown.filter((s) => s.hit).map((s) => s.text)).toEqual(['Erasmus', 'Network']);
    expect(shown.map((s) => s.text).join('')).toMatch(/^… Members of the Erasmus Student Network met in Lyon\./);
  });
});

describe('highlighting follows what the engine matched', () => {
  it('marks the typo’s word, by the stems the engine used', () => {
    const docs = [doc('Student mobility across Europe', { id: 'a', body: 'Mobile teams and mobility grants; nobility aside.' })];
    const { index } = indexOf('en', docs);
    const query = normalizeQuery('mobilty');
    const matched = index.match(query).terms.map((t) => t.stems.en);
    expect(matched).toEqual([['mobil']]);
    const marked = buildSnippet(docs[0]!.body, query, 'en', undefined, matched)
      .filter((s) => s.hit)
      .map((s) => s.text);
    expect(marked).toEqual(['Mobile', 'mobility']);
  });

  it('without the engine’s answer, applies the same rules (a swap is one typo)', () => {
    const marked = (text: string, q: string, locale: Locale) =>
      buildSnippet(text, normalizeQuery(q), locale)
        .filter((s) => s.hit)
        .map((s) => s.text);
    expect(marked('Strategic alliances for Europe', 'alliacnes', 'en')).toEqual(['alliances']);
    expect(marked('Preis für Nachhaltigkeit', 'Nachhaltigkiet', 'de')).toEqual(['Nachhaltigkeit']);
    expect(marked('Η κινητικότητα των φοιτητών', 'κινητικτοητα', 'el')).toEqual(['κινητικότητα']);
    // Only the last word is the beginning of a word being typed.
    expect(marked('Climate school in the city', 'clim school', 'en')).toEqual(['school']);
    expect(marked('Climate school in the city', 'school clim', 'en')).toEqual(['Climate', 'school']);
    expect(termMatcher('erasmu', 'en', { last: false })(token('Erasmus', 'en'))).toBe(true);
  });
});

// How fast these answer is the benchmark's to measure (scripts/bench/search.ts has the same hostile queries).
describe('bad input gets a normal answer', () => {
  const docs = [
    doc('Erasmus mobility in Europe', { id: 'en', locale: 'en' }),
    doc('Η κινητικότητα των φοιτητών', { id: 'el', locale: 'el' }),
  ];
  const { ids, suggest } = indexOf('en', docs);

  it('one letter', () => {
    expect(ids('e')).toEqual([]);
    expect(suggest('e')).toBeUndefined();
  });

  it('1,000 characters of unknown long words, and of one letter repeated', () => {
    let seed = 1;
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x80000000;
    const gibberish = Array.from({ length: 60 }, () =>
      Array.from({ length: 16 }, () => 'etaoinshrdlucmαβγ'[Math.floor(rnd() * 17)]).join(''),
    )
      .join(' ')
      .slice(0, 1000);
    for (const q of [gibberish, 'x'.repeat(1000), `mobilty ${'κ'.repeat(992)}`]) {
      const found = ids(q);
      const suggested = suggest(q);
      expect(normalizeQuery(q).truncated).toBe(true);
      if (q.startsWith('mobilty')) expect(found).toEqual(['en']);
      else expect(found).toEqual([]);
      expect(suggested).toBeUndefined();
    }
  });

  it('plain text of malformed or huge Markdown', () => {
    for (const huge of [`<Figure ${'a="x" '.repeat(20_000)}`, '*_'.repeat(50_000), '| a '.repeat(20_000), '```\n'.repeat(5_000)]) {
      expect(typeof plainText(huge)).toBe('string');
    }
    expect(plainText('Text.\n\n<Figure alt="Unclosed')).toContain('Text.');
  });

  it('Latin and Greek mixed', () => {
    expect(ids('erasmus κινητικότητα').sort()).toEqual(['el', 'en']);
    expect(ids('erasmsu κινητικτοητα').sort()).toEqual(['el', 'en']);
    expect(ids('mobilityκινητικότητα')).toEqual([]);
    expect(ids('Εrasmus')).toEqual(['en']); // a Greek capital epsilon typed for E: one substitution
    // Latin letters inside Greek words and a Greek omicron in a Latin one: still a normal answer
    expect(() => suggest('mοbility κινητικoτητα')).not.toThrow();
  });
});
