import os from 'node:os';
import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { securityHeaders } from './lib/security/headers';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // The public address, built into every page, feed and sitemap (scripts/build.mjs refuses a
  // production build without it; the server refuses to start with another one).
  env: { SITE_URL: process.env.SITE_URL?.trim() ?? '' },
  // Next's own page cache, with the newsroom's two rules: pages without an island are kept without
  // scripts, 404s are never kept (lib/server/cache-handler.mjs). Its memory layer holds the pages
  // readers ask for most (PAGE_CACHE_MB, default 256); the rest are read from disk.
  cacheHandler: path.join(process.cwd(), 'lib/server/cache-handler.mjs'),
  cacheMaxMemorySize: Number(process.env.PAGE_CACHE_MB ?? 256) * 1024 * 1024,
  // Compression belongs to the reverse proxy or CDN in front (docs/deploy.md): it can keep the
  // compressed copy, and it marks the ETag of a compressed body as weak.
  compress: false,
  // A self-contained server folder (.next/standalone), for `npm run build:standalone` only: tracing
  // the files it needs adds seconds to every build.
  ...(process.env.NEWSROOM_STANDALONE === '1' ? { output: 'standalone' as const } : {}),
  // Read at run time with fs: the Open Graph fonts (the content index is copied by build:standalone).
  outputFileTracingIncludes: {
    '/**': [
      './node_modules/@fontsource/noto-sans/files/noto-sans-{latin,latin-ext,greek}-{400,700}-normal.woff',
      './node_modules/@fontsource/noto-emoji/files/noto-emoji-emoji-{400,700}-normal.woff',
    ],
  },
  poweredByHeader: false,
  experimental: {
    // app/global-not-found.tsx renders the 404 of addresses no route matches; since Next 16.3,
    // app/[locale]/not-found.tsx alone leaves notFound() with an empty error shell (next.js#62228).
    globalNotFound: true,
    // Render pages at build with one worker per core (Next's default leaves one core idle).
    cpus: Math.max(1, os.availableParallelism()),
    // Server code unminified and without source maps: its stack traces stay readable without maps,
    // and the compile step is about 0.9 s (12 %) shorter (docs/performance.md).
    serverMinification: false,
    turbopackSourceMaps: false,
  },
  // Types are checked by `npm run typecheck` (part of `npm test`), not again in every build.
  typescript: { ignoreBuildErrors: true },
  images: {
    // WebP only: AVIF encodes several times slower on the first request of each size.
    formats: ['image/webp'],
    // A bounded set of sizes and one quality: the optimizer's cache cannot be grown without limit.
    deviceSizes: [640, 828, 1080, 1600],
    imageSizes: [160, 320, 480],
    qualities: [75],
    localPatterns: [{ pathname: '/images/**', search: '' }],
    minimumCacheTTL: 60 * 60 * 24 * 30,
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Site images change only with a deploy; browsers and CDNs may keep them a day.
      { source: '/images/:path*', headers: [{ key: 'Cache-Control', value: 'public, max-age=86400, stale-while-revalidate=604800' }] },
      { source: '/fonts/:path*', headers: [{ key: 'Cache-Control', value: 'public, max-age=2592000' }] },
    ];
  },
  async redirects() {
    return [
      { source: '/:locale/news/page/1', destination: '/:locale/news', permanent: true },
      {
        source: '/:locale/news/category/:category/page/1',
        destination: '/:locale/news/category/:category',
        permanent: true,
      },
    ];
  },
};

export default withNextIntl(nextConfig);
