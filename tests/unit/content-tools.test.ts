import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { imageSize } from 'image-size';
import { checkContent, listFiles } from '@/lib/content/check';
import { documentFile } from '@/lib/content/paths';
import { makeSandbox, projectRoot } from '../support/sandbox';

const fixtures = path.join(projectRoot, 'tests/fixtures/broken-content');
// Tests that spawn a tool (tsx or Contentlayer starting up) get 60 s: a loaded 2-core machine can
// take several seconds for what takes one when idle. Speed is measured by `npm run bench`.
const spawnTimeout = 60_000;
const tsx = path.join(projectRoot, 'node_modules/.bin/tsx');

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(tsx, [path.join(projectRoot, 'scripts', script), ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** One broken file per kind of mistake, and what the check must say about it. */
const expectations: [file: string, field: string, says: RegExp][] = [
  [
    'en/news/bad-category.md',
    'category',
    /"sports" is not a known category; expected one of general, connect, highlights, communication, research, education/,
  ],
  ['en/news/bad-date.md', 'date', /"2024-02-30" is not a valid date; expected an ISO 8601 date/],
  ['en/news/Bad_Slug.md', 'slug', /"Bad_Slug" is not a valid slug; expected lowercase ASCII letters, digits and single hyphens/],
  ['xx/news/unknown-locale.md', 'locale', /"xx" is not a language of the site; expected one of en, fr, de, el, it, es, sv, ro/],
  [
    'en/news/missing-image.md',
    'image',
    /"\/images\/news\/no-such-picture.jpg" does not exist.*expected an image file at public\/images\/news\/no-such-picture.jpg/,
  ],
  ['en/news/no-alt-text.md', 'imageAlt', /is missing; expected a description of the image/],
  [
    'en/news/broken-link.md',
    'body',
    /link "\/en\/news\/no-such-story" points to a story that does not exist; expected the address of an existing story/,
  ],
  ['en/news/empty-body.md', 'body', /is empty; expected the text of the story/],
  ['en/news/unknown-component.mdx', 'body', /unknown component <Gallery>; expected one of <Figure>, <Video>, <Members>/],
  ['en/news/typo-field.md', 'sumary', /is not a field of a story \(did you mean "summary"\?\); expected only title, date/],
  ['en/news/missing-title.md', 'title', /is missing; expected a headline/],
  ['en/news/malformed-yaml.md', 'frontmatter', /is not valid YAML \(.+\); expected "field: value" lines/],
  ['en/news/byte-order-mark.md', 'file', /starts with a byte-order mark \(BOM\); expected UTF-8 without BOM/],
  ['en/news/windows-line-endings.md', 'file', /Windows line endings \(CRLF\); expected Unix line endings \(LF\)/],
  ['en/other/wrong-folder.md', 'path', /is not in a content folder; expected <locale>\/news\/<slug>.md or <locale>\/pages\/<slug>.md/],
  ['en/news/notes.txt', 'file', /"notes.txt" is not a Markdown or MDX file; expected <slug>.md or <slug>.mdx/],
  ['en/news/unclosed-jsx.mdx', 'body', /is not valid MDX \(.+\); expected components closed with \/>/],
  [
    'fr/news/versions-disagree.md',
    'category',
    /"research" differs from en\/news\/versions-disagree.md \("general"\); expected every version of a story to have the same category/,
  ],
  ['en/news/component-in-markdown.md', 'body', /component <Figure> in a .md file; expected components only in .mdx files/],
  ['en/news/not-boolean.md', 'featured', /"yes" is not true or false/],
];

describe('content check', () => {
  it('reports every kind of mistake, naming file, field and expectation', async () => {
    const { errors } = await checkContent(fixtures, { compileMdx: true, publicDir: path.join(projectRoot, 'public') });
    for (const [file, field, says] of expectations) {
      const found = errors.filter((e) => e.file === file && e.field === field);
      expect(found.map((e) => e.message).join('\n'), `${file} ${field}`).toMatch(says);
    }
    // one problem per broken file: nothing spurious
    expect(new Set(errors.map((e) => e.file)).size).toBe(expectations.length);
    expect(errors).toHaveLength(expectations.length);
  });

  it('gives line numbers where the problem is', async () => {
    const { errors } = await checkContent(fixtures, { compileMdx: true, publicDir: path.join(projectRoot, 'public') });
    const at = (file: string) => errors.find((e) => e.file === file)?.line;
    expect(at('en/news/bad-category.md')).toBe(4);
    expect(at('en/news/bad-date.md')).toBe(3);
    expect(at('en/news/typo-field.md')).toBe(6);
    expect(at('en/news/broken-link.md')).toBe(8);
    expect(at('en/news/unknown-component.mdx')).toBe(10);
  });

  it(
    'npm run content:check lists all problems in one run and exits non-zero',
    () => {
      const r = run('content-check.ts', [], { CONTENT_DIR: fixtures });
      expect(r.code).toBe(1);
      for (const [file] of expectations) expect(r.err).toContain(`${fixtures}/${file}`);
      expect(r.err).toMatch(/✗ 20 problems in 20 files/);
      expect(r.err).not.toMatch(/\n\s+at \S+ \(/); // no stack trace
    },
    spawnTimeout,
  );

  it(
    'passes the sample content with exit 0',
    () => {
      const r = run('content-check.ts', []);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/✓ \d+ content files checked/);
    },
    spawnTimeout,
  );

  it(
    'refuses unknown options with the usage',
    () => {
      const r = run('content-check.ts', ['--frobnicate']);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/Unknown option '--frobnicate'[\s\S]*usage:/);
    },
    spawnTimeout,
  );

  it(
    '--fix converts line endings and drops the BOM, and nothing else',
    () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'fix-'));
      cpSync(path.join(fixtures, 'en/news/windows-line-endings.md'), path.join(dir, 'en/news/windows-line-endings.md'));
      cpSync(path.join(fixtures, 'en/news/byte-order-mark.md'), path.join(dir, 'en/news/byte-order-mark.md'));
      const r = run('content-check.ts', ['--fix'], { CONTENT_DIR: dir });
      expect(r.code).toBe(0);
      for (const f of ['windows-line-endings.md', 'byte-order-mark.md']) {
        const text = readFileSync(path.join(dir, 'en/news', f), 'utf8');
        expect(text.includes('\r')).toBe(false);
        expect(text.charCodeAt(0)).not.toBe(0xfeff);
        expect(text).toMatch(/^---\ntitle:/);
      }
      rmSync(dir, { recursive: true });
    },
    spawnTimeout,
  );
});

describe('editorial checks: nothing published wrongly or dropped silently', () => {
  const editorial = path.join(projectRoot, 'tests/fixtures/editorial-content');
  // A public folder of its own: one real picture, the same outside /images/, and one over 5 MB.
  const publicDir = mkdtempSync(path.join(tmpdir(), 'public-'));
  const picture = readFileSync(path.join(projectRoot, 'public/images/news/civis-bips-impact-report.jpg'));
  mkdirSync(path.join(publicDir, 'images/news'), { recursive: true });
  mkdirSync(path.join(publicDir, 'uploads'), { recursive: true });
  writeFileSync(path.join(publicDir, 'images/news/picture.jpg'), picture);
  writeFileSync(path.join(publicDir, 'uploads/picture.jpg'), picture);
  writeFileSync(path.join(publicDir, 'images/news/heavy.jpg'), Buffer.concat([picture, Buffer.alloc(6 * 1024 * 1024)]));
  afterAll(() => rmSync(publicDir, { recursive: true, force: true }));
  const check = () => checkContent(editorial, { publicDir });

  const refused: [file: string, field: string, says: RegExp][] = [
    [
      'en/news/both-formats.mdx',
      'file',
      /is a second version of en\/news\/both-formats.md in the same language; expected one file per language/,
    ],
    [
      'en/news/updated-before-date.md',
      'updated',
      /"2025-04-01" is before the publication date "2025-05-05"; expected the date of a change made after publication/,
    ],
    [
      'en/news/uploads-cover.md',
      'image',
      /"\/uploads\/picture.jpg" is not under \/images\/; expected a path like \/images\/news\/uploads-cover.jpg/,
    ],
    [
      'en/news/remote-image.md',
      'body',
      /image "https:\/\/example.org\/picture.jpg" is on another site; expected an image under \/images\//,
    ],
    ['en/news/script-in-mdx.mdx', 'body', /contains a <script> element, which would run code in readers’ browsers/],
    [
      'en/news/iframe-in-mdx.mdx',
      'body',
      /contains a <iframe> element, which would load another site; expected .*<Video provider="youtube"/,
    ],
    ['en/news/handler-in-mdx.mdx', 'body', /gives <span> the event handler onClick, which would run code; expected no event handlers/],
    [
      'en/news/expression-attribute.mdx',
      'body',
      /gives <a> href from code in \{ \}, which would run when the page is built; expected a value in quotes/,
    ],
    ['en/news/raw-html.md', 'body', /contains raw HTML "<div class=\\"box\\">", which a .md file does not publish; expected Markdown only/],
    ['en/news/html-comment.md', 'body', /contains an HTML comment \(<!-- … -->\), which a .md file shows to readers as text/],
    ['en/news/placeholder.md', 'body', /still contains the placeholder content:new wrote/],
    ['en/news/figure-without-src.mdx', '<Figure> src', /is missing; expected the path of an image under \/images\//],
    ['en/news/figure-without-alt.mdx', '<Figure> alt', /is missing; expected a description of the image for readers who cannot see it/],
    ['en/news/video-dailymotion.mdx', '<Video> provider', /"dailymotion" is not supported; expected one of "youtube", "vimeo"/],
    [
      'en/news/video-url-id.mdx',
      '<Video> id',
      /"https:\/\/www.youtube.com\/watch\?v=aqz-KE-bpKQ" is an address; expected the video’s id, not its address/,
    ],
    ['en/news/unknown-prop.mdx', '<Figure> width', /is not a prop of <Figure>; expected only src, alt, caption, credit/],
    ['en/news/code-in-mdx.mdx', 'body', /contains code in \{ \}, which would run when the page is built/],
    ['de/news/blame-translation.md', 'category', /"general" differs from en\/news\/blame-translation.md \("research"\)/],
    ['en/news/blame-majority.md', 'category', /"general" differs from (fr|de|el)\/news\/blame-majority.md \("research"\)/],
    ['fr/news/missing-original.md', 'translatedFrom', /names "de", but there is no de version of this story/],
  ];
  const warned: [file: string, field: string, says: RegExp][] = [
    ['en/news/heavy-image.md', 'body', /image "\/images\/news\/heavy.jpg" weighs 6\.\d MB; expected under 5 MB/],
    ['en/news/long-title.md', 'title', /has 1\d\d characters; expected at most 110/],
    [
      'fr/news/stale-translation.md',
      'sourceUpdated',
      /this translation is older than its original: en\/news\/stale-translation.md was updated on 2026-03-03, after 2026-01-10/,
    ],
  ];

  it('refuses each mistake by name, with line, field or prop and what to do', async () => {
    const { errors } = await check();
    for (const [file, field, says] of refused) {
      const found = errors.filter((e) => e.file === file && e.field === field && e.severity !== 'warning');
      expect(found.map((e) => e.message).join('\n'), `${file} ${field}`).toMatch(says);
    }
    for (const e of errors.filter((x) => x.file.endsWith('.mdx') && x.field !== 'file'))
      expect(e.line, `${e.file} ${e.field}`).toBeGreaterThan(5);
  });

  it('warns, without refusing, about heavy images, long titles and translations behind their original', async () => {
    const { errors } = await check();
    for (const [file, field, says] of warned) {
      const found = errors.filter((e) => e.file === file && e.field === field);
      expect(found.map((e) => e.message).join('\n'), `${file} ${field}`).toMatch(says);
      expect(
        found.every((e) => e.severity === 'warning'),
        file,
      ).toBe(true);
    }
  });

  it('blames only the version that disagrees, and compares dates as instants', async () => {
    const { errors } = await check();
    const about = (slug: string) => errors.filter((e) => e.file.endsWith(`/news/${slug}.md`) && e.field === 'category').map((e) => e.file);
    expect(about('blame-translation')).toEqual(['de/news/blame-translation.md']);
    expect(about('blame-majority')).toEqual(['en/news/blame-majority.md']);
    expect(errors.filter((e) => e.file.includes('same-instant'))).toEqual([]);
  });

  it('reports nothing else: one finding per fixture', async () => {
    const { errors } = await check();
    const expected = new Set([...refused, ...warned].map(([file]) => file));
    expect([...new Set(errors.map((e) => e.file))].sort()).toEqual([...expected].sort());
  });
});

describe('the build refuses broken content', () => {
  const sandbox = makeSandbox(['lib', 'scripts', 'contentlayer.config.ts', 'package.json', 'tsconfig.json', 'public']);
  afterAll(() => sandbox.remove());
  const contentStep = (contentDir: string, ...args: string[]) =>
    spawnSync(process.execPath, ['scripts/content.mjs', ...args], {
      cwd: sandbox.dir,
      env: { ...process.env, PWD: sandbox.dir, CONTENT_DIR: contentDir },
      encoding: 'utf8',
    });

  it('the content step fails, listing every problem with file, field and expectation', () => {
    const r = contentStep(fixtures);
    expect(r.status).not.toBe(0);
    const output = r.stdout + r.stderr;
    for (const [file, field, message] of expectations) {
      const line = output.split('\n').find((l) => l.includes(`${fixtures}/${file}`) && l.includes(`  ${field}: `));
      expect(line, `${file} ${field}`).toBeDefined();
      expect(line).toMatch(message);
    }
    // Invalid MDX is found in the same run as every other problem, with its line.
    expect(output).toMatch(/unclosed-jsx\.mdx:\d+ {2}body: is not valid MDX/);
    expect(existsSync(path.join(sandbox.dir, '.contentlayer/newsroom/index.json'))).toBe(false);
  }, 180_000); // Contentlayer starts up and generates the sample content from scratch

  it('Contentlayer itself refuses what it cannot type, naming each file, even without the check', () => {
    const r = contentStep(fixtures, '--no-check');
    expect(r.status).not.toBe(0);
    const output = r.stdout + r.stderr;
    for (const file of [
      'en/news/missing-title.md',
      'en/news/typo-field.md',
      'en/news/not-boolean.md',
      'en/other/wrong-folder.md',
      'en/news/unclosed-jsx.mdx',
    ])
      expect(output, file).toContain(file);
    expect(existsSync(path.join(sandbox.dir, '.contentlayer/newsroom/index.json'))).toBe(false);
  }, 180_000);

  it('with valid content, every content file becomes exactly one Contentlayer document and one version (nothing dropped)', () => {
    const r = contentStep(path.join(projectRoot, 'content'));
    expect(r.status, r.stderr).toBe(0);
    const index = JSON.parse(readFileSync(path.join(sandbox.dir, '.contentlayer/newsroom/index.json'), 'utf8')) as {
      versions: { _id: string; type: string }[];
    };
    const files = listFiles(path.join(projectRoot, 'content'));
    expect(index.versions.map((v) => v._id).sort()).toEqual(files);
    // Each version's body is its own Contentlayer document, of the type its extension says.
    // The index is made of Contentlayer's documents: the same fields, and the computed ones only
    // contentlayer.config.ts defines (locale, slug, the cover's size read from the image file).
    for (const v of index.versions as unknown as Record<string, unknown>[]) {
      const doc = JSON.parse(readFileSync(path.join(sandbox.dir, documentFile(String(v.type), String(v._id))), 'utf8')) as Record<
        string,
        unknown
      > & { body: { html?: string; code?: string } };
      expect(String(v.type).endsWith('Mdx') ? doc.body.code : doc.body.html, String(v._id)).toBeTruthy();
      for (const key of ['_id', 'locale', 'slug', 'title', 'summary', 'category', 'imageWidth', 'imageHeight'])
        expect(v[key], `${v._id} ${key}`).toEqual(doc[key]);
      expect(v.locale).toBe(String(v._id).split('/')[0]);
      if (typeof v.image === 'string') {
        const size = imageSize(readFileSync(path.join(projectRoot, 'public', v.image)));
        expect([v.imageWidth, v.imageHeight], String(v._id)).toEqual([size.width, size.height]);
      }
    }
  }, 180_000);
});

describe('scaffolding and status', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-'));
  cpSync(path.join(projectRoot, 'content'), dir, { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const env = { CONTENT_DIR: dir };

  it(
    'content:new writes a valid draft with today’s date and a transliterated slug',
    () => {
      const r = run(
        'content-new.ts',
        ['--locale', 'el', '--title', 'Νέο Πρόγραμμα Σπουδών: Ψηφιακή Αθήνα 2027', '--category', 'education'],
        env,
      );
      expect(r.code, r.err).toBe(0);
      const file = path.join(dir, 'el/news/neo-programma-spoudon-psifiaki-athina-2027.md');
      expect(existsSync(file)).toBe(true);
      const text = readFileSync(file, 'utf8');
      const fm = parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!);
      expect(fm).toMatchObject({ title: 'Νέο Πρόγραμμα Σπουδών: Ψηφιακή Αθήνα 2027', category: 'education', draft: true });
      const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Brussels' }).format(new Date());
      expect(String(fm.date).slice(0, 10)).toBe(today);
      expect(run('content-check.ts', [], env).code).toBe(0);
    },
    spawnTimeout,
  );

  it(
    'transliterates accented Latin titles too',
    () => {
      const r = run('content-new.ts', ['--locale', 'ro', '--title', 'Științe și învățământ în București'], env);
      expect(r.code, r.err).toBe(0);
      expect(existsSync(path.join(dir, 'ro/news/stiinte-si-invatamant-in-bucuresti.md'))).toBe(true);
    },
    spawnTimeout,
  );

  it(
    'refuses to overwrite',
    () => {
      const file = path.join(dir, 'ro/news/stiinte-si-invatamant-in-bucuresti.md');
      const before = readFileSync(file, 'utf8');
      const r = run('content-new.ts', ['--locale', 'ro', '--title', 'Științe și învățământ în București'], env);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/already exists/);
      expect(readFileSync(file, 'utf8')).toBe(before);
    },
    spawnTimeout,
  );

  it(
    '--translate starts a version from an existing one, keeping date, category, image and tags',
    () => {
      const r = run('content-new.ts', ['--translate', 'civis-bips-impact-report', '--locale', 'de'], env);
      expect(r.code).toBe(1); // a German version exists already
      const ok = run('content-new.ts', ['--translate', 'schoningen-horses-ancient-genomes', '--locale', 'sv'], env);
      expect(ok.code, ok.err).toBe(0);
      const read = (l: string) =>
        parseYaml(
          /^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(dir, `${l}/news/schoningen-horses-ancient-genomes.md`), 'utf8'))![1]!,
        );
      const sv = read('sv');
      const en = read('en');
      for (const k of ['date', 'category', 'image', 'imageCredit', 'tags']) expect(sv[k], k).toEqual(en[k]);
      expect(sv.draft).toBe(true);
      expect(run('content-check.ts', [], env).code).toBe(0);
    },
    spawnTimeout,
  );

  it(
    'rejects bad arguments with the usage',
    () => {
      expect(run('content-new.ts', ['--locale', 'pt', '--title', 'x'], env)).toMatchObject({ code: 2 });
      expect(run('content-new.ts', ['--title', 'x'], env).err).toMatch(/--locale is required[\s\S]*usage/);
      expect(run('content-new.ts', ['--locale', 'fr', '--title', 'x', '--category', 'sports'], env).err).toMatch(
        /not known; expected one of general/,
      );
      expect(run('content-new.ts', ['--translate', 'no-such-story', '--locale', 'fr'], env).code).toBe(1);
    },
    spawnTimeout,
  );

  it(
    'content:status prints the matrix, the missing list and JSON',
    () => {
      const table = run('content-status.ts', [], env);
      expect(table.code).toBe(0);
      expect(table.out).toMatch(/^story\s+en fr de el it es sv ro$/m);
      expect(table.out).toMatch(/^civis-bips-impact-report\s+✓ ✓ ✓ ✓ ✓ ✓ ✓ ✓ $/m);
      const missing = run('content-status.ts', ['--missing', 'sv'], env);
      expect(missing.out).toMatch(/schoningen-horses-ancient-genomes\s+\(draft in progress\)/);
      expect(missing.out).not.toMatch(/civis-bips-impact-report/);
      const json = JSON.parse(run('content-status.ts', ['--json'], env).out);
      const bips = json.stories.find((s: { slug: string }) => s.slug === 'civis-bips-impact-report');
      expect(bips.missing).toEqual([]);
      const solo = json.stories.find((s: { slug: string }) => s.slug === 'stockholm-climate-summer-school');
      expect(solo.versions).toEqual({ sv: 'published' });
      expect(run('content-status.ts', ['--missing', 'xx'], env).code).toBe(2);
    },
    spawnTimeout,
  );
});
