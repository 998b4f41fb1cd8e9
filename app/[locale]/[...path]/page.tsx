import type { Metadata } from 'next';
import { localeParam } from '@/lib/i18n/params';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { routing } from '@/lib/i18n/routing';
import { allPageSlugs, getBody, getPage } from '@/lib/content';
import { versionAlternates } from '@/lib/i18n/alternates';
import { paths } from '@/lib/i18n/paths';
import { PageShell } from '@/components/layout/PageShell';
import { StoryView } from '@/components/news/StoryView';
import { storyMetadata } from '@/lib/seo/page-metadata';

/**
 * Static pages (`content/<locale>/pages/<slug>.md(x)`: about, privacy policy…) at `/<locale>/<slug>`,
 * with the same fallback rules as stories. Any other path under a locale is a localized 404.
 */
type Props = PageProps<'/[locale]/[...path]'>;

export function generateStaticParams() {
  const slugs = allPageSlugs();
  return routing.locales.flatMap((locale) => slugs.map((slug) => ({ locale, path: [slug] })));
}

// Only the site's pages: any other address here is one no route matches, which the 404 page
// (app/global-not-found.tsx) answers. A new page slug makes the next build a full one (build.mjs).
export const dynamicParams = false;

async function load(params: Props['params']) {
  const { locale, path } = await localeParam(params);
  const slug = path.length === 1 ? path[0]! : '';
  return { locale, slug, page: slug ? getPage(locale, slug) : undefined };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await load(params);
  return page ? storyMetadata(locale, page) : {};
}

export default async function StaticPage({ params }: Props) {
  const { locale, slug, page } = await load(params);
  setRequestLocale(locale);
  if (!page) notFound();
  return (
    <PageShell locale={locale} alternates={versionAlternates(page.entry, (l) => paths.page(l, slug))} showTranslationStatus>
      <StoryView locale={locale} shown={page} body={getBody(page.version)} breadcrumb={[]} versionHref={(l) => paths.page(l, slug)} />
    </PageShell>
  );
}
