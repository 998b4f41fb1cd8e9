import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from '@/lib/i18n/routing';
import { classifyPath } from '@/lib/i18n/locale-path';

const intl = createMiddleware(routing);

/**
 * Locale negotiation: `/` and paths without a locale redirect (307) to the reader's best locale
 * (cookie, then Accept-Language, then `en`); the choice is remembered in the NEXT_LOCALE cookie.
 * A first segment that is a language we do not serve is a 404, never a redirect (no loops).
 */
export default function proxy(request: NextRequest) {
  const decision = classifyPath(request.nextUrl.pathname);
  if (decision.kind === 'redirect') {
    const url = request.nextUrl.clone();
    url.pathname = decision.pathname;
    return NextResponse.redirect(url, 308);
  }
  if (decision.kind === 'unknown-locale') {
    // The [locale] segment answers 404 for a locale it does not know.
    return NextResponse.next();
  }
  // For localized paths next-intl passes the locale on in the X-NEXT-INTL-LOCALE request header,
  // which the 404 page (rendered outside the [locale] segment) reads.
  return intl(request);
}

export const config = {
  // Everything but Next's assets and files with an extension (images, feeds, sitemap, robots).
  matcher: ['/((?!_next|_vercel|.*\\..*).*)'],
};
