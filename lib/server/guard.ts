/** Longest request target accepted: well above any real URL of the site, and it keeps redirects that
 * repeat the target (Location, Refresh) far below header size limits. */
export const maxTargetLength = 2048;

/** Why a request target cannot be served, or null when it can go on to Next.js. */
export function checkTarget(target: string): { status: 400 | 414; message: string } | null {
  if (target.length > maxTargetLength) return { status: 414, message: 'URI too long' };
  const pathname = target.split('?', 1)[0]!;
  try {
    decodeURIComponent(pathname);
  } catch {
    return { status: 400, message: 'Bad request: the address contains broken percent-encoding.' };
  }
  return null;
}
