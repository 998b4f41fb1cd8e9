/**
 * Typography per language (lib/typography): soft hyphens, French spacing, quotes and apostrophes,
 * for plain text and for bodies through the rehype plugin.
 */
import { evaluate } from '@mdx-js/mdx';
import { createElement } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locales, type Locale } from '@/lib/i18n/locales';
import { frenchSpacing, hyphenate, NBSP, NNBSP, SHY, smartQuotes, stripSoftHyphens, typeset } from '@/lib/typography';
import { applyEditsToSegments } from '@/lib/typography/edits';
import { rehypeTypography } from '@/lib/typography/rehype';

/** Soft hyphens shown as `·`, no-break spaces as `⍽` (U+00A0) and `˽` (U+202F), for readable expectations. */
const show = (s: string) => s.replaceAll(SHY, '·').replaceAll(NBSP, '⍽').replaceAll(NNBSP, '˽');

describe('hyphenate', () => {
  it('breaks long German headline words at their syllables and compound joints', () => {
    expect(show(hyphenate('Geisteswissenschaften', 'de'))).toBe('Geis·tes·wis·sen·schaf·ten');
    expect(show(hyphenate('Nachhaltigkeitsstrategie', 'de'))).toBe('Nach·hal·tig·keits·stra·te·gie');
    expect(show(hyphenate('Die Hochschulallianzen bündeln ihre Erfahrung', 'de'))).toBe(
      'Die Hoch·schul·al·li·an·zen bündeln ihre Erfahrung',
    );
  });

  it('breaks long Swedish words', () => {
    expect(show(hyphenate('forskningsprogrammet', 'sv'))).toBe('forsk·nings·pro·gram·met');
    expect(show(hyphenate('universitetsallianser', 'sv'))).toBe('uni·ver·si·tets·al·li·an·ser');
  });

  it('leaves short words whole, with a configurable minimum length', () => {
    expect(hyphenate('Die Stadt und das Lab', 'de')).toBe('Die Stadt und das Lab');
    expect(hyphenate('ny forskning', 'sv')).toBe('ny forskning'); // 9 letters: the default minimum is 10
    expect(show(hyphenate('Praxisgemeinschaft', 'de', { minWordLength: 20 }))).toBe('Praxisgemeinschaft');
    expect(show(hyphenate('Methoden', 'de', { minWordLength: 8 }))).toBe('Me·tho·den');
  });

  it('keeps two letters before and three after a break', () => {
    for (const word of ['Geisteswissenschaften', 'forskningsprogrammet', 'Masterprogramme']) {
      const parts = hyphenate(word, word.startsWith('f') ? 'sv' : 'de').split(SHY);
      expect(parts[0]!.length).toBeGreaterThanOrEqual(2);
      expect(parts.at(-1)!.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('leaves acronyms, words with digits, URLs, e-mail addresses and soft-hyphenated words alone', () => {
    const untouched = [
      'CIVIS',
      'FOR-EU4All',
      'UNIVERSITÄTSALLIANZ',
      'Horizon2020Programm',
      'https://www.civis.eu/forschungsprogramme',
      'www.hochschulallianzen.eu',
      'pressestelle@universitaet-tuebingen.de',
      'Geistes\u00ADwissenschaften',
      'FutureLearnPlattform',
    ];
    for (const t of untouched) expect(hyphenate(t, 'de')).toBe(t);
    // In a compound with an acronym only the lowercase part is hyphenated.
    expect(show(hyphenate('CIVIS-Masterprogramme', 'de'))).toBe('CIVIS-Mas·ter·pro·gramme');
  });

  it('hyphenates every locale with its own patterns, Greek included', () => {
    const words: Record<Locale, string> = {
      en: 'internationalisation',
      fr: 'internationalisation',
      de: 'Internationalisierung',
      el: 'διακυβέρνηση',
      it: 'internazionalizzazione',
      es: 'internacionalización',
      sv: 'internationalisering',
      ro: 'internaționalizare',
    };
    for (const locale of locales) {
      const out = hyphenate(words[locale], locale);
      expect(out, locale).toContain(SHY);
      expect(stripSoftHyphens(out)).toBe(words[locale]);
    }
    expect(show(hyphenate('διακυβέρνηση', 'el'))).toBe('δια·κυ·βέρ·νηση');
    // Romanian typed with cedillas is hyphenated like the comma-below spelling.
    expect(show(hyphenate('internaţionalizare', 'ro'))).toBe(show(hyphenate('internaționalizare', 'ro')).replace('ț', 'ţ'));
  });
});

describe('frenchSpacing', () => {
  it('puts a no-break space before the colon and a narrow one before ! ? ;', () => {
    const out = frenchSpacing('Le programme : inscriptions ouvertes !');
    expect(out).toBe(`Le programme${NBSP}: inscriptions ouvertes${NNBSP}!`);
    expect(show(frenchSpacing('Pourquoi? Parce que; enfin!'))).toBe('Pourquoi˽? Parce que˽; enfin˽!');
    expect(show(frenchSpacing('Note: voir plus bas'))).toBe('Note⍽: voir plus bas');
  });

  it('spaces the inside of guillemets, replacing ordinary spaces', () => {
    expect(show(frenchSpacing('Il a dit «oui» puis « non »'))).toBe('Il a dit «⍽oui⍽» puis «⍽non⍽»');
    expect(show(frenchSpacing('« Vraiment ?»'))).toBe('«⍽Vraiment˽?⍽»');
  });

  it('keeps no-break spaces already there', () => {
    const typed = `«${NNBSP}oui${NNBSP}» et alors${NBSP}!`;
    expect(frenchSpacing(typed)).toBe(typed);
  });

  it('leaves URLs, times, ratios and glued marks alone', () => {
    for (const t of [
      'https://x.org/a?b',
      'Rendez-vous à 10:30',
      'un ratio de 3:1',
      'mailto:presse@civis.eu',
      'a;b',
      'Voir https://x.org/?',
    ]) {
      expect(frenchSpacing(t)).toBe(t);
    }
    expect(show(frenchSpacing('Vraiment?!'))).toBe('Vraiment˽?!');
    expect(show(frenchSpacing('Voir https://x.org/a?b : la suite'))).toBe('Voir https://x.org/a?b⍽: la suite');
  });

  it('applies only to French in typeset', () => {
    expect(typeset('Hinweis: siehe unten!', 'de')).toBe('Hinweis: siehe unten!');
    expect(typeset('Note : see below !', 'en')).toBe('Note : see below !');
    expect(show(typeset('Note : voir plus bas !', 'fr'))).toBe('Note⍽: voir plus bas˽!');
  });
});

describe('smartQuotes', () => {
  it('uses each language’s primary quotes', () => {
    const expected: Record<Locale, string> = {
      en: 'the “Union of Skills” plan',
      fr: 'the «⍽Union of Skills⍽» plan',
      de: 'the „Union of Skills“ plan',
      el: 'the «Union of Skills» plan',
      it: 'the «Union of Skills» plan',
      es: 'the «Union of Skills» plan',
      sv: 'the ”Union of Skills” plan',
      ro: 'the „Union of Skills” plan',
    };
    for (const locale of locales) expect(show(smartQuotes('the "Union of Skills" plan', locale)), locale).toBe(expected[locale]);
  });

  it('turns typewriter apostrophes between letters into ’ in every language', () => {
    expect(smartQuotes("l'alliance", 'fr')).toBe('l’alliance');
    expect(smartQuotes("don't", 'en')).toBe('don’t');
    expect(smartQuotes("dell'Università", 'it')).toBe('dell’Università');
    for (const locale of locales) expect(smartQuotes("it's", locale)).toBe('it’s');
  });

  it('pairs several quotations and quotes after brackets or at the start', () => {
    expect(smartQuotes('"Ja", sagte sie ("wirklich").', 'de')).toBe('„Ja“, sagte sie („wirklich“).');
    expect(show(smartQuotes('Il a dit " bonjour " hier', 'fr'))).toBe('Il a dit «⍽bonjour⍽» hier');
  });

  it('leaves typographic quotes alone and straight ones when unsure', () => {
    expect(smartQuotes('„Veggie Month“ der Universität', 'de')).toBe('„Veggie Month“ der Universität');
    expect(smartQuotes('“Already” curly', 'en')).toBe('“Already” curly');
    // Odd number of quotes: an inch mark, or an unclosed quotation.
    expect(smartQuotes('The "Union" and a 12" screen', 'en')).toBe('The "Union" and a 12" screen');
    expect(smartQuotes('He said "yes', 'en')).toBe('He said "yes');
    // Even, but not quotations.
    expect(smartQuotes('width="3" height="4"', 'en')).toBe('width="3" height="4"');
    expect(smartQuotes('a 12" and a 15" screen', 'en')).toBe('a 12" and a 15" screen');
    // Single quotes used as quotation marks are not apostrophes.
    expect(smartQuotes("the 'Union' plan", 'en')).toBe("the 'Union' plan");
  });
});

describe('typeset', () => {
  const samples: [Locale, string][] = [
    ['en', 'Alliances "from pilots" to transformative forces: don\'t stop internationalisation'],
    ['fr', 'FOR-EU4All : les alliances d\'Universités européennes forment une "communauté de pratique" !'],
    ['de', 'Zwischen Handschrift und Algorithmus: Tübinger Lab verbindet Geisteswissenschaften und "digitale" Methoden'],
    ['el', 'Η "διακυβέρνηση" των Πανεπιστημίων και η ΠΑΝΕΠΙΣΤΗΜΙΑΚΗ συνεργασία'],
    ['it', 'L\'alleanza CIVIS e l\'internazionalizzazione "in pratica"'],
    ['es', 'La "internacionalización" de las universidades europeas'],
    ['sv', 'Klimatet i fokus när "forskningsprogrammet" öppnar'],
    ['ro', 'Universitatea "București" și internaționalizarea universităților'],
  ];

  it('combines the rules for a title', () => {
    expect(show(typeset(samples[1]![1], 'fr'))).toBe(
      'FOR-EU4All⍽: les alliances d’Uni·ver·si·tés eu·ro·péennes forment une «⍽com·mu·nauté de pratique⍽»˽!',
    );
    expect(show(typeset(samples[2]![1], 'de'))).toBe(
      'Zwischen Hand·schrift und Al·go·rith·mus: Tübinger Lab verbindet Geis·tes·wis·sen·schaf·ten und „digitale“ Methoden',
    );
  });

  it('is idempotent in every language', () => {
    for (const [locale, text] of samples) {
      const once = typeset(text, locale);
      expect(once, locale).not.toBe(text);
      expect(typeset(once, locale), locale).toBe(once);
    }
  });

  it('only adds invisible characters and quotes: the text reads the same', () => {
    for (const [locale, text] of samples) {
      const plain = stripSoftHyphens(typeset(text, locale, { hyphenate: true }))
        .replace(/[\u00A0\u202F]/g, ' ')
        .replace(/[“”„«»]/g, '"')
        .replace(/’/g, "'")
        .replace(/" /g, '"')
        .replace(/ "/g, '"');
      expect(plain.replace(/ /g, ''), locale).toBe(text.replace(/ /g, ''));
    }
  });

  it('is idempotent on arbitrary mixes of quotes, marks, spaces, URLs and long words', () => {
    const pieces = [
      'Geisteswissenschaften',
      'forskningsprogrammet',
      'l',
      'x',
      'é',
      'CIVIS',
      '10',
      'https://x.org/a?b',
      "'",
      '"',
      ' ',
      NBSP,
      NNBSP,
      SHY,
      ':',
      ';',
      '!',
      '?',
      '«',
      '»',
      '„',
      '“',
      '(',
      ')',
      '.',
      '\n',
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom(...locales), (s, locale) => {
        const once = typeset(s, locale);
        expect(typeset(once, locale)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('can leave hyphenation out, and leaves unknown locales alone', () => {
    expect(typeset('Geisteswissenschaften', 'de', { hyphenate: false })).toBe('Geisteswissenschaften');
    expect(typeset('"x" l\'a', 'xx')).toBe('"x" l\'a');
    expect(typeset('', 'fr')).toBe('');
  });
});

describe('applyEditsToSegments', () => {
  it('maps edits back to the segments they fall in, never into opaque ones', () => {
    // `"<em>Welt</em>"` with inline code after it.
    const out = applyEditsToSegments(
      ['Hallo "', 'Welt', '" und ', '\uFFFC', '!'],
      [
        { start: 6, end: 7, text: '„' },
        { start: 11, end: 12, text: '“' },
        { start: 17, end: 17, text: 'X', stick: 'after' },
        { start: 18, end: 18, text: 'Y', stick: 'before' },
      ],
      [false, false, false, true, false],
    );
    expect(out).toEqual(['Hallo „', 'Welt', '“ und X', '\uFFFC', 'Y!']);
  });
});

// ---------------------------------------------------------------------------------------------
// The rehype plugin, on hand-made trees (what remark-rehype makes of a Markdown body).

type El = { type: 'element'; tagName: string; properties: Record<string, unknown>; children: Nodes[] };
type Nodes = El | { type: 'text'; value: string } | { type: string; [k: string]: unknown };
const t = (value: string) => ({ type: 'text', value });
const h = (tagName: string, properties: Record<string, unknown>, ...children: Nodes[]): El => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const root = (...children: Nodes[]) => ({ type: 'root', children });
const file = (sourceFilePath: string) => ({ data: { rawDocumentData: { sourceFilePath } } });
const textOf = (node: Nodes): string =>
  node.type === 'text' ? (node as { value: string }).value : ((node as { children?: Nodes[] }).children ?? []).map(textOf).join('');

describe('rehypeTypography', () => {
  it('takes the locale from the vfile’s source path', () => {
    const make = () => root(h('p', {}, t('Le programme : inscriptions ouvertes ! "Oui"')));
    const fr = make();
    rehypeTypography()(fr, file('fr/news/x.md'));
    expect(show(textOf(fr))).toBe('Le programme⍽: inscriptions ouvertes˽! «⍽Oui⍽»');
    const de = make();
    rehypeTypography()(de, file('de/news/x.md'));
    expect(textOf(de)).toBe('Le programme : inscriptions ouvertes ! „Oui“');
    // An explicit locale wins; without any, the tree is left alone.
    const en = make();
    rehypeTypography({ locale: 'en' })(en, file('fr/news/x.md'));
    expect(textOf(en)).toBe('Le programme : inscriptions ouvertes ! “Oui”');
    const none = make();
    rehypeTypography()(none, { data: {} });
    expect(textOf(none)).toBe('Le programme : inscriptions ouvertes ! "Oui"');
  });

  it('never touches code, pre, kbd, script, style or attribute values', () => {
    const tree = root(
      h('p', {}, t('Run '), h('code', {}, t('echo "don\'t" : ok !')), t(" and l'alliance "), h('kbd', {}, t('Ctrl ?'))),
      h('pre', {}, h('code', { className: ['language-sh'] }, t('curl "https://x.org/a?b" ; echo Geisteswissenschaften'))),
      h('script', {}, t('var a = "x" ; b !')),
      h('style', {}, t('a::after { content: "x" }')),
      h('p', {}, h('a', { href: 'https://x.org/?q="a"', title: 'l\'x "y"' }, t('le "lien"')), t(' !')),
    );
    rehypeTypography()(tree, file('fr/news/x.md'));
    const [p1, pre, script, style, p2] = tree.children as El[];
    expect(show(textOf(p1!))).toBe('Run echo "don\'t" : ok ! and l’alliance Ctrl ?');
    expect(textOf(pre!)).toBe('curl "https://x.org/a?b" ; echo Geisteswissenschaften');
    expect(textOf(script!)).toBe('var a = "x" ; b !');
    expect(textOf(style!)).toBe('a::after { content: "x" }');
    const a = p2!.children[0] as El;
    expect(a.properties).toEqual({ href: 'https://x.org/?q="a"', title: 'l\'x "y"' });
    // The space before `!` outside the link is made no-break; the quotes inside it are paired.
    expect(show(textOf(p2!))).toBe('le «⍽lien⍽»˽!');
    expect(show((p2!.children[1] as { value: string }).value)).toBe('˽!');
  });

  it('reads a block across inline elements and writes each change into its own node', () => {
    const tree = root(h('p', {}, t('Sie sagte "'), h('em', {}, t('Geisteswissenschaften')), t('" und '), h('strong', {}, t("l'Alliance"))));
    rehypeTypography()(tree, file('de/news/x.md'));
    const p = tree.children[0] as El;
    expect(p.children.map((c) => show(textOf(c)))).toEqual(['Sie sagte „', 'Geisteswissenschaften', '“ und ', 'l’Alliance']);
  });

  it('hyphenates headings h1–h4, and paragraphs only when asked', () => {
    const make = () =>
      root(
        h('h2', { id: 'geisteswissenschaften' }, t('Geisteswissenschaften')),
        h('h5', {}, t('Geisteswissenschaften')),
        h('p', {}, t('Die Nachhaltigkeitsstrategie der Geisteswissenschaften')),
      );
    const tree = make();
    rehypeTypography()(tree, file('de/news/x.md'));
    expect((tree.children as El[]).map((c) => show(textOf(c)))).toEqual([
      'Geis·tes·wis·sen·schaf·ten',
      'Geisteswissenschaften',
      'Die Nachhaltigkeitsstrategie der Geisteswissenschaften',
    ]);
    expect((tree.children[0] as El).properties.id).toBe('geisteswissenschaften');
    const withParagraphs = make();
    rehypeTypography({ paragraphs: true })(withParagraphs, file('de/news/x.md'));
    // `true`: words of 14 letters or more.
    expect(show(textOf(withParagraphs.children[2] as El))).toBe('Die Nach·hal·tig·keits·stra·te·gie der Geis·tes·wis·sen·schaf·ten');
  });

  it('gives a passage in another language that language’s rules', () => {
    const tree = root(
      h('p', {}, t('Le slogan '), h('span', { lang: 'en' }, t('"Union of Skills"')), t(' : "oui"'), h('span', { lang: 'la' }, t('"alea"'))),
    );
    rehypeTypography()(tree, file('fr/news/x.md'));
    expect(show(textOf(tree.children[0] as El))).toBe('Le slogan “Union of Skills”⍽: «⍽oui⍽»"alea"');
  });

  it('is idempotent on a tree', () => {
    const tree = root(h('h2', {}, t('Le programme : "communauté" !')), h('p', {}, t("L'internationalisation ? Oui.")));
    rehypeTypography()(tree, file('fr/pages/x.md'));
    const once = JSON.stringify(tree);
    rehypeTypography()(tree, file('fr/pages/x.md'));
    expect(JSON.stringify(tree)).toBe(once);
  });

  it('works in a real MDX compile: vfile locale, JSX props untouched, expressions and code kept', async () => {
    const source = [
      '## Zwischen Handschrift und "Algorithmus": Geisteswissenschaften',
      '',
      '<Figure src="/images/x.jpg" alt="Das \'Lab\'" caption="l\'Ein Bild" />',
      '',
      'Text mit `"code"` und {"\\"x\\""} sowie "Zitat" und l\'Alliance.',
    ].join('\n');
    const { default: Content } = await evaluate(
      { value: source, path: 'de/news/x.mdx', data: { rawDocumentData: { sourceFilePath: 'de/news/x.mdx' } } },
      { ...runtime, rehypePlugins: [rehypeTypography] },
    );
    const Figure = (props: { alt: string; caption?: string }) =>
      createElement('figure', { 'data-alt': props.alt, 'data-caption': props.caption });
    const html = renderToStaticMarkup(createElement(Content, { components: { Figure } }));
    expect(show(html)).toContain('<h2>Zwischen Hand·schrift und „Al·go·rith·mus“: Geis·tes·wis·sen·schaf·ten</h2>');
    expect(html).toContain('data-alt="Das &#x27;Lab&#x27;" data-caption="l&#x27;Ein Bild"');
    expect(html).toContain('<code>&quot;code&quot;</code>');
    expect(html).toContain('&quot;x&quot; sowie „Zitat“ und l’Alliance.');
  });

  it('typesets the MDX props named in componentText, and only those', async () => {
    const { default: Content } = await evaluate(
      {
        value: `<Figure src="/images/x.jpg" alt="l'image" caption='La "BIP" : la suite !' />`,
        data: { rawDocumentData: { sourceFilePath: 'fr/news/x.mdx' } },
      },
      { ...runtime, rehypePlugins: [[rehypeTypography, { componentText: { Figure: ['caption'] } }]] },
    );
    const Figure = (props: { alt: string; caption?: string }) => createElement('figure', { 'data-alt': props.alt }, props.caption);
    const html = renderToStaticMarkup(createElement(Content, { components: { Figure } }));
    expect(show(html)).toBe('<figure data-alt="l&#x27;image">La «⍽BIP⍽»⍽: la suite˽!</figure>');
  });
});
