import { storyCatalog, pageSize, pageCatalog } from '@/lib/content';
import { renderUrlset, sitemapChunks, sitemapUrls } from '@/lib/seo/sitemap';

/** Built from the newsroom: renewed within a minute when a scheduled story's time comes. */
export const revalidate = 60;

/** The files of the sitemap index, when the site has more than 50,000 indexable URLs. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  const chunks = sitemapChunks(sitemapUrls(storyCatalog(), pageCatalog(), pageSize));
  return chunks.length > 1 ? chunks.map((_, n) => ({ file: `${n}.xml` })) : [];
}

export async function GET(_request: Request, { params }: RouteContext<'/sitemaps/[file]'>) {
  const { file } = await params;
  const n = /^(\d+)\.xml$/.exec(file)?.[1];
  const chunks = sitemapChunks(sitemapUrls(storyCatalog(), pageCatalog(), pageSize));
  const chunk = n !== undefined && chunks.length > 1 ? chunks[Number(n)] : undefined;
  if (!chunk) return new Response('Not found', { status: 404 });
  return new Response(await renderUrlset(chunk), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
