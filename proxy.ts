/**
 * Locale negotiation, and only that: next-intl's middleware redirects `/` and paths without a
 * locale to the reader's best locale (cookie, then Accept-Language, then `en`) and remembers a
 * language the reader chose in the NEXT_LOCALE cookie. One rule of the newsroom's comes first
 * (`classifyFirstSegment`): a supported locale spelled another way (`EN`, `en-GB`) is redirected to its
 * address, and a first segment that is a language we do not serve, or a file name, is served as the
 * same address under the reader's language, where the App Router answers 404 in that language
 * (app/[locale]/not-found.tsx): never a redirect, so no address that does not exist is sent anywhere.
 */
import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { localeCookieName, routing } from '@/lib/i18n/routing';
import { isLocale } from '@/lib/i18n/locales';
import { negotiateLocale } from '@/lib/i18n/negotiate';
import { classifyFirstSegment } from '@/lib/i18n/locale-path';
import { withSecurityHeaders } from '@/lib/security/headers';

const intl = createMiddleware(routing);

/** The language the reader chose (cookie), else their browser's best. */
function readerLocale(request: NextRequest) {
  const chosen = request.cookies.get(localeCookieName)?.value;
  return isLocale(chosen) ? chosen : negotiateLocale(request.headers.get('accept-language'));
}

export default function proxy(request: NextRequest) {
  const decision = classifyFirstSegment(request.nextUrl.pathname);
  if (decision.kind === 'redirect') {
    const url = request.nextUrl.clone();
    url.pathname = decision.pathname;
    return withSecurityHeaders(NextResponse.redirect(url, 308));
  }
  if (decision.kind === 'pass') {
    // Served as the same address under the reader's language, where the App Router answers 404 in it.
    const url = request.nextUrl.clone();
    url.pathname = `/${readerLocale(request)}${request.nextUrl.pathname}`;
    return NextResponse.rewrite(url);
  }
  const response = intl(request);
  // Pages get their headers from next.config.ts; redirects the proxy answers itself need them here.
  return response.headers.has('location') ? withSecurityHeaders(response) : response;
}

export const config = {
  // Every path but Next's own assets and the site's files (images, fonts, the publisher logo,
  // icons, the sitemap's files).
  matcher: ['/((?!_next/|images/|fonts/|brand/|sitemaps/|icon\\.svg|favicon\\.ico).*)'],
};
