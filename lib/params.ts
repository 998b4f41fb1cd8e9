import { isCategory, type Category } from './site';

/** A page number from a URL segment: digits only, no leading zero, at least 2 (page 1 has no segment). */
export function parsePageParam(raw: string): number | null {
  if (!/^[1-9][0-9]{0,5}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 2 ? n : null;
}

export function parseCategoryParam(raw: string): Category | null {
  return isCategory(raw) ? raw : null;
}
