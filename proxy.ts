/**
 * Locale negotiation: next-intl's middleware redirects `/` and paths without a locale to the
 * reader's best locale (cookie, then Accept-Language, then `en`) and remembers a language the
 * reader chose in the NEXT_LOCALE cookie. Two rules of the newsroom's come first: a supported
 * locale spelled another way (`EN`, `en-GB`) is redirected to its address (`classifyFirstSegment`);
 * and an address that names nothing (a language we do not serve, a file name, a story or page that
 * does not exist) is answered 404 by app/global-not-found.tsx in its language, never redirected
 * (`namesNothing`, lib/server/unknown-address.ts, says why that cannot be left to notFound()).
 */
import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { localeCookieName, routing } from '@/lib/i18n/routing';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { negotiateLocale } from '@/lib/i18n/negotiate';
import { classifyFirstSegment } from '@/lib/i18n/locale-path';
import { getNewsroomListing, getPage, getStory } from '@/lib/content';
import { namesNothing, notFoundLocaleHeader, unmatchedPath, type Lookup } from '@/lib/server/unknown-address';
import { withSecurityHeaders } from '@/lib/security/headers';

const intl = createMiddleware(routing);
const door: Lookup = { story: getStory, page: getPage, listing: getNewsroomListing };

/** The language the reader chose (cookie), else their browser's best. */
function readerLocale(request: NextRequest) {
  const chosen = request.cookies.get(localeCookieName)?.value;
  return isLocale(chosen) ? chosen : negotiateLocale(request.headers.get('accept-language'));
}

/**
 * The 404 page in `locale`, at the address asked for: a rewrite to a path no route matches. The
 * target is fixed (Next echoes it in `x-middleware-rewrite`), so nothing of the request is repeated.
 */
function notFound(request: NextRequest, locale: Locale) {
  const url = request.nextUrl.clone();
  url.pathname = unmatchedPath;
  url.search = '';
  const headers = new Headers(request.headers);
  headers.set(notFoundLocaleHeader, locale);
  return NextResponse.rewrite(url, { request: { headers } });
}

export default function proxy(request: NextRequest) {
  const decision = classifyFirstSegment(request.nextUrl.pathname);
  if (decision.kind === 'redirect') {
    const url = request.nextUrl.clone();
    url.pathname = decision.pathname;
    return withSecurityHeaders(NextResponse.redirect(url, 308));
  }
  if (decision.kind === 'pass') return notFound(request, readerLocale(request));
  if (decision.kind === 'localized' && namesNothing(decision.locale, request.nextUrl.pathname.split('/').slice(2), door)) {
    return notFound(request, decision.locale);
  }
  const response = intl(request);
  // Pages get their headers from next.config.ts; redirects the proxy answers itself need them here.
  return response.headers.has('location') ? withSecurityHeaders(response) : response;
}

export const config = {
  // Every path but Next's own assets and the site's files (images, fonts, the publisher logo,
  // icons, robots.txt, the sitemap index and its files).
  matcher: ['/((?!_next/|images/|fonts/|brand/|sitemaps/|sitemap\\.xml$|robots\\.txt$|icon\\.svg|favicon\\.ico).*)'],
};
