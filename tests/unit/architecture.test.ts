/**
 * The layers of docs/architecture.md, checked over the source: lib never reaches into components or
 * routes, components read no files, lib/content does not depend on lib/search, and only lib/i18n
 * writes the site's addresses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/sandbox';

const sources = (dir: string): string[] =>
  readdirSync(path.join(projectRoot, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return sources(rel);
    return /\.(ts|tsx|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [rel] : [];
  });

/** Every module a file imports (static imports, re-exports and dynamic imports), resolved to a project folder when local. */
function imports(file: string): string[] {
  const text = readFileSync(path.join(projectRoot, file), 'utf8');
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2]!,
  );
  return specs.map((s) => {
    if (s.startsWith('@/')) return s.slice(2);
    if (s.startsWith('.')) return path.relative(projectRoot, path.resolve(projectRoot, path.dirname(file), s));
    return s;
  });
}

/** The type-only imports are left out: they vanish at build and make no runtime edge. */
function runtimeImports(file: string): string[] {
  const text = readFileSync(path.join(projectRoot, file), 'utf8').replace(/(?:^|\n)\s*import type [^;]+;/g, '\n');
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);
  return specs.map((s) =>
    s.startsWith('@/') ? s.slice(2) : s.startsWith('.') ? path.relative(projectRoot, path.resolve(projectRoot, path.dirname(file), s)) : s,
  );
}

describe('layers point one way: content → lib → components → routes', () => {
  it('finds the sources it checks', () => {
    expect(sources('lib').length).toBeGreaterThan(40);
    expect(sources('components').length).toBeGreaterThan(30);
  });

  it('lib imports nothing from components or app', () => {
    const wrong = sources('lib').flatMap((f) =>
      imports(f)
        .filter((i) => /^(components|app)(\/|$)/.test(i))
        .map((i) => `${f} → ${i}`),
    );
    expect(wrong).toEqual([]);
  });

  it('components import nothing from app, and read no files', () => {
    const wrong = sources('components').flatMap((f) =>
      imports(f)
        .filter((i) => /^app(\/|$)/.test(i) || /^(node:)?fs(\/promises)?$/.test(i))
        .map((i) => `${f} → ${i}`),
    );
    expect(wrong).toEqual([]);
  });

  it('lib/content runs without lib/search (search reads content through its door, never the other way)', () => {
    const wrong = sources('lib/content').flatMap((f) =>
      runtimeImports(f)
        .filter((i) => i.startsWith('lib/search'))
        .map((i) => `${f} → ${i}`),
    );
    expect(wrong).toEqual([]);
  });

  it('lib/search opens content only through lib/content’s door (at run time)', () => {
    const inside = sources('lib/search').filter((f) => !f.endsWith('build.ts'));
    const wrong = inside.flatMap((f) =>
      runtimeImports(f)
        .filter((i) => i.startsWith('lib/content/'))
        .map((i) => `${f} → ${i}`),
    );
    expect(wrong).toEqual([]);
  });
});

describe('one module writes addresses', () => {
  // A locale-prefixed path built by hand (`/${locale}/…`) or a route's path written out.
  const handMade = /`\/\$\{|['"`]\/(news|search|feed\.xml|opengraph-image)\b/;
  it('no file outside lib/i18n builds a path of the site (lib/site.ts holds the chrome’s locale-relative links as data)', () => {
    const files = [...sources('app'), ...sources('components'), ...sources('lib'), 'proxy.ts'].filter(
      (f) => !f.startsWith('lib/i18n/') && f !== 'lib/site.ts',
    );
    const wrong = files.flatMap((f) =>
      readFileSync(path.join(projectRoot, f), 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${f}:${i + 1}` }))
        .filter(({ line }) => handMade.test(line) && !/^\s*(\*|\/\/)/.test(line))
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
    expect(wrong).toEqual([]);
  });

  it('would notice a hand-made path', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a hand-made path
    expect(handMade.test('const href = `/${locale}/news`;')).toBe(true);
    expect(handMade.test("router.replace('/search?q=x')")).toBe(true);
    expect(handMade.test('paths.search(locale, { q })')).toBe(false);
  });
});
