import { expect, test } from '@playwright/test';
import { expectNoA11yViolations, longDate } from './support';

/** A translation that fell behind its original tells its readers, in their language, with a link. */
const story = 'alliances-from-pilots-to-transformative-forces';

for (const [locale, language] of [
  ['fr', 'English'],
  ['de', 'English'],
  ['el', 'English'],
] as const) {
  test(`${locale}: a translation older than its original says so and links to it`, async ({ page }) => {
    await page.goto(`/${locale}/news/${story}`);
    const notice = page.getByTestId('stale-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toHaveAttribute('data-original', 'en');
    await expect(notice).toContainText(language);
    await expect(notice).toContainText(longDate('2026-06-15T00:00:00+02:00', locale));
    await expect(notice.locator('span[lang="en"]')).toHaveText(language);
    await expect(notice.locator('a[hreflang="en"]')).toHaveAttribute('href', `/en/news/${story}`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expectNoA11yViolations(page);
  });
}

test('an up-to-date translation and the original show no notice', async ({ page }) => {
  for (const locale of ['ro', 'en']) {
    await page.goto(`/${locale}/news/${story}`);
    await expect(page.getByTestId('article')).toBeVisible();
    await expect(page.getByTestId('stale-notice')).toHaveCount(0);
  }
});
