import { expect, test } from '@playwright/test';
import { expectNoA11yViolations, locales, translatedStory, watchConsole, type Locale } from './support';

/** Lower case, accents removed: how a reader in a hurry types. */
const stripped = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');

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

test('results in another language say so, and the category filter narrows them', async ({ page }) => {
  await page.goto('/sv/search?q=podcast');
  await expect(results(page).first()).toBeVisible();
  await page.goto('/sv/search?q=research');
  const tagged = results(page).filter({ has: page.getByTestId('language-tag') });
  expect(await tagged.count()).toBeGreaterThan(0);
  expect(await tagged.first().getAttribute('data-lang')).not.toBe('sv');
  await page.getByRole('navigation', { name: /./ }).filter({ has: page.locator('a[href*="category=research"]') }).locator('a[href*="category=research"]').click();
  await expect(page).toHaveURL(/category=research/);
  const labels = await results(page).locator('[data-category]').evaluateAll((els) => els.map((e) => e.getAttribute('data-category')));
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
    await page.getByTestId('mobile-menu').locator('summary').click();
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
    ['regular expression', '.*+?^${}()|[]\\'],
    ['1,000 characters', 'x'.repeat(1000)],
    ['whitespace', '   '],
  ] as const) {
    test(name, async ({ page }) => {
      let dialog = false;
      page.on('dialog', (d) => ((dialog = true), d.dismiss()));
      const res = await page.goto(`/fr/search?q=${encodeURIComponent(q)}`);
      expect(res?.status()).toBe(200);
      expect(dialog).toBe(false);
      expect(await page.locator('script:not([src])').evaluateAll((els) => els.some((e) => e.textContent?.includes('alert("x")') && !e.textContent.includes('self.__next_f')))).toBe(false);
      await expect(page.locator('#search-page-q')).toHaveValue(q.trim().slice(0, 200));
    });
  }

  test('invalid UTF-8 in the query string', async ({ request }) => {
    const res = await request.get('/fr/search?q=%FF%FE%C3%28');
    expect(res.status()).toBe(200);
  });
});

test('search pages stay out of the sitemap', async ({ request }) => {
  expect(await (await request.get('/sitemap.xml')).text()).not.toContain('/search');
});
