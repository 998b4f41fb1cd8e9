import { getTranslations } from 'next-intl/server';
import { localeParam } from '@/lib/i18n/params';
import { routing } from '@/lib/i18n/routing';
import { paths } from '@/lib/i18n/paths';
import { categories, site } from '@/lib/site';
import { getLatest } from '@/lib/content';
import { buildRss, feedSize } from '@/lib/seo/feed';

/** One category's RSS feed in one locale: a way to subscribe to a topic (the newsletters page lists them). */
export const revalidate = 60;
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => categories.map((category) => ({ locale, category })));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/news/category/[category]/feed.xml'>) {
  const { locale, category } = await localeParam(params);
  const c = categories.find((x) => x === category)!;
  const t = await getTranslations({ locale });
  const name = t(`categories.${c}`);
  const xml = buildRss(locale, getLatest(locale, feedSize, c), {
    feedPath: paths.feed(locale, c),
    listingPath: paths.newsroom(locale, 1, c),
    title: `${name} – ${t('newsroom.title')} – ${site.name}`,
    description: t('newsroom.categoryDescription', { category: name }),
    copyright: t('footer.copyright', { year: new Date().getFullYear(), name: site.name }),
    category: (key) => t(`categories.${key}` as 'categories.general'),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
