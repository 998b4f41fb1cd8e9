/**
 * Security headers for every response (see docs/security.md for each choice).
 *
 * The pages are static HTML generated at build, so a per-request nonce is impossible, and Next.js
 * writes its page data as inline <script> elements whose content differs per page, so script hashes
 * cannot be listed in one header either: `script-src` has to allow inline scripts. Everything else is
 * as strict as the site allows: scripts, styles, fonts, images and connections only from this site,
 * no plugins, no <base>, forms only to this site, framing by nobody, and frames only from the two
 * video hosts the click-to-load embed uses.
 */
export const videoFrameOrigins = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'] as const;

export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  `frame-src ${videoFrameOrigins.join(' ')}`,
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "manifest-src 'self'",
  "worker-src 'self'",
].join('; ');

export const securityHeaders: { key: string; value: string }[] = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: [
      'camera=()',
      'microphone=()',
      'geolocation=()',
      'payment=()',
      'usb=()',
      'browsing-topics=()',
      `autoplay=(self ${videoFrameOrigins.map((o) => `"${o}"`).join(' ')})`,
      `fullscreen=(self ${videoFrameOrigins.map((o) => `"${o}"`).join(' ')})`,
      `encrypted-media=(self ${videoFrameOrigins.map((o) => `"${o}"`).join(' ')})`,
      `picture-in-picture=(self ${videoFrameOrigins.map((o) => `"${o}"`).join(' ')})`,
    ].join(', '),
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
];

/** Adds the security headers to a response the proxy builds itself (redirects). */
export function withSecurityHeaders<T extends { headers: Headers }>(response: T): T {
  for (const { key, value } of securityHeaders) response.headers.set(key, value);
  return response;
}
