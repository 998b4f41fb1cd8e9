import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { fontFiles, localeSubsets } from '../../lib/fonts/preload';
import type { Locale } from '../../lib/i18n/locales';

/**
 * Fonts on a first visit (lib/fonts/README.md): every text that asks for Source Serif or Source
 * Sans is drawn by them and by nothing else, Greek pages included (their Latin words and digits),
 * Romanian ones (ă ș ț), italics and arrows; the locale's subsets are preloaded; and the swap from
 * the fallback faces does not move the page, also when the fonts arrive after the first paint.
 *
 * Each test has its own browser context, so each page is a first visit with an empty cache. What a
 * text is drawn with is read from Chromium's DevTools protocol (CSS.getPlatformFontsForNode), after
 * document.fonts.ready and two frames: no timing is assumed anywhere.
 */

const article = 'civis-bips-impact-report';
const sourceFamily = /^(Source Serif 4|Source Sans 3|SourceSans3VF)\b/;

/** Records layout shifts from the first frame on (the observer is set before any of the page runs). */
async function watchShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: number[]; __shiftObserver: PerformanceObserver };
    w.__shifts = [];
    const add = (entries: PerformanceEntryList) => {
      for (const e of entries as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!e.hadRecentInput) w.__shifts.push(e.value);
    };
    w.__shiftObserver = new PerformanceObserver((list) => add(list.getEntries()));
    w.__shiftObserver.observe({ type: 'layout-shift', buffered: true });
    (w as unknown as { __takeShifts: () => number[] }).__takeShifts = () => {
      add(w.__shiftObserver.takeRecords());
      return w.__shifts;
    };
  });
}

/** Waits until no font is loading and the frames after that are drawn (their shifts reported). */
async function settled(page: Page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await document.fonts.ready;
    await frame();
    await document.fonts.ready;
    await frame();
  });
}

const shifts = (page: Page) => page.evaluate(() => (window as unknown as { __takeShifts: () => number[] }).__takeShifts());

type PlatformFont = { familyName: string; postScriptName: string; isCustomFont: boolean; glyphCount: number };
type DomNode = { nodeId: number; nodeType: number; nodeName: string; nodeValue: string; children?: DomNode[]; attributes?: string[] };

async function devtools(page: Page) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const doc = async () => (await cdp.send('DOM.getDocument', { depth: -1 })).root as DomNode;
  const fontsOf = async (nodeId: number) =>
    ((await cdp.send('CSS.getPlatformFontsForNode', { nodeId })) as { fonts: PlatformFont[] }).fonts;
  /** The platform fonts of the text directly inside the first element `selector` finds, and that text. */
  const fontsFor = async (selector: string) => {
    const root = await doc();
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    expect(nodeId, `no element ${selector}`).toBeGreaterThan(0);
    const text = await page
      .locator(selector)
      .first()
      .evaluate((el) =>
        [...el.childNodes]
          .filter((n) => n.nodeType === 3)
          .map((n) => n.textContent)
          .join(''),
      );
    return { text, fonts: await fontsOf(nodeId) };
  };
  /**
   * Every element with text of its own whose font-family starts with a Source family, and the
   * platform fonts that drew that text (none for text that is not rendered, e.g. a closed menu).
   */
  const allText = async () => {
    const out: { where: string; text: string; family: string; fonts: PlatformFont[] }[] = [];
    const walk = async (node: DomNode, where: string) => {
      if (['HEAD', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg'].includes(node.nodeName)) return;
      const kids = node.children ?? [];
      const text = kids
        .filter((k) => k.nodeType === 3)
        .map((k) => k.nodeValue)
        .join('')
        .trim();
      if (node.nodeType === 1 && text) {
        const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: node.nodeId })) as {
          computedStyle: { name: string; value: string }[];
        };
        const family = computedStyle.find((p) => p.name === 'font-family')?.value ?? '';
        if (/^["']?Source (Serif 4|Sans 3) Variable/.test(family)) out.push({ where, text, family, fonts: await fontsOf(node.nodeId) });
      }
      for (const k of kids) if (k.nodeType === 1) await walk(k, `${where} > ${k.nodeName.toLowerCase()}`);
    };
    await walk(await doc(), '');
    return out;
  };
  return { fontsFor, allText };
}

const bySource = (fonts: PlatformFont[]) => fonts.length > 0 && fonts.every((f) => f.isCustomFont && sourceFamily.test(f.familyName));
const fontList = (fonts: PlatformFont[]) => fonts.map((f) => `${f.familyName} (${f.postScriptName}) ×${f.glyphCount}`).join(', ');

/** The texts the issue names, per page: selector, what its text must contain, whether italic. */
const targets: Record<string, { selector: string; contains: RegExp; italic?: boolean }[]> = {
  'el home': [
    { selector: 'main h1', contains: /[α-ω]/ },
    { selector: 'main time', contains: /\d{4}/ },
  ],
  'el article': [
    { selector: 'article h1', contains: /CIVIS.*[α-ω]|[α-ω].*CIVIS/ },
    { selector: 'article header time', contains: /\d+ [Α-ω]+ \d{4}/ },
    { selector: '.prose-news > p', contains: /Blended Intensive Programmes.*[α-ω]|[α-ω].*Blended Intensive Programmes/ },
    { selector: '.prose-news figcaption', contains: /BIP/ },
    { selector: '.prose-news figcaption .italic', contains: /CIVIS Newsroom/, italic: true },
    { selector: '.prose-news blockquote p', contains: /[α-ω]/, italic: true },
    { selector: 'nav [rel=prev] span[aria-hidden], nav [rel=next] span[aria-hidden]', contains: /[←→]/ },
  ],
  'ro home': [
    { selector: 'main h1', contains: /./ },
    { selector: 'main time', contains: /\d{4}/ },
  ],
  'ro article': [
    { selector: 'article h1', contains: /și|ș|ț/ },
    { selector: 'article header time', contains: /\d{4}/ },
    { selector: '.prose-news > p', contains: /[ăîâșț]/ },
    { selector: '.prose-news figcaption .italic', contains: /CIVIS Newsroom/, italic: true },
    { selector: '.prose-news blockquote p', contains: /[ăîâșț]/, italic: true },
  ],
  'de home': [
    { selector: 'main h1', contains: /./ },
    { selector: 'main time', contains: /\d{4}/ },
  ],
  'de article': [
    { selector: 'article h1', contains: /CIVIS|BIP/ },
    { selector: 'article header time', contains: /\d{4}/ },
    { selector: '.prose-news figcaption .italic', contains: /CIVIS Newsroom/, italic: true },
    { selector: '.prose-news blockquote p', contains: /./, italic: true },
  ],
};

const pages: { name: string; locale: Locale; url: string }[] = (['el', 'ro', 'de'] as const).flatMap((locale) => [
  { name: `${locale} home`, locale, url: `/${locale}` },
  { name: `${locale} article`, locale, url: `/${locale}/news/${article}` },
]);

test.describe('fonts on a first visit', () => {
  for (const { name, locale, url } of pages) {
    test(`${name}: every text in Source Serif / Source Sans, the locale's subsets preloaded, no layout shift`, async ({ page }) => {
      await watchShifts(page);
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);

      const preloaded = await page.$$eval('link[rel=preload][as=font]', (links) =>
        links.map((l) => new URL((l as HTMLLinkElement).href).pathname),
      );
      expect.soft(preloaded.sort()).toEqual(fontFiles(locale).sort());

      await settled(page);
      const { fontsFor, allText } = await devtools(page);
      for (const target of targets[name]!) {
        const { text, fonts } = await fontsFor(target.selector);
        expect(text, target.selector).toMatch(target.contains);
        expect(bySource(fonts), `${target.selector} "${text.trim().slice(0, 60)}" drawn with ${fontList(fonts)}`).toBe(true);
        if (target.italic)
          expect(
            fonts.every((f) => /Italic/.test(f.postScriptName)),
            `${target.selector}: a real italic, ${fontList(fonts)}`,
          ).toBe(true);
      }
      const texts = await allText();
      expect(texts.length).toBeGreaterThan(20);
      const strays = texts
        .filter((t) => t.fonts.length > 0 && !bySource(t.fonts))
        .map((t) => `${t.where} "${t.text.slice(0, 50)}": ${fontList(t.fonts)}`);
      expect(strays).toEqual([]);

      const total = (await shifts(page)).reduce((a, b) => a + b, 0);
      test.info().annotations.push({ type: 'layout shift', description: total.toFixed(5) });
      expect(total).toBeLessThan(0.001);
    });
  }

  // The same pages when every font file arrives only after the first paint (the race a busy
  // machine or a slow network loses): the text is first drawn by the matched fallback faces, then
  // swapped, and nothing visible moves.
  for (const { name, locale, url } of pages.filter((p) => p.name.endsWith('article') || p.locale === 'el')) {
    test(`${name}: fonts after the first paint, the swap from the fallback faces moves nothing`, async ({ page }) => {
      await watchShifts(page);
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/fonts/*.woff2', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
      const { fontsFor } = await devtools(page);
      const box = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((el) => JSON.stringify(el.getBoundingClientRect()));
      const watched = ['main h1', 'main time', 'main p', 'main h2'];
      const before = await Promise.all(watched.map(box));

      // Drawn by a fallback face while the files are held, a matched one where this machine has
      // the font it was measured against (DejaVu on Debian).
      const early = await fontsFor('main h1');
      expect(bySource(early.fonts), `h1 before the fonts: ${fontList(early.fonts)}`).toBe(false);
      const fallbacks = await page.evaluate(() =>
        [...document.fonts].filter((f) => f.family.includes('Fallback') && f.status === 'loaded').map((f) => f.family),
      );
      if (early.fonts.some((f) => /DejaVu/.test(f.familyName))) expect(fallbacks.some((f) => f.includes('Fallback DejaVu'))).toBe(true);

      release();
      await page.waitForLoadState('load');
      await settled(page);
      const late = await fontsFor('main h1');
      expect(bySource(late.fonts), `h1 after the fonts: ${fontList(late.fonts)}`).toBe(true);

      const after = await Promise.all(watched.map(box));
      for (const [i, selector] of watched.entries()) {
        const [b, a] = [JSON.parse(before[i]!), JSON.parse(after[i]!)];
        expect(Math.abs(a.top - b.top), `${selector} moved`).toBeLessThan(1);
        expect(Math.abs(a.height - b.height), `${selector} changed height`).toBeLessThan(1);
      }
      const total = (await shifts(page)).reduce((a, b) => a + b, 0);
      test
        .info()
        .annotations.push(
          { type: 'layout shift', description: total.toFixed(5) },
          { type: 'fallback', description: fontList(early.fonts) },
        );
      expect(total, `layout shift of the swap (${locale})`).toBeLessThan(0.001);
    });
  }
});

/** The letters of each locale's own text are in the subsets it preloads, and each subset is used. */
test('each locale preloads the subsets its letters need', () => {
  const unicode = JSON.parse(readFileSync(path.join('node_modules/@fontsource-variable/source-serif-4/unicode.json'), 'utf8')) as Record<
    string,
    string
  >;
  const ranges = (subset: string) =>
    unicode[subset]!.split(',').map((r) => {
      const [a, b] = r.replace('U+', '').split('-');
      return [parseInt(a!, 16), parseInt(b ?? a!, 16)] as const;
    });
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  for (const [locale, subsets] of Object.entries(localeSubsets)) {
    const counts = new Map<number, number>();
    for (const file of [...walk(path.join('content', locale)), path.join('messages', `${locale}.json`)])
      for (const ch of readFileSync(file, 'utf8'))
        if (/\p{L}|\p{N}/u.test(ch)) counts.set(ch.codePointAt(0)!, (counts.get(ch.codePointAt(0)!) ?? 0) + 1);
    // A letter of the language occurs often; a name from elsewhere (a "ț" in an English story)
    // may come from a file loaded on demand.
    const frequent = [...counts].filter(([, n]) => n >= 5).map(([cp]) => cp);
    const missing = frequent
      .filter((cp) => !subsets.some((s) => ranges(s).some(([a, b]) => cp >= a && cp <= b)))
      .map((cp) => String.fromCodePoint(cp));
    expect(missing, `${locale}: letters outside ${subsets.join(' + ')}`).toEqual([]);
    for (const subset of subsets) {
      const used = frequent.filter(
        (cp) =>
          ranges(subset).some(([a, b]) => cp >= a && cp <= b) &&
          !(subset !== 'latin' && ranges('latin').some(([a, b]) => cp >= a && cp <= b)),
      );
      expect(used.length, `${locale} preloads ${subset} for nothing`).toBeGreaterThan(0);
    }
  }
});
