import { siteUrl } from '../site';

/** An absolute URL on the public site (from SITE_URL, never from the request). */
export function absoluteUrl(path: string): string {
  if (/^https?:\/\//.test(path)) return path;
  return `${siteUrl()}${path.startsWith('/') ? '' : '/'}${path}`;
}
