import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { locales } from '@/lib/i18n/locales';
import { categories, site, type NavItem } from '@/lib/site';

type Tree = { [key: string]: string | Tree };
const load = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Tree;
const flatten = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));

const en = new Map(flatten(load('en')));

/** ICU argument names used by a message (`{count, plural, …}` → count). */
function argumentNames(message: string): string[] {
  const names = new Set<string>();
  const walk = (els: unknown[]) => {
    for (const el of els as { type: number; value?: string; options?: Record<string, { value: unknown[] }> }[]) {
      if (el.type !== 0 && el.type !== 7 && typeof el.value === 'string') names.add(el.value);
      for (const option of Object.values(el.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, 'en').getAst());
  return [...names].sort();
}

describe.each(locales)('messages/%s.json', (locale) => {
  const messages = new Map(flatten(load(locale)));

  it('has exactly the keys of en.json', () => {
    expect([...messages.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('has no empty value', () => {
    const empty = [...messages].filter(([, v]) => !v.trim()).map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('every message parses and uses the same placeholders as English', () => {
    for (const [key, value] of messages) {
      expect(() => new IntlMessageFormat(value, locale), `${locale}:${key}`).not.toThrow();
      expect(argumentNames(value), `${locale}:${key}`).toEqual(argumentNames(en.get(key)!));
    }
  });

  it('names every category and every navigation label of the site config', () => {
    for (const c of categories) expect(messages.has(`categories.${c}`), c).toBe(true);
    const labels = [
      ...site.navigation.flatMap((i: NavItem) => [i.label, ...(i.children ?? []).map((c) => c.label)]),
      ...site.footer.audiences.map((l) => l.label),
      ...site.footer.useful.map((l) => l.label),
      ...site.footer.legal.map((l) => l.label),
      site.footer.newsletter.label,
    ];
    for (const label of labels) expect(messages.has(label), label).toBe(true);
    for (const l of locales) expect(messages.has(`languages.${l}`), l).toBe(true);
  });
});

describe('translations', () => {
  it('are not English copied into another locale (beyond a few shared words)', () => {
    for (const locale of locales.filter((l) => l !== 'en')) {
      const messages = new Map(flatten(load(locale)));
      // Identical strings longer than a word or two (placeholders aside) are English left in place.
      const words = (v: string) => v.replace(/\{[^}]*\}/g, '').trim();
      const same = [...messages].filter(([k, v]) => v === en.get(k) && words(v).length > 12).map(([k]) => k);
      expect(same, locale).toEqual([]);
    }
  });
});
