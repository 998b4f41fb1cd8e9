import { defaultLocale, isLocale, locales, type Locale } from './locales';

/**
 * The best supported locale for an Accept-Language header (q-values honoured, `fr-BE` → `fr`),
 * or the default. Used where next-intl's middleware does not run (the 404 for unknown locales).
 */
export function negotiateLocale(header: string | null | undefined): Locale {
  if (!header) return defaultLocale;
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const qParam = params.find((p) => /^\s*q\s*=/i.test(p));
      // A malformed weight (q=abc) disqualifies the entry rather than counting as 1.
      const q = qParam === undefined ? 1 : /^\s*q\s*=\s*((?:0|1)(?:\.[0-9]{0,3})?)\s*$/i.test(qParam) ? Number(qParam.split('=')[1]) : 0;
      return { tag: tag.trim().toLowerCase(), q, i };
    })
    .filter((x) => x.tag && x.q > 0 && !Number.isNaN(x.q))
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return defaultLocale;
}

export { locales };
