import { expect, test } from '@playwright/test';
import { expectNoA11yViolations, newsVersions, watchConsole } from './support';

test.describe('locale negotiation', () => {
  test('/ redirects (307) to the best locale from Accept-Language', async ({ request }) => {
    for (const [header, locale] of [
      ['ro-RO,ro;q=0.9,en;q=0.5', 'ro'],
      ['el', 'el'],
      ['pt-BR,pt;q=0.9', 'en'],
    ] as const) {
      const res = await request.get('/', { headers: { 'Accept-Language': header }, maxRedirects: 0 });
      expect(res.status(), header).toBe(307);
      expect(new URL(res.headers().location!, 'http://x').pathname).toBe(`/${locale}`);
    }
  });

  test('the language a reader chose is remembered for their next visit to /', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-GB', extraHTTPHeaders: { 'Accept-Language': 'en-GB,en;q=0.9' } });
    const page = await context.newPage();
    await page.goto('/en/news');
    await page.getByTestId('language-switcher').locator('button[popovertarget]').click();
    await page.getByTestId('language-switcher').locator('a[hreflang="de"]').click();
    await expect(page).toHaveURL(/\/de\/news$/);
    const cookie = (await context.cookies()).find((c) => c.name === 'NEXT_LOCALE');
    expect(cookie?.value).toBe('de');
    expect(cookie?.sameSite).toBe('Lax');
    await page.goto('/');
    await expect(page).toHaveURL(/\/de$/);
    await context.close();
  });

  test('an unknown locale is a 404 in the reader’s language, never a redirect', async ({ request, page }) => {
    const res = await request.get('/xx/news', { maxRedirects: 0, headers: { 'Accept-Language': 'fr' } });
    expect(res.status()).toBe(404);
    const response = await page.goto('/zz');
    expect(response?.status()).toBe(404);
    await expect(page.getByTestId('not-found')).toBeVisible();
  });

  test('page 1 of the newsroom has one address', async ({ request }) => {
    const res = await request.get('/fr/news/page/1', { maxRedirects: 0 });
    expect(res.status()).toBe(308);
    expect(res.headers().location).toMatch(/\/fr\/news$/);
  });
});

test.describe('chrome', () => {
  test('skip link moves focus to the main content', async ({ page }) => {
    await page.goto('/en');
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });

  test('primary navigation sub-menus open with the keyboard', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/fr');
    const toggle = page.locator('header nav button[popovertarget]').nth(1);
    await toggle.focus();
    await page.keyboard.press('Enter');
    const link = page.locator('header nav :popover-open a[href="/fr/news/category/research"]');
    await expect(link).toBeVisible();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    test('the mobile menu and the language switcher still open', async ({ page }) => {
      await page.goto('/el');
      const menu = page.getByTestId('mobile-menu');
      await expect(menu.locator('nav')).toBeHidden();
      await menu.locator('button[popovertarget]').click();
      await expect(menu.locator('a[href="/el/news"]').first()).toBeVisible();
      await page.getByTestId('language-switcher').locator('button[popovertarget]').click();
      await expect(page.getByTestId('language-switcher').locator('a[hreflang="ro"]')).toBeVisible();
    });
  });

  test('the footer carries audience, useful, newsletter, social, EU and legal links', async ({ page }) => {
    await page.goto('/ro');
    const footer = page.locator('footer[role="contentinfo"]');
    await expect(footer.locator('a[href="/ro/newsletters"]')).toBeVisible();
    await expect(footer.locator('a[href="/ro/privacy-policy"]')).toBeVisible();
    await expect(footer.locator('a[href="/ro/cookie-policy"]')).toBeVisible();
    await expect(footer.locator('a[href^="https://www.linkedin.com/"]')).toBeVisible();
    await expect(footer).toContainText(String(new Date().getFullYear()));
    await expect(footer).toContainText('EACEA');
  });

  test('nothing overflows at 360 px, even long Greek and German words', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    for (const path of ['/el', '/de/news', `/el/news/${newsVersions().find((v) => v.locale === 'el')!.slug}`]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('article extras', () => {
  test('the video makes no third-party request until the reader clicks play', async ({ page }) => {
    const noErrors = watchConsole(page);
    const story = newsVersions().find((v) => v.type === 'StoryMdx' && v.slug.includes('open-film'))!;
    const external: string[] = [];
    await page.route(
      (url) => url.hostname !== 'localhost',
      (route) => {
        external.push(route.request().url());
        return route.fulfill({ status: 204, body: '' });
      },
    );
    await page.goto(`/${story.locale}/news/${story.slug}`);
    const embed = page.getByTestId('video-embed');
    await embed.scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
    expect(external).toEqual([]);
    await expect(embed.locator('iframe')).toHaveCount(0);
    await expectNoA11yViolations(page);
    await embed.getByRole('button').click();
    await expect(embed.locator('iframe')).toHaveAttribute('src', /^https:\/\/www\.youtube-nocookie\.com\/embed\//);
    await expect.poll(() => external.length).toBeGreaterThan(0);
    noErrors();
  });

  test('figures carry caption and credit', async ({ page }) => {
    await page.goto('/en/news/civis-bips-impact-report');
    const figure = page.locator('.prose-news figure').first();
    await expect(figure.locator('img')).toHaveAttribute('alt', /.+/);
    await expect(figure.locator('figcaption')).toContainText('CIVIS Newsroom');
    const img = figure.locator('img');
    expect(Number(await img.getAttribute('width'))).toBeGreaterThan(0);
    expect(Number(await img.getAttribute('height'))).toBeGreaterThan(0);
  });

  test('images in Markdown bodies carry their size, so the page does not shift', async ({ page }) => {
    await page.goto('/sv/news/stockholm-climate-summer-school');
    const img = page.locator('.prose-news img').first();
    await expect(img).toHaveAttribute('alt', /.+/);
    await expect(img).toHaveAttribute('width', '1400');
    await expect(img).toHaveAttribute('height', '900');
    await expect(img).toHaveAttribute('loading', 'lazy');
  });

  test('cover image goes through the image optimizer with its caption', async ({ page }) => {
    await page.goto('/fr/news/for-eu4all-community-of-practice');
    const cover = page.getByTestId('article').locator('figure').first();
    await expect(cover.locator('img')).toHaveAttribute('src', /\/_next\/image\?url=%2Fimages%2Fnews%2F/);
    await expect(cover.locator('figcaption')).toHaveText('Image fournie par CIVIS Newsroom');
    const res = await page.request.get((await cover.locator('img').getAttribute('src'))!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/^image\//);
  });

  test('share links and previous/next stories', async ({ page }) => {
    await page.goto('/en/news/for-eu4all-community-of-practice');
    await expect(page.locator('a[href^="https://www.linkedin.com/sharing/share-offsite/?url="]')).toHaveAttribute(
      'href',
      /for-eu4all-community-of-practice/,
    );
    await expect(page.getByTestId('older-story')).toBeVisible();
    await expect(page.getByTestId('newer-story')).toBeVisible();
  });

  test('cards linking to another language say which', async ({ page }) => {
    await page.goto('/sv/news');
    const tagged = page.getByTestId('story-card').filter({ has: page.getByTestId('language-tag') });
    expect(await tagged.count()).toBeGreaterThan(0);
    const lang = await tagged.first().locator('h2, h3').getAttribute('lang');
    expect(lang).not.toBe('sv');
  });

  test('articles print without navigation', async ({ page }) => {
    await page.goto('/en/news/for-eu4all-community-of-practice');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header[role="banner"]')).toBeHidden();
    await expect(page.locator('footer[role="contentinfo"]')).toBeHidden();
    await expect(page.getByTestId('article').locator('h1')).toBeVisible();
  });

  test('static pages use the same fallback rules', async ({ page }) => {
    const res = await page.goto('/sv/contact');
    expect(res?.status()).toBe(200);
    await expect(page.getByTestId('fallback-notice')).toBeVisible();
    await expect(page.getByTestId('article')).toHaveAttribute('lang', 'en');
    await page.goto('/el/about');
    await expect(page.locator('#members')).toBeVisible();
    await expect(page.locator('#members ~ ul li span[lang="sv"]')).toHaveText('Stockholms universitet');
    await expectNoA11yViolations(page);
  });
});
