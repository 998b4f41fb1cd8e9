/**
 * What the production server refuses before Next.js sees a request, because Next.js itself would
 * answer it with a 500 or act on it: a method other than GET or HEAD (Next builds a Request object
 * that rejects TRACE, and would render pages for POST), a GET or HEAD that carries a body, a request
 * target too long to be a real address, a path whose percent-encoding is broken.
 */
import type { IncomingHttpHeaders } from 'node:http';

/** Longest request target accepted: well above any real URL of the site, and it keeps redirects that
 * repeat the target (Location, Refresh) far below header size limits. */
export const maxTargetLength = 2048;

export type Refusal = { status: 400 | 405 | 414; message: string; headers?: Record<string, string> };

/** Why a request cannot be served, or null when it can go on to Next.js. */
export function refuseRequest(method: string | undefined, target: string | undefined, headers: IncomingHttpHeaders): Refusal | null {
  if (method !== 'GET' && method !== 'HEAD') {
    return { status: 405, message: 'Method not allowed: this site answers GET and HEAD only.', headers: { Allow: 'GET, HEAD' } };
  }
  const length = headers['content-length'];
  if ((length !== undefined && length !== '0') || headers['transfer-encoding'] !== undefined) {
    return { status: 400, message: 'Bad request: a GET or HEAD request has no body.' };
  }
  const url = target ?? '/';
  if (url.length > maxTargetLength) return { status: 414, message: 'URI too long.' };
  try {
    decodeURIComponent(url.split('?', 1)[0]!);
  } catch {
    return { status: 400, message: 'Bad request: the address contains broken percent-encoding.' };
  }
  return null;
}
