import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  expectNoA11yViolations,
  fallbackStory,
  locales,
  newsVersions,
  translatedStory,
  versionsBySlug,
  watchConsole,
  type Locale,
} from './support';

/**
 * The header's menus (sub-menus, language switcher, mobile menu: HTML popovers), the label-in-name
 * of its buttons, the click-to-load video's Play control and printed articles.
 */

const sample = ['en', 'fr', 'de', 'el', 'ro'] as const satisfies readonly Locale[];
const phone = { width: 360, height: 800 };
const desktop = { width: 1280, height: 900 };

/** A message of `locale` (`namespace.key`), as messages/<locale>.json has it. */
function message(locale: Locale, key: string): string {
  const [namespace, name] = key.split('.');
  const value = (JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, Record<string, unknown>>)[namespace!]?.[
    name!
  ];
  if (typeof value !== 'string') throw new Error(`no message ${key} in ${locale}`);
  return value;
}
/** `text` as a literal in a regular expression. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The story with a video, and a locale that shows it as a fallback (no version of its own). */
const videoStory = () => newsVersions().find((v) => v.type === 'StoryMdx' && v.slug === 'open-film-digital-storytelling-bip')!;
const videoFallbackLocale = () =>
  sample.find(
    (l) =>
      !versionsBySlug()
        .get(videoStory().slug)!
        .some((v) => v.locale === l),
  )!;

/** A menu's button and panel. */
type Menu = { name: string; button: Locator; panel: Locator };

async function menuOf(page: Page, button: Locator, name: string): Promise<Menu> {
  const id = await button.getAttribute('popovertarget');
  expect(id, `${name}: the button names its panel`).toBeTruthy();
  return { name, button, panel: page.locator(`[id="${id}"]`) };
}
const switcher = (page: Page) => menuOf(page, page.getByTestId('language-switcher').locator('button[popovertarget]'), 'language switcher');
const mobileMenu = (page: Page) => menuOf(page, page.getByTestId('mobile-menu').locator('button[popovertarget]'), 'mobile menu');
async function subMenus(page: Page): Promise<Menu[]> {
  const buttons = page.locator('header nav button[popovertarget]');
  await expect(buttons).toHaveCount(3);
  return Promise.all([0, 1, 2].map((i) => menuOf(page, buttons.nth(i), `sub-menu ${i + 1}`)));
}

/** Clicks a point outside `panel` that is no link, button or field (so the click only dismisses). */
async function clickOutside(page: Page, panel: Locator) {
  const box = (await panel.boundingBox())!;
  const { width, height } = page.viewportSize()!;
  const candidates: [number, number][] = [
    [4, height - 4],
    [width - 4, height - 4],
    [Math.max(4, box.x - 8), box.y + box.height / 2],
    [width / 2, Math.min(height - 4, box.y + box.height + 20)],
  ];
  for (const [x, y] of candidates) {
    const inside = x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
    if (inside) continue;
    const inert = await page.evaluate(
      ([px, py]) => !document.elementFromPoint(px, py)?.closest('a, button, input, label, select, textarea, [popover]'),
      [x, y] as const,
    );
    if (inert) return page.mouse.click(x, y);
  }
  throw new Error('no plain point outside the panel to click');
}

/** Escape, click outside and one-open-at-a-time for these menus (each pair in turn). */
async function checkMenus(page: Page, menus: Menu[]) {
  for (const { name, button, panel } of menus) {
    await expect(panel, `${name} starts closed`).toBeHidden();
    // Escape right after opening: focus is still on the button
    await button.click();
    await expect(panel, `${name} opens`).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(panel, `${name} closes on Escape`).toBeHidden();
    await expect(button, `${name}: focus stays on its button`).toBeFocused();
    // Escape from inside the panel: focus returns to the button
    await page.keyboard.press('Enter');
    await expect(panel, `${name} opens with Enter`).toBeVisible();
    await page.keyboard.press('Tab');
    expect(await panel.evaluate((p) => p.contains(document.activeElement)), `${name}: Tab moves into the panel`).toBe(true);
    await page.keyboard.press('Escape');
    await expect(panel, `${name} closes on Escape from inside`).toBeHidden();
    await expect(button, `${name}: focus returns to its button`).toBeFocused();
    // a click outside closes it
    await button.click();
    await expect(panel).toBeVisible();
    await clickOutside(page, panel);
    await expect(panel, `${name} closes on a click outside`).toBeHidden();
  }
  // opening one closes the other, by mouse and by keyboard
  for (const [a, b] of menus.flatMap((a) => menus.filter((b) => b !== a).map((b) => [a, b] as const))) {
    await a.button.click();
    await expect(a.panel).toBeVisible();
    await b.button.click();
    await expect(b.panel, `${b.name} opens`).toBeVisible();
    await expect(a.panel, `opening ${b.name} closes ${a.name}`).toBeHidden();
    await a.button.focus();
    await page.keyboard.press('Enter');
    await expect(a.panel).toBeVisible();
    await expect(b.panel, `opening ${a.name} with the keyboard closes ${b.name}`).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(a.panel).toBeHidden();
  }
}

async function expectInViewport(page: Page, panel: Locator, what: string) {
  const box = (await panel.boundingBox())!;
  const { width, height } = page.viewportSize()!;
  expect(box, what).not.toBeNull();
  expect(box.x, `${what}: left edge`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what}: right edge`).toBeLessThanOrEqual(width);
  expect(box.y, `${what}: top edge`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${what}: bottom edge`).toBeLessThanOrEqual(height);
}

test.describe('menus fit the screen', () => {
  test.use({ viewport: phone });

  test('at 360 px the language switcher and the mobile menu open inside the viewport, in every locale', async ({ page }) => {
    for (const locale of locales) {
      // an article: the switcher's entries carry their status there (the longest panel)
      for (const path of [`/${locale}`, `/${locale}/news/${fallbackStory(locale).slug}`]) {
        await page.goto(path);
        for (const menu of [await switcher(page), await mobileMenu(page)]) {
          await menu.button.click();
          await expect(menu.panel).toBeVisible();
          await expectInViewport(page, menu.panel, `${path}: ${menu.name}`);
          // the panel sits under its button
          const button = (await menu.button.boundingBox())!;
          const panel = (await menu.panel.boundingBox())!;
          expect(panel.y, `${path}: ${menu.name} below its button`).toBeGreaterThanOrEqual(button.y + button.height);
          await page.keyboard.press('Escape');
          await expect(menu.panel).toBeHidden();
        }
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
          path,
        ).toBeLessThanOrEqual(0);
      }
    }
  });

  test('on a wide screen, sub-menus open under their item and the switcher under its button', async ({ page }) => {
    await page.setViewportSize(desktop);
    await page.goto('/de');
    for (const menu of [...(await subMenus(page)), await switcher(page)]) {
      await menu.button.click();
      await expect(menu.panel).toBeVisible();
      await expectInViewport(page, menu.panel, menu.name);
      const button = (await menu.button.boundingBox())!;
      const panel = (await menu.panel.boundingBox())!;
      expect(panel.y, `${menu.name} below its button`).toBeGreaterThanOrEqual(button.y + button.height);
      expect(panel.y, `${menu.name} right under its button`).toBeLessThan(button.y + button.height + 24);
      expect(panel.x, `${menu.name} starts before its button ends`).toBeLessThanOrEqual(button.x + button.width);
      expect(panel.x + panel.width, `${menu.name} ends after its button starts`).toBeGreaterThanOrEqual(button.x);
      await page.keyboard.press('Escape');
    }
  });
});

test.describe('menus fit without anchor positioning or web fonts', () => {
  /** Applies the stylesheet's `@supports not (anchor-name: …)` rules, as a browser without anchor positioning would. */
  async function withoutAnchorPositioning(page: Page) {
    const count = await page.evaluate(() => {
      const found: string[] = [];
      const walk = (rules: CSSRuleList) => {
        for (const rule of Array.from(rules)) {
          if (rule instanceof CSSSupportsRule && /^not\b.*anchor-name/.test(rule.conditionText))
            found.push(...Array.from(rule.cssRules, (r) => r.cssText));
          else if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
        }
      };
      for (const sheet of Array.from(document.styleSheets)) walk(sheet.cssRules);
      const style = document.createElement('style');
      style.textContent = found.join('\n');
      document.head.append(style);
      return found.length;
    });
    expect(count, 'fallback rules for browsers without anchor positioning').toBeGreaterThan(0);
  }

  test('without anchor positioning, the panels still open inside the viewport', async ({ page }) => {
    for (const locale of sample) {
      await page.setViewportSize(phone);
      await page.goto(`/${locale}/news/${fallbackStory(locale).slug}`);
      await withoutAnchorPositioning(page);
      for (const menu of [await switcher(page), await mobileMenu(page)]) {
        await menu.button.click();
        await expectInViewport(page, menu.panel, `${locale}: ${menu.name}`);
        const button = (await menu.button.boundingBox())!;
        expect((await menu.panel.boundingBox())!.y, `${locale}: ${menu.name} below the header`).toBeGreaterThanOrEqual(
          button.y + button.height,
        );
        await page.keyboard.press('Escape');
      }
      await page.setViewportSize(desktop);
      for (const menu of await subMenus(page)) {
        await menu.button.click();
        await expectInViewport(page, menu.panel, `${locale}: ${menu.name}`);
        await page.keyboard.press('Escape');
      }
    }
  });

  test('before the web fonts arrive, the header’s targets keep their size in every locale', async ({ page }) => {
    await page.route(/\.woff2$/, (route) => route.abort());
    for (const width of [1024, 1280, 1440]) {
      await page.setViewportSize({ width, height: 800 });
      for (const locale of locales) {
        await page.goto(`/${locale}`);
        const results = await new AxeBuilder({ page }).include('header').withRules(['target-size']).analyze();
        expect(results.violations.map((v) => `${width} ${locale}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
        for (const box of await page
          .locator('header nav button[popovertarget]')
          .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()))) {
          expect(Math.min(box.width, box.height), `${width} ${locale}: sub-menu toggle size`).toBeGreaterThanOrEqual(24);
        }
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
          `${width} ${locale}`,
        ).toBeLessThanOrEqual(0);
      }
    }
  });
});

test.describe('menus close', () => {
  for (const [i, locale] of sample.entries()) {
    test(`${locale}: Escape, a click outside and opening another close a menu; focus returns to its button`, async ({ page }) => {
      const noErrors = watchConsole(page);
      // phones: the language switcher and the mobile menu
      await page.setViewportSize(phone);
      await page.goto(i % 2 ? `/${locale}/news` : `/${locale}/news/${translatedStory(locale).slug}`);
      await checkMenus(page, [await switcher(page), await mobileMenu(page)]);
      // wide screens: the primary navigation's sub-menus and the language switcher
      await page.setViewportSize(desktop);
      await checkMenus(page, [...(await subMenus(page)), await switcher(page)]);
      noErrors();
    });
  }

  test('a sub-menu holds its section’s links; the mobile menu the search form and the navigation', async ({ page }) => {
    await page.setViewportSize(desktop);
    await page.goto('/ro');
    const [discover, newsroom] = await subMenus(page);
    await newsroom!.button.click();
    await expect(newsroom!.panel.locator('a[href="/ro/news/category/research"]')).toBeVisible();
    await expect(discover!.panel.locator('a[href="/ro/about"]')).toBeHidden();
    await expect(page.locator('header nav:has(button[popovertarget]) > ul > li > a[href="/ro/news"]')).toBeVisible();
    await expectNoA11yViolations(page);
    await page.setViewportSize(phone);
    const menu = await mobileMenu(page);
    await menu.button.click();
    await expect(menu.panel.locator('#menu-search')).toBeVisible();
    await expect(menu.panel.locator('nav a[href="/ro/news/category/education"]')).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    for (const locale of ['el', 'de'] as const) {
      test(`${locale}: the menus open and close as well`, async ({ page }) => {
        await page.setViewportSize(phone);
        await page.goto(`/${locale}/news/${fallbackStory(locale).slug}`);
        expect(await page.locator('script:not([type="application/ld+json"])').count(), 'the page ships no script').toBe(0);
        await checkMenus(page, [await switcher(page), await mobileMenu(page)]);
        const lang = await switcher(page);
        await lang.button.click();
        await expectInViewport(page, lang.panel, 'language switcher without JavaScript');
        await page.keyboard.press('Escape');
        await page.setViewportSize(desktop);
        await checkMenus(page, [...(await subMenus(page)), await switcher(page)]);
        // a link in a menu still leads somewhere
        const [, newsroom] = await subMenus(page);
        await newsroom!.button.click();
        await newsroom!.panel.locator(`a[href="/${locale}/news/category/research"]`).click();
        await expect(page).toHaveURL(new RegExp(`/${locale}/news/category/research$`));
      });
    }
  });
});

test.describe('names that match what readers see (WCAG 2.5.3)', () => {
  for (const [viewport, width] of [
    [desktop, 'wide'],
    [phone, 'narrow'],
  ] as const) {
    test(`label-content-name-mismatch finds nothing in the header, ${width} screen`, async ({ page }) => {
      await page.setViewportSize(viewport);
      for (const locale of sample) {
        await page.goto(`/${locale}`);
        const results = await new AxeBuilder({ page })
          .include('header')
          .withRules(['label-content-name-mismatch', 'button-name', 'link-name'])
          .analyze();
        expect(results.violations.map((v) => `${locale}: ${v.id} → ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
        // the language button shows the code and is named by it first; the home link by its text
        await expect(page.getByTestId('language-switcher').getByRole('button')).toHaveAccessibleName(
          new RegExp(`^${locale.toUpperCase()}\\b.*${literal(message(locale, 'languages.label'))}`),
        );
        const home = page.locator(`header[role="banner"] a[href="/${locale}"]`).first();
        await expect(home).toHaveAccessibleName(new RegExp(literal(message(locale, 'site.homeLink'))));
        if (width === 'wide') await expect(home).toHaveAccessibleName(new RegExp(literal(message(locale, 'site.tagline'))));
      }
    });
  }
});

test.describe('the language switcher', () => {
  for (const locale of sample) {
    test(`${locale}: marks the original, translations and missing versions`, async ({ page }) => {
      const bySlug = versionsBySlug();
      for (const slug of [translatedStory(locale).slug, fallbackStory(locale).slug, videoStory().slug]) {
        await page.goto(`/${locale}/news/${slug}`);
        const versions = bySlug.get(slug)!;
        for (const l of locales) {
          const version = versions.find((v) => v.locale === l);
          const expected = !version ? 'missing' : version.translatedFrom ? 'translation' : 'original';
          const entry = page.getByTestId('language-switcher').locator(`a[hreflang="${l}"]`);
          await expect(entry, `${slug} ${l}`).toHaveAttribute('data-version', expected);
          await expect(entry, `${slug} ${l}`).toHaveAttribute('data-translated', String(Boolean(version)));
          const label = message(
            locale,
            { original: 'languages.original', translation: 'languages.translated', missing: 'languages.notTranslated' }[expected],
          );
          await expect(entry.locator('span').last(), `${slug} ${l}`).toHaveText(label);
        }
        // every story has an original: the switcher says which
        await expect(page.getByTestId('language-switcher').locator('a[data-version="original"]').first()).toBeAttached();
      }
    });
  }
});

test.describe('the video’s Play control', () => {
  test('after Play, focus is in the player', async ({ page }) => {
    const noErrors = watchConsole(page);
    const external: string[] = [];
    await page.route(
      (url) => url.hostname !== 'localhost',
      (route) => {
        external.push(route.request().url());
        return route.fulfill({ status: 204, body: '' });
      },
    );
    const story = videoStory();
    await page.goto(`/${story.locale}/news/${story.slug}`);
    const embed = page.getByTestId('video-embed');
    const play = embed.getByTestId('video-frame').getByRole('button');
    await play.focus();
    await page.keyboard.press('Enter');
    const frame = embed.locator('iframe');
    await expect(frame).toHaveAttribute('src', /^https:\/\/www\.youtube-nocookie\.com\/embed\//);
    await expect(frame).toBeFocused();
    await expect.poll(() => external.length).toBeGreaterThan(0);
    noErrors();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('Play is a link to the video on its host, and nothing loads from there', async ({ page }) => {
      const external: string[] = [];
      await page.route(
        (url) => url.hostname !== 'localhost',
        (route) => {
          external.push(route.request().url());
          return route.fulfill({ status: 204, body: '' });
        },
      );
      for (const locale of ['en', videoFallbackLocale()] as Locale[]) {
        await page.goto(`/${locale}/news/${videoStory().slug}`);
        const frame = page.getByTestId('video-embed').getByTestId('video-frame');
        await expect(frame.getByRole('button')).toHaveCount(0);
        const link = frame.getByRole('link');
        await expect(link).toBeVisible();
        await expect(link).toHaveAttribute('href', 'https://www.youtube.com/watch?v=aqz-KE-bpKQ');
        await expect(link).toHaveAccessibleName(new RegExp(literal(message(locale, 'video.play')).replace(literal('{title}'), '.+')));
        await expect(page.getByTestId('video-embed').locator('iframe')).toHaveCount(0);
      }
      await page.waitForLoadState('networkidle');
      expect(external).toEqual([]);
    });
  });
});

test.describe('print', () => {
  /** The text a pseudo-element prints (its computed `content`), e.g. ` (https://…)`. */
  const printedAfter = (link: Locator) => link.evaluate((a) => getComputedStyle(a, '::after').content);

  test('a printed fallback page keeps the notice, shows absolute URLs and the video as title and link', async ({ page, baseURL }) => {
    const locale = videoFallbackLocale();
    const origin = new URL(baseURL!).origin;
    await page.goto(`/${locale}/news/${videoStory().slug}`);
    await page.emulateMedia({ media: 'print' });
    // the notice says, on paper too, that this is the English version, with the versions' addresses
    const notice = page.getByTestId('fallback-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toHaveAttribute('data-shown', 'en');
    const version = notice.locator('a[hreflang="en"]');
    expect(await printedAfter(version)).toBe(`" (${origin}/en/news/${videoStory().slug})"`);
    // internal links in the body print as absolute URLs; external ones as they are
    const internal = page.locator('.prose-news a[href^="/"]').first();
    const href = (await internal.getAttribute('href'))!;
    expect(await printedAfter(internal)).toBe(`" (${origin}${href})"`);
    const external = page.locator('.prose-news figcaption a[href^="https://www.youtube.com/"]');
    await expect(external).toBeVisible();
    expect(await printedAfter(external)).toBe(`" (https://www.youtube.com/watch?v=aqz-KE-bpKQ)"`);
    // the video: no dark box, but its title and link
    const embed = page.getByTestId('video-embed');
    await expect(embed.getByTestId('video-frame')).toBeHidden();
    await expect(
      embed.getByText(
        message(locale, 'video.printTitle').replace('{title}', 'Big Buck Bunny, the open film by the Blender Foundation (CC BY 3.0)'),
        { exact: true },
      ),
    ).toBeVisible();
    const dark = await embed.evaluate(
      (figure) =>
        [figure, ...figure.querySelectorAll('*')]
          .filter((el) => (el as HTMLElement).offsetParent !== null || el === figure)
          .map((el) => getComputedStyle(el))
          .filter((s) => s.backgroundImage !== 'none' || !/^(rgba\(0, 0, 0, 0\)|transparent|rgb\(255, 255, 255\))$/.test(s.backgroundColor))
          .length,
    );
    expect(dark, 'printed video elements with a background').toBe(0);
    // no chrome on paper
    await expect(page.locator('header[role="banner"]')).toBeHidden();
  });

  for (const locale of sample) {
    test(`${locale}: printed articles show internal links as absolute URLs`, async ({ page, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      const story = newsVersions().find((v) => v.locale === locale && v.slug === 'civis-bips-impact-report') ?? translatedStory(locale);
      await page.goto(`/${locale}/news/${story.slug}`);
      await page.emulateMedia({ media: 'print' });
      const links = page.locator('.prose-news a[href^="/"]');
      const count = await links.count();
      test.skip(count === 0, `no internal link in ${story.slug} (${locale})`);
      for (let i = 0; i < count; i++) {
        const href = (await links.nth(i).getAttribute('href'))!;
        expect(await printedAfter(links.nth(i))).toBe(`" (${origin}${href})"`);
      }
    });
  }
});

test.describe('previous and next stories', () => {
  test('say in which language they are when it is not the page’s, as cards do', async ({ page }) => {
    let tagged = 0;
    for (const locale of ['sv', 'ro', 'el'] as const) {
      for (const slug of [translatedStory(locale).slug, fallbackStory(locale).slug]) {
        await page.goto(`/${locale}/news/${slug}`);
        for (const id of ['older-story', 'newer-story']) {
          const link = page.getByTestId(id);
          if (!(await link.count())) continue;
          const lang = await link.locator('span[lang]').getAttribute('lang');
          const tag = link.getByTestId('language-tag');
          if (lang === locale) {
            await expect(tag, `${locale} ${slug} ${id}`).toHaveCount(0);
          } else {
            await expect(tag, `${locale} ${slug} ${id}`).toHaveText(
              message(locale, 'card.languageTag').replace('{language}', message(locale, `languages.${lang}`)),
            );
            tagged++;
          }
        }
      }
    }
    expect(tagged, 'some neighbour in another language').toBeGreaterThan(0);
  });
});
