/**
 * Locale negotiation, and only that: next-intl's middleware redirects `/` and paths without a
 * locale to the reader's best locale (cookie, then Accept-Language, then `en`) and remembers a
 * language the reader chose in the NEXT_LOCALE cookie. One rule of the newsroom's comes first
 * (`classifyFirstSegment`): a supported locale spelled another way (`EN`, `en-GB`) is redirected to its
 * address, and a first segment that is a language we do not serve, or a file name, goes straight on
 * to the App Router, which answers 404 in the reader's language (app/global-not-found.tsx): never
 * a redirect, so no address that does not exist is ever sent anywhere.
 */
import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from '@/lib/i18n/routing';
import { classifyFirstSegment } from '@/lib/i18n/locale-path';
import { withSecurityHeaders } from '@/lib/security/headers';

const intl = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  const decision = classifyFirstSegment(request.nextUrl.pathname);
  if (decision.kind === 'redirect') {
    const url = request.nextUrl.clone();
    url.pathname = decision.pathname;
    return withSecurityHeaders(NextResponse.redirect(url, 308));
  }
  if (decision.kind === 'pass') return NextResponse.next();
  const response = intl(request);
  // Pages get their headers from next.config.ts; redirects the proxy answers itself need them here.
  return response.headers.has('location') ? withSecurityHeaders(response) : response;
}

export const config = {
  // Every path but Next's own assets and the site's files (images, fonts, the publisher logo,
  // icons, the sitemap's files).
  matcher: ['/((?!_next/|images/|fonts/|brand/|sitemaps/|icon\\.svg|favicon\\.ico).*)'],
};
