import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { makeSandbox, siteSources } from '../support/sandbox';
import { newsIndex, newsVersions, sitemapText } from './support';

/** Stops a server started with `detached: true` (its whole process group), waiting up to 10 s. */
async function stopGroup(child: ChildProcess | undefined) {
  if (!child?.pid || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {}
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
}

const drafts = () => newsIndex().versions.filter((v) => v.draft);

test.describe('drafts in the production build', () => {
  test('sample content has a draft-only story and a draft translation', () => {
    const slugs = drafts().map((d) => `${d.locale}/${d.slug}`);
    expect(slugs).toContain('en/civis-days-2026-programme');
    expect(slugs).toContain('de/open-lab-art-meaning-of-home');
  });

  test('a draft-only story is nowhere: page, listings, related, sitemap, feeds', async ({ request }) => {
    expect((await request.get('/en/news/civis-days-2026-programme')).status()).toBe(404);
    expect(await (await request.get('/en/news')).text()).not.toContain('civis-days-2026-programme');
    expect(await sitemapText(request)).not.toContain('civis-days-2026-programme');
    for (const l of ['en', 'de']) expect(await (await request.get(`/${l}/feed.xml`)).text()).not.toContain('civis-days-2026-programme');
    expect(await (await request.get('/en')).text()).not.toContain('civis-days-2026-programme');
  });

  test('a draft translation is not published: readers get the real version', async ({ page, request }) => {
    await page.goto('/de/news/open-lab-art-meaning-of-home');
    await expect(page.getByTestId('fallback-notice')).toBeVisible();
    await expect(page.getByTestId('article')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('draft-badge')).toHaveCount(0);
    await expect(page.getByTestId('language-switcher').locator('a[hreflang="de"]')).toHaveAttribute('data-translated', 'false');
    expect(await sitemapText(request)).not.toContain('/de/news/open-lab-art-meaning-of-home');
  });
});

test.describe('npm run dev', () => {
  test.describe.configure({ mode: 'serial', timeout: 240_000 });
  const port = 3200;
  let sandbox: ReturnType<typeof makeSandbox>;
  let server: ChildProcess;
  let log = '';

  test.beforeAll(async () => {
    sandbox = makeSandbox(siteSources);
    server = spawn('node', ['scripts/dev.mjs', '-p', String(port)], {
      cwd: sandbox.dir,
      env: { ...process.env, PWD: sandbox.dir, NODE_ENV: 'development', NEXT_TELEMETRY_DISABLED: '1' },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (d) => (log += d));
    server.stderr!.on('data', (d) => (log += d));
    await expect
      .poll(async () => (await fetch(`http://localhost:${port}/en`).catch(() => null))?.status ?? 0, {
        timeout: 180_000,
        intervals: [1000],
      })
      .toBe(200);
  });

  test.afterAll(async () => {
    await stopGroup(server);
    sandbox?.remove();
  });

  test('drafts are visible in development, with a clear badge', async ({ page }) => {
    await page.goto(`http://localhost:${port}/en/news/civis-days-2026-programme`);
    await expect(page.getByTestId('draft-badge')).toBeVisible();
    await page.goto(`http://localhost:${port}/de/news/open-lab-art-meaning-of-home`);
    await expect(page.getByTestId('article')).toHaveAttribute('lang', 'de');
    await expect(page.getByTestId('draft-badge')).toBeVisible();
  });

  test('a scheduled story shows in the preview, marked with its time, on its page and on its card', async ({ page }) => {
    writeFileSync(
      path.join(sandbox.dir, 'content/en/news/preview-of-a-scheduled-story.md'),
      '---\ntitle: "A story for next year"\ndate: 2099-01-15T09:00:00\ncategory: research\nsummary: "Scheduled far ahead."\n---\n\nNot public yet.\n',
    );
    await expect
      .poll(async () => (await fetch(`http://localhost:${port}/en/news/preview-of-a-scheduled-story`)).status, { timeout: 90_000 })
      .toBe(200);
    await page.goto(`http://localhost:${port}/en/news/preview-of-a-scheduled-story`);
    await expect(page.getByTestId('scheduled-badge')).toContainText('2099');
    await page.goto(`http://localhost:${port}/en/news/category/research`);
    await expect(page.locator('[data-slug="preview-of-a-scheduled-story"]').getByTestId('card-scheduled')).toBeVisible();
    await page.goto(`http://localhost:${port}/en/news`);
    await expect(page.locator('[data-slug="civis-days-2026-programme"]').getByTestId('card-draft').first()).toBeVisible();
  });

  test('a content problem shows in the browser, and goes when it is fixed', async ({ page }) => {
    const file = path.join(sandbox.dir, 'content/en/news/broken-in-preview.md');
    writeFileSync(file, '---\ntitle: "Broken"\ndate: 2024-01-01\ncategory: sports\nsummary: "A bad category."\n---\n\nText.\n');
    await page.goto(`http://localhost:${port}/en`);
    const banner = page.getByTestId('content-problems');
    await expect(banner).toContainText('broken-in-preview.md', { timeout: 90_000 });
    await expect(banner).toContainText('"sports" is not a known category');
    writeFileSync(file, '---\ntitle: "Fixed"\ndate: 2024-01-01\ncategory: general\nsummary: "A good category."\n---\n\nText.\n');
    // The banner may stay for the sample content's warnings (a stale translation); the error goes.
    await expect(page.getByText('broken-in-preview.md')).toHaveCount(0, { timeout: 90_000 });
    await expect(page.getByText('"sports" is not a known category')).toHaveCount(0);
    rmSync(file);
  });

  test('saving a content file updates the open page without a restart', async ({ page }) => {
    const file = path.join(sandbox.dir, 'content/en/news/glasgow-staff-week-digital-teaching.md');
    // wait until the page listens to the dev server's updates
    const listening = new Promise<void>((resolve) =>
      page.on('websocket', (ws) => ws.on('framereceived', (f) => String(f.payload).includes('connected') && resolve())),
    );
    await page.goto(`http://localhost:${port}/en/news/glasgow-staff-week-digital-teaching`);
    await listening;
    const h1 = page.getByTestId('article').locator('h1');
    const before = await h1.textContent();
    const edited = `Edited live at ${Date.now()}`;
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: "${edited}"`));
    // no reload: the dev server pushes the change to the open page
    await expect(h1).toHaveText(edited, { timeout: 90_000 });
    expect(before).not.toBe(edited);
  });

  test('saving by rename (write a temporary file, move it over the story) refreshes the open page every time', async ({ page }) => {
    const dir = path.join(sandbox.dir, 'content/en/news');
    const file = path.join(dir, 'glasgow-staff-week-digital-teaching.md');
    const listening = new Promise<void>((resolve) =>
      page.on('websocket', (ws) => ws.on('framereceived', (f) => String(f.payload).includes('connected') && resolve())),
    );
    await page.goto(`http://localhost:${port}/en/news/glasgow-staff-week-digital-teaching`);
    await listening;
    const h1 = page.getByTestId('article').locator('h1');
    for (const n of [1, 2, 3]) {
      const title = `Saved by rename ${n} at ${Date.now()}`;
      const temporary = path.join(dir, `.glasgow-staff-week-digital-teaching.md.${n}~`);
      writeFileSync(temporary, readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: "${title}"`));
      renameSync(temporary, file);
      await expect(h1, `save ${n}`).toHaveText(title, { timeout: 90_000 });
    }
  });
});

test.describe('npm run build after an editor’s commit', () => {
  test.describe.configure({ mode: 'serial', timeout: 300_000 });
  const port = 3300;
  let sandbox: ReturnType<typeof makeSandbox>;
  let server: ChildProcess | undefined;
  // Built as a large newsroom is (site.prerender): only the 2 newest stories and the first newsroom
  // page ahead of time, so rendering on first request is exercised with the sample content too.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    SITE_URL: `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: '1',
    PRERENDER_ALL_UP_TO: '0',
    PRERENDER_NEWEST: '2',
  };
  const build = (...args: string[]) => {
    const r = spawnSync(process.execPath, ['scripts/build.mjs', ...args], {
      cwd: sandbox.dir,
      env: { ...env, PWD: sandbox.dir },
      encoding: 'utf8',
    });
    expect(r.status, String(r.stderr).slice(-2000)).toBe(0);
    return String(r.stdout).trim();
  };
  // The newest English story: on the first newsroom page, in the feed.
  const newest = () =>
    newsVersions()
      .filter((v) => v.locale === 'en')
      .sort((a, b) => b.date.localeCompare(a.date))[0]!;

  test.beforeAll(() => {
    sandbox = makeSandbox(siteSources);
    expect(build('--plan')).toBe('full');
    build();
  });

  test.afterAll(async () => {
    await stopGroup(server);
    sandbox?.remove();
  });

  const start = async () => {
    server = spawn(process.execPath, ['.next/newsroom-server.mjs', '-p', String(port), '-H', '127.0.0.1'], {
      cwd: sandbox.dir,
      env,
      detached: true,
      stdio: 'ignore',
    });
    await expect
      .poll(async () => (await fetch(`http://localhost:${port}/en`).catch(() => null))?.status ?? 0, { timeout: 60_000 })
      .toBe(200);
  };
  const get = async (p: string) => {
    const res = await fetch(`http://localhost:${port}${p}`);
    return { status: res.status, text: await res.text() };
  };

  test('after a content change and a content-only build, every page readers had opened shows the edit', async ({ page }) => {
    const { slug, _id: source, category } = newest();
    // Readers open the story, its listings, the home page and the feed: they are kept in Next's cache.
    await start();
    const opened = [`/en/news/${slug}`, '/en/news', `/en/news/category/${category}`, '/en', '/en/feed.xml'];
    for (const p of opened) expect((await get(p)).status, p).toBe(200);
    for (const p of opened) expect((await get(p)).status, p).toBe(200);
    await stopGroup(server);

    const file = path.join(sandbox.dir, 'content', source);
    const title = `Rebuilt at ${Date.now()}`;
    writeFileSync(file, `${readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: "${title}"`)}\nA sentence the editor added.\n`);
    expect(build('--plan')).toBe('content-only');
    expect(build()).toContain('content-only rebuild');
    await start();
    for (const p of opened) expect((await get(p)).text, p).toContain(title);
    await page.goto(`http://localhost:${port}/en/news/${slug}`);
    await expect(page.getByTestId('article').locator('h1')).toHaveText(title);
    await expect(page.getByTestId('article')).toContainText('A sentence the editor added.');
    await page.goto(`http://localhost:${port}/en/news`);
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await page.goto(`http://localhost:${port}/en/search?q=rebuilt`);
    await expect(page.getByRole('link', { name: title })).toBeVisible();
  });

  test('a story scheduled a minute ahead is nowhere until its time, then everywhere, without a build', async () => {
    test.setTimeout(420_000); // a content-only build, then the minute the story waits, on a busy machine
    const slug = 'scheduled-for-later';
    // Far enough ahead for a content-only build and a server start on a busy machine.
    const at = new Date(Date.now() + 150_000);
    const brussels = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Brussels', dateStyle: 'short', timeStyle: 'medium' })
      .format(at)
      .replace(' ', 'T');
    writeFileSync(
      path.join(sandbox.dir, 'content/en/news', `${slug}.md`),
      `---\ntitle: "An embargoed announcement"\ndate: ${brussels}\ncategory: general\nsummary: "A story that waits for its time."\n---\n\nIt appears at its time and not a second before.\n`,
    );
    await stopGroup(server);
    build();
    await start();
    const everywhere = [
      '/en',
      '/en/news',
      '/en/news/category/general',
      '/en/feed.xml',
      '/sitemaps/0.xml',
      '/sitemaps/news.xml',
      '/en/search?q=embargoed',
      '/fr/news',
    ];
    // Before its time: a 404, and in no listing, feed, sitemap (news sitemap included) or search result.
    expect((await get(`/en/news/${slug}`)).status).toBe(404);
    for (const p of everywhere) expect((await get(p)).text, p).not.toContain(slug);
    expect(Date.now(), 'the checks above ran before the story’s time').toBeLessThan(at.getTime());
    // At its time, the same server (no build, no restart) shows it everywhere.
    await expect.poll(async () => (await get(`/en/news/${slug}`)).status, { timeout: 200_000, intervals: [5_000] }).toBe(200);
    for (const p of everywhere) {
      await expect.poll(async () => (await get(p)).text, { message: p, timeout: 200_000, intervals: [5_000] }).toContain(slug);
    }
  });

  test('pages not rendered at build answer on first request; addresses that do not exist get the 404', async ({ page }) => {
    const base = `http://localhost:${port}`;
    const oldest = newsVersions()
      .filter((v) => v.locale === 'en')
      .sort((a, b) => a.date.localeCompare(b.date))[0]!;
    const category = oldest.category!;
    // Neither the old story nor any category listing was prerendered in this build.
    const prerendered = Object.keys(JSON.parse(readFileSync(path.join(sandbox.dir, '.next/prerender-manifest.json'), 'utf8')).routes);
    expect(prerendered).not.toContain(`/en/news/${oldest.slug}`);
    // (category feeds are small and always built ahead; listing pages are not)
    expect(prerendered.filter((r) => r.includes('/news/category/') && !r.endsWith('/feed.xml'))).toEqual([]);
    await page.goto(`${base}/en/news/${oldest.slug}`);
    await expect(page.getByTestId('article').locator('h1')).toHaveText(oldest.displayTitle);
    const newestInCategory = newsVersions()
      .filter((v) => v.category === category)
      .sort((a, b) => b.date.localeCompare(a.date))[0]!;
    await page.goto(`${base}/fr/news/category/${category}`);
    await expect(page.locator(`[data-slug="${newestInCategory.slug}"]`).first()).toBeVisible();
    for (const missing of ['/en/news/no-such-story', '/en/news/category/no-such-category', '/en/news/page/999', '/xx/news']) {
      const res = await fetch(base + missing);
      expect(res.status, missing).toBe(404);
      expect(await res.text(), missing).toContain('<html');
    }
  });

  test('a code change makes the next build a full one', () => {
    const footer = path.join(sandbox.dir, 'components/layout/SiteFooter.tsx');
    writeFileSync(footer, `${readFileSync(footer, 'utf8')}\n// a code change\n`);
    expect(build('--plan')).toBe('full');
  });
});
