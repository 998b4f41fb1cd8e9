import { storyCatalog } from '@/lib/content';
import { newsSitemapUrls, renderNewsSitemap } from '@/lib/seo/sitemap';

/**
 * The Google News sitemap: stories of the last 48 hours. It changes as stories age out, not only
 * when one is published, so it is made on each request (a filter over the catalog) and kept five
 * minutes by caches in front.
 */
export const dynamic = 'force-dynamic';

export async function GET() {
  return new Response(await renderNewsSitemap(newsSitemapUrls(storyCatalog(), new Date())), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  });
}
