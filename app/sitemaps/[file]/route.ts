import { storyCatalog, pageSize, pageCatalog } from '@/lib/content';
import { renderUrlset, sitemapChunks, sitemapUrls } from '@/lib/seo/sitemap';

/** Built from the newsroom: renewed within a minute when a scheduled story's time comes. */
export const revalidate = 60;

/** The URL files of the sitemap index (`/sitemaps/0.xml`…), 50,000 URLs each. */
export const dynamic = 'force-static';

export function generateStaticParams() {
  return sitemapChunks(sitemapUrls(storyCatalog(), pageCatalog(), pageSize)).map((_, n) => ({ file: `${n}.xml` }));
}

export async function GET(_request: Request, { params }: RouteContext<'/sitemaps/[file]'>) {
  const { file } = await params;
  const n = /^(0|[1-9]\d{0,5})\.xml$/.exec(file)?.[1];
  const chunk = n === undefined ? undefined : sitemapChunks(sitemapUrls(storyCatalog(), pageCatalog(), pageSize))[Number(n)];
  if (!chunk) return new Response('Not found', { status: 404 });
  return new Response(await renderUrlset(chunk), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
