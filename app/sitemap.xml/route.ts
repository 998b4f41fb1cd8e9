import { newsCatalog, pageSize, pagesCatalog } from '@/lib/content';
import { renderSitemapRoot, sitemapUrls } from '@/lib/seo/sitemap';

export const dynamic = 'force-static';

export async function GET() {
  return new Response(await renderSitemapRoot(sitemapUrls(newsCatalog(), pagesCatalog(), pageSize)), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
}
