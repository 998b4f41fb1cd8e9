import { expect, test } from '@playwright/test';
import {
  expectNoA11yViolations,
  fallbackStory,
  locales,
  longDate,
  newsVersions,
  translatedStory,
  versionsBySlug,
  watchConsole,
} from './support';

for (const locale of locales) {
  test.describe(`reader in ${locale}`, () => {
    test('home: newest stories, featured first, way into the newsroom', async ({ page }) => {
      const noErrors = watchConsole(page);
      await page.goto(`/${locale}`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const lead = page.getByTestId('lead-story');
      await expect(lead).toBeVisible();
      const featured = newsVersions()
        .filter((v) => v.featured)
        .sort((a, b) => (a.date < b.date ? 1 : -1))[0]!;
      await expect(lead).toHaveAttribute('data-slug', featured.slug);
      await expect(page.getByTestId('story-card').first()).toBeVisible();
      await expect(page.locator(`a[href="/${locale}/news"]`).first()).toBeVisible();
      await expectNoA11yViolations(page);
      noErrors();
    });

    test('newsroom: 12 stories a page, newest first, pagination as links', async ({ page }) => {
      const noErrors = watchConsole(page);
      await page.goto(`/${locale}/news`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const cards = page.getByTestId('story-card');
      await expect(cards).toHaveCount(12);
      const total = versionsBySlug().size;
      const times = await cards.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
      expect([...times].sort().reverse()).toEqual(times);
      const next = page.locator(`nav a[href="/${locale}/news/page/2"]`).first();
      await expect(next).toBeVisible();
      await next.click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/news/page/2$`));
      await expect(page.getByTestId('story-card')).toHaveCount(Math.min(12, total - 12));
      await expectNoA11yViolations(page);
      noErrors();
    });

    test('category page lists only that category', async ({ page }) => {
      const noErrors = watchConsole(page);
      await page.goto(`/${locale}/news/category/research`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const expected = new Set(
        newsVersions()
          .filter((v) => v.category === 'research')
          .map((v) => v.slug),
      );
      const slugs = await page.getByTestId('story-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-slug')));
      expect(new Set(slugs)).toEqual(expected);
      const labels = await page
        .getByTestId('story-card')
        .locator('[data-category]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-category')));
      expect(new Set(labels)).toEqual(new Set(['research']));
      await expectNoA11yViolations(page);
      noErrors();
    });

    test('a translated article: date, related news, language switcher', async ({ page }) => {
      const noErrors = watchConsole(page);
      const story = translatedStory(locale);
      await page.goto(`/${locale}/news/${story.slug}`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const article = page.getByTestId('article');
      await expect(article).toHaveAttribute('lang', locale);
      await expect(article.locator('h1')).toHaveText(story.displayTitle); // the title set for display (soft hyphens, no-break spaces)
      await expect(page.getByTestId('fallback-notice')).toHaveCount(0);
      const time = article.locator('header time').first();
      await expect(time).toHaveAttribute('datetime', story.date);
      await expect(time).toHaveText(longDate(story.date, locale));
      // breadcrumb back to the newsroom
      await expect(page.locator(`nav[aria-label] a[href="/${locale}/news"]`).first()).toBeVisible();
      // related news: three other stories, each once
      const related = page.getByTestId('related-news').getByTestId('story-card');
      await expect(related).toHaveCount(3);
      const relatedSlugs = await related.evaluateAll((els) => els.map((e) => e.getAttribute('data-slug')));
      expect(relatedSlugs).not.toContain(story.slug);
      expect(new Set(relatedSlugs).size).toBe(3);
      // switcher: the same article in every locale, marking the real versions
      const versions = versionsBySlug().get(story.slug)!;
      const entries = page.getByTestId('language-switcher').locator('a[hreflang]');
      await expect(entries).toHaveCount(locales.length);
      for (const l of locales) {
        const entry = page.getByTestId('language-switcher').locator(`a[hreflang="${l}"]`);
        await expect(entry).toHaveAttribute('href', `/${l}/news/${story.slug}`);
        await expect(entry).toHaveAttribute('data-translated', String(versions.some((v) => v.locale === l)));
      }
      await expectNoA11yViolations(page);
      noErrors();
    });

    test('an untranslated article: best version, notice, lang, links to real versions', async ({ page }) => {
      const noErrors = watchConsole(page);
      const { slug, shown, real } = fallbackStory(locale);
      await page.goto(`/${locale}/news/${slug}`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const notice = page.getByTestId('fallback-notice');
      await expect(notice).toBeVisible();
      await expect(notice).toHaveAttribute('data-shown', shown.locale);
      for (const l of real) await expect(notice.locator(`a[hreflang="${l}"]`)).toHaveAttribute('href', `/${l}/news/${slug}`);
      const article = page.getByTestId('article');
      await expect(article).toHaveAttribute('lang', shown.locale);
      await expect(article.locator('h1')).toHaveText(shown.displayTitle);
      // chrome stays in the reader's language; the date is written the reader's way
      await expect(article.locator('header time').first()).toHaveText(longDate(shown.date, locale));
      await expect(article.locator('header time').first()).toHaveAttribute('lang', locale);
      await expect(page.getByTestId('related-news').getByTestId('story-card')).toHaveCount(3);
      await expectNoA11yViolations(page);
      noErrors();
    });

    test('unknown story, page and category answer a localized 404', async ({ page }) => {
      for (const path of [
        `/${locale}/news/no-such-story`,
        `/${locale}/news/page/999`,
        `/${locale}/news/category/sports`,
        `/${locale}/no/such/page`,
      ]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(404);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expect(page.getByTestId('not-found')).toBeVisible();
      }
      await expectNoA11yViolations(page);
    });
  });
}
