import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { localeCookie, routing } from '@/lib/i18n/routing';
import { classifyPath, localeHeader } from '@/lib/i18n/locale-path';
import { localeCookieToSet } from '@/lib/i18n/cookie';
import { negotiateLocale } from '@/lib/i18n/negotiate';
import type { Locale } from '@/lib/i18n/locales';
import { withSecurityHeaders } from '@/lib/security/headers';
import { isKnownPath } from '@/lib/routing/known';
import { routeFacts } from '@/lib/content/routes';

const intl = createMiddleware(routing);

/** A path no page answers (under a served locale): Next.js answers it with the 404 page. */
const unknownPath = '--not-found--';

/** A path whose percent-encoding is broken (`/%ZZ`, `/%E0%A4%A`) cannot be routed: it is a 400, not a 500. */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function badRequest() {
  return withSecurityHeaders(
    new NextResponse('Bad request: the address contains broken percent-encoding.\n', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    }),
  );
}

/**
 * Locale negotiation: `/` and paths without a locale redirect (307) to the reader's best locale
 * (cookie, then Accept-Language, then `en`); the choice is remembered in the NEXT_LOCALE cookie.
 * A first segment that is a language we do not serve is a 404, never a redirect (no loops).
 */
/**
 * A path that carries a supported locale goes straight through (no rewrite, no redirect). Only the
 * reader's choice is recorded: the NEXT_LOCALE cookie is set when they read another language than
 * the one the cookie (or, without one, their browser) asks for. The 404 page, rendered outside the
 * [locale] segment, learns the locale from a request header.
 */
function localized(request: NextRequest, locale: Locale) {
  const headers = new Headers(request.headers);
  headers.set(localeHeader, locale);
  const segments = request.nextUrl.pathname.split('/').slice(2);
  if (segments.at(-1) === '') segments.pop();
  const response = isKnownPath(segments, routeFacts())
    ? NextResponse.next({ request: { headers } })
    : // No such page: the 404 (in this locale), before any page renders for an address that does not exist.
      NextResponse.rewrite(new URL(`/${locale}/${unknownPath}`, request.url), { request: { headers } });
  const set = localeCookieToSet(locale, request.cookies.get(localeCookie.name)?.value, request.headers.get('accept-language'));
  if (set) {
    const { name, ...options } = localeCookie;
    response.cookies.set(name, set, { path: '/', ...options });
  }
  return response;
}

export default function proxy(request: NextRequest) {
  if (!decodable(request.nextUrl.pathname)) return badRequest();
  const { pathname } = request.nextUrl;
  // Feeds, the sitemap, robots.txt, images and other files need no locale.
  if (/\.[A-Za-z0-9]+$/.test(pathname)) return NextResponse.next();
  const decision = classifyPath(pathname);
  if (decision.kind === 'redirect') {
    const url = request.nextUrl.clone();
    url.pathname = decision.pathname;
    return withSecurityHeaders(NextResponse.redirect(url, 308));
  }
  if (decision.kind === 'unknown-locale') {
    // A language the site does not serve: the 404 page, in the reader's best locale, without the
    // unknown segment ever reaching the pages.
    const url = request.nextUrl.clone();
    url.pathname = `/${negotiateLocale(request.headers.get('accept-language'))}/${unknownPath}`;
    url.search = '';
    return NextResponse.rewrite(url);
  }
  if (decision.kind === 'localized') return localized(request, decision.locale);
  const response = intl(request);
  // Pages get their headers from next.config.ts; redirects the proxy answers itself need them here.
  return response.headers.has('location') ? withSecurityHeaders(response) : response;
}

export const config = {
  // Every path but Next's own assets: locale negotiation for pages, and the 400 guard for all
  // (files with an extension pass straight through once their encoding is checked).
  matcher: ['/((?!_next/static|_next/image).*)'],
};
