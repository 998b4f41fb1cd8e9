import { storyCatalog, pageSize, pageCatalog } from '@/lib/content';
import { renderSitemapRoot, sitemapUrls } from '@/lib/seo/sitemap';

/** Built from the newsroom: renewed within a minute when a scheduled story's time comes. */
export const revalidate = 60;

export const dynamic = 'force-static';

export async function GET() {
  return new Response(await renderSitemapRoot(sitemapUrls(storyCatalog(), pageCatalog(), pageSize)), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
}
