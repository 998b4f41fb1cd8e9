import { expect, test } from '@playwright/test';
import { expectNoA11yViolations, locales, sitemapText, translatedStory, watchConsole, type Locale } from './support';

/** Lower case, accents removed: how a reader in a hurry types. */
const stripped = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');

/** The longest word of a title, preferring one with accents. */
function keyword(title: string) {
  const words = title.match(/[\p{L}]{5,}/gu) ?? [];
  return [...words].sort((a, b) => Number(b !== stripped(b)) - Number(a !== stripped(a)) || b.length - a.length)[0]!;
}

const results = (page: import('@playwright/test').Page) => page.getByTestId('search-result');

for (const locale of locales) {
  test(`${locale}: an accent-stripped word finds the story, marked in the snippet`, async ({ page }) => {
    const noErrors = watchConsole(page);
    const story = translatedStory(locale as Locale);
    const word = keyword(story.title);
    await page.goto(`/${locale}/search?q=${encodeURIComponent(stripped(word))}`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(results(page).and(page.locator(`[data-slug="${story.slug}"]`))).toHaveCount(1);
    const hit = results(page).and(page.locator(`[data-slug="${story.slug}"]`));
    await expect(hit.locator('h2 mark').first()).toBeVisible();
    await expect(hit.locator('time')).toHaveAttribute('datetime', story.date);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expectNoA11yViolations(page);
    noErrors();
  });
}

test('one typo in a longer word is forgiven', async ({ page }) => {
  // a letter wrong, a letter missing
  await page.goto('/en/search?q=podcest');
  await expect(results(page).and(page.locator('[data-slug="make-some-waves-podcast-series"]'))).toHaveCount(1);
  await page.goto('/en/search?q=podcat');
  await expect(results(page).and(page.locator('[data-slug="make-some-waves-podcast-series"]'))).toHaveCount(1);
});

/** Swapped letters, and a letter missing (also before another word), in five languages. */
const forgiven: [Locale, string, string, string][] = [
  // locale, what the reader types, the story it finds, how the marked word begins (folded)
  ['en', 'alliacnes', 'for-eu4all-community-of-practice', 'allianc'],
  ['en', 'Erasmu network', 'for-eu4all-community-of-practice', 'erasmus'],
  ['fr', 'erasmsu', 'for-eu4all-community-of-practice', 'erasmus'],
  ['fr', 'Erasmu Student', 'for-eu4all-community-of-practice', 'erasmus'],
  ['de', 'Nachhaltigkiet', 'salzburg-veggie-month-sustainability-award', 'nachhalt'],
  ['de', 'Erasmu Student', 'for-eu4all-community-of-practice', 'erasmus'],
  ['el', 'κινητικτοητα', 'civis-bips-impact-report', 'κινητικοτητ'],
  ['el', 'Erasmu Student', 'for-eu4all-community-of-practice', 'erasmus'],
  ['ro', 'mobiltate', 'civis-bips-impact-report', 'mobil'],
  ['ro', 'Erasmu Student', 'for-eu4all-community-of-practice', 'erasmus'],
];

for (const [locale, typed, slug, marked] of forgiven) {
  test(`${locale}: “${typed}” finds ${slug}, the corrected word marked`, async ({ page }) => {
    await page.goto(`/${locale}/search?q=${encodeURIComponent(typed)}`);
    const hit = results(page).and(page.locator(`[data-slug="${slug}"]`));
    await expect(hit).toHaveCount(1);
    const marks = (await hit.locator('mark').allTextContents()).map(stripped);
    expect(
      marks.some((m) => m.startsWith(marked)),
      marks.join(', '),
    ).toBe(true);
  });
}

/** A word two edits away from any (a typo forgives one): the closest word is offered instead. */
const suggestions: [Locale, string, string][] = [
  ['en', 'comunnity', 'community'],
  ['fr', 'unmeirque', 'numérique'],
  ['de', 'Ofrschugn', 'Forschung'],
  ['el', 'οφιτητσε', 'φοιτητές'],
  ['ro', 'ecrcetaer', 'cercetare'],
];

for (const [locale, typed, word] of suggestions) {
  test(`${locale}: no results for “${typed}” suggests “${word}”, a link to its results`, async ({ page }) => {
    const noErrors = watchConsole(page);
    await page.goto(`/${locale}/search?q=${encodeURIComponent(typed)}`);
    await expect(page.getByTestId('search-no-results')).toBeVisible();
    const suggestion = page.getByTestId('search-no-results').getByTestId('search-suggestion');
    await expect(suggestion).toBeVisible();
    // In the reader's language: the sentence is not the English one (except in English).
    if (locale === 'en') await expect(suggestion).toHaveText('Did you mean community?');
    else await expect(suggestion).not.toContainText('Did you mean');
    const link = suggestion.getByRole('link', { name: word, exact: true });
    await expect(link).toHaveAttribute('href', `/${locale}/search?${new URLSearchParams({ q: word })}`);
    await expectNoA11yViolations(page);
    await link.click();
    await expect(page).toHaveURL((url) => url.pathname === `/${locale}/search` && url.searchParams.get('q') === word);
    await expect(results(page).first()).toBeVisible();
    await expect(page.getByTestId('search-suggestion')).toHaveCount(0);
    await expect(results(page).first().locator('mark').first()).toBeVisible();
    noErrors();
  });
}

test('no suggestion when the query finds something, or when nothing is close', async ({ page }) => {
  await page.goto('/en/search?q=alliacnes');
  await expect(results(page).first()).toBeVisible();
  await expect(page.getByTestId('search-suggestion')).toHaveCount(0);
  await page.goto('/en/search?q=zzyzxqk');
  await expect(page.getByTestId('search-no-results')).toBeVisible();
  await expect(page.getByTestId('search-suggestion')).toHaveCount(0);
});

/** Snippets read like the story: spacing kept around what was bold, headings end their sentence. */
const snippets: [Locale, string, string, string][] = [
  ['en', 'habit', 'for-eu4all-community-of-practice', 'With FOR-EU4All, that habit of sharing becomes a proper structure.'],
  ['fr', 'habitude', 'for-eu4all-community-of-practice', 'Avec FOR-EU4All, cette habitude du partage devient une véritable structure.'],
  ['de', 'Gewohnheit', 'for-eu4all-community-of-practice', 'Mit FOR-EU4All wird aus dieser Gewohnheit eine feste Struktur.'],
  ['el', 'συνήθεια', 'for-eu4all-community-of-practice', 'Με το FOR-EU4All, αυτή η συνήθεια της ανταλλαγής αποκτά πλέον σταθερή δομή.'],
  [
    'ro',
    'obicei',
    'for-eu4all-community-of-practice',
    'Prin FOR-EU4All, acest obicei al schimbului de experiență devine o structură propriu-zisă.',
  ],
  ['en', 'improvement', 'civis-bips-impact-report', 'Room for improvement. The report also points to challenges.'],
  ['fr', 'marges', 'civis-bips-impact-report', 'Des marges de progression. Le rapport relève aussi des difficultés.'],
  ['de', 'Luft', 'civis-bips-impact-report', 'Luft nach oben. Der Bericht benennt auch Herausforderungen.'],
  ['el', 'βελτίωσης', 'civis-bips-impact-report', 'Περιθώρια βελτίωσης. Η έκθεση επισημαίνει και ορισμένες δυσκολίες.'],
  ['ro', 'îmbunătăți', 'civis-bips-impact-report', 'Ce se poate îmbunătăți. Raportul semnalează și câteva provocări.'],
];

for (const [locale, q, slug, sentence] of snippets) {
  test(`${locale}: the snippet for “${q}” keeps the story’s spacing and punctuation`, async ({ page }) => {
    await page.goto(`/${locale}/search?q=${encodeURIComponent(q)}`);
    const snippet = results(page)
      .and(page.locator(`[data-slug="${slug}"]`))
      .getByTestId('search-snippet');
    await expect(snippet).toContainText(sentence);
    await expect(snippet.locator('mark').first()).toBeVisible();
    const text = (await snippet.textContent())!;
    expect(text).not.toMatch(/\s[,.]/u); // no space before a comma or a full stop ("FOR-EU4All , that")
    expect(text).not.toMatch(/\s{2}/u);
  });
}

test.describe('bad input gets a normal page, quickly', () => {
  for (const locale of ['en', 'fr', 'de', 'el', 'ro'] as const) {
    test(`${locale}: one letter, 1,000 characters, Latin and Greek mixed`, async ({ page }) => {
      const noErrors = watchConsole(page);
      // One letter: the prompt to type more, and the latest stories.
      let res = await page.goto(`/${locale}/search?q=e`);
      expect(res?.status()).toBe(200);
      await expect(page.getByTestId('search-empty-query')).toBeVisible();
      await expect(page.getByTestId('story-card').first()).toBeVisible();
      // 1,000 characters of words that exist nowhere: cut, answered, nothing suggested.
      const long = Array.from({ length: 70 }, (_, i) => `qzx${(i * 7919).toString(36)}vwk`)
        .join(' ')
        .slice(0, 1000);
      res = await page.goto(`/${locale}/search?q=${encodeURIComponent(long)}`);
      expect(res?.status()).toBe(200);
      await expect(page.getByTestId('search-truncated')).toBeVisible();
      await expect(page.getByTestId('search-no-results')).toBeVisible();
      await expect(page.getByTestId('search-suggestion')).toHaveCount(0);
      // Latin and Greek in one query: each word is searched in its own script.
      res = await page.goto(`/${locale}/search?q=${encodeURIComponent('Erasmus κινητικότητα')}`);
      expect(res?.status()).toBe(200);
      await expect(results(page).first()).toBeVisible();
      await expect(page.locator('#search-page-q')).toHaveValue('Erasmus κινητικότητα');
      noErrors();
    });
  }
});

test('the search page heading is not the name of the research category, in every language', async ({ page }) => {
  for (const locale of locales) {
    await page.goto(`/${locale}/search?q=alliance`);
    const heading = (await page.locator('h1').textContent())!.trim();
    const category = (await page.locator('a[href*="category=research"]').first().textContent())!.trim();
    expect(heading.toLowerCase(), locale).not.toBe(category.toLowerCase());
  }
});

test('results in another language say so, and the category filter narrows them', async ({ page }) => {
  await page.goto('/sv/search?q=podcast');
  await expect(results(page).first()).toBeVisible();
  await page.goto('/sv/search?q=research');
  const tagged = results(page).filter({ has: page.getByTestId('language-tag') });
  expect(await tagged.count()).toBeGreaterThan(0);
  expect(await tagged.first().getAttribute('data-lang')).not.toBe('sv');
  await page
    .getByRole('navigation', { name: /./ })
    .filter({ has: page.locator('a[href*="category=research"]') })
    .locator('a[href*="category=research"]')
    .click();
  await expect(page).toHaveURL(/category=research/);
  const labels = await results(page)
    .locator('[data-category]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-category')));
  expect(labels.length).toBeGreaterThan(0);
  expect(new Set(labels)).toEqual(new Set(['research']));
});

test('pagination is made of real links; a page past the end or a bad filter is a normal page', async ({ page, request }) => {
  await page.goto('/en/search?q=alliance');
  const count = await page.getByTestId('search-count').textContent();
  expect(Number(count!.match(/\d+/)![0])).toBeGreaterThan(10);
  await expect(results(page)).toHaveCount(10);
  await page.locator('nav a[href*="page=2"]').first().click();
  await expect(page).toHaveURL(/page=2/);
  await expect(results(page).first()).toBeVisible();
  for (const bad of ['99', 'abc', '-1']) {
    const res = await page.goto(`/en/search?q=alliance&page=${bad}`);
    expect(res?.status()).toBe(200);
    await expect(page.getByTestId('search-beyond')).toBeVisible();
    await expect(page.getByTestId('search-beyond').locator('a')).toHaveAttribute('href', '/en/search?q=alliance');
  }
  const unfiltered = await request.get('/en/search?q=alliance&category=sports');
  expect(unfiltered.status()).toBe(200);
  expect(await unfiltered.text()).toContain('data-testid="search-result"');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the header form searches with a plain GET', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/de/news');
    await page.locator('header #header-search').fill('Forschung');
    await page.locator('header #header-search').press('Enter');
    await expect(page).toHaveURL(/\/de\/search\?q=Forschung$/);
    await expect(results(page).first()).toBeVisible();
  });

  test('the form is in the mobile menu on small screens', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/ro');
    await page.getByTestId('mobile-menu').locator('button[popovertarget]').click();
    await page.locator('#menu-search').fill('stiinta');
    await page.locator('#menu-search').press('Enter');
    await expect(page).toHaveURL(/\/ro\/search\?q=stiinta$/);
  });
});

test('with JavaScript, results follow the reader’s typing without reloading the page', async ({ page }) => {
  const noErrors = watchConsole(page);
  await page.goto('/en/search');
  await expect(page.getByTestId('search-empty-query')).toBeVisible();
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
  await page.locator('#search-page-q').pressSequentially('podca', { delay: 30 });
  await expect(results(page).and(page.locator('[data-slug="make-some-waves-podcast-series"]'))).toHaveCount(1);
  await expect(page).toHaveURL(/q=podca/);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  noErrors();
});

test('no results: a helpful message and the latest stories', async ({ page }) => {
  await page.goto('/it/search?q=zzyzxqk');
  await expect(page.getByTestId('search-no-results')).toBeVisible();
  await expect(page.getByTestId('search-no-results')).toContainText('zzyzxqk');
  await expect(page.getByTestId('story-card')).toHaveCount(6);
  await expectNoA11yViolations(page);
});

test.describe('hostile queries get a normal page, the query shown back escaped', () => {
  for (const [name, q] of [
    ['script tag', '<script>alert("x")</script>'],
    ['quotes', `"'«»„“`],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a query of regular-expression characters, `${}` included
    ['regular expression', '.*+?^${}()|[]\\'],
    ['1,000 characters', 'x'.repeat(1000)],
    ['whitespace', '   '],
  ] as const) {
    test(name, async ({ page }) => {
      let dialog = false;
      page.on('dialog', (d) => {
        dialog = true;
        return d.dismiss();
      });
      const res = await page.goto(`/fr/search?q=${encodeURIComponent(q)}`);
      expect(res?.status()).toBe(200);
      expect(dialog).toBe(false);
      expect(
        await page
          .locator('script:not([src])')
          .evaluateAll((els) => els.some((e) => e.textContent?.includes('alert("x")') && !e.textContent.includes('self.__next_f'))),
      ).toBe(false);
      await expect(page.locator('#search-page-q')).toHaveValue(q.trim().slice(0, 200));
    });
  }

  test('invalid UTF-8 in the query string', async ({ request }) => {
    const res = await request.get('/fr/search?q=%FF%FE%C3%28');
    expect(res.status()).toBe(200);
  });
});

test('search pages stay out of the sitemap', async ({ request }) => {
  expect(await sitemapText(request)).not.toContain('/search');
});
