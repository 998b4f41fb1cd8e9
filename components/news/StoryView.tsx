import Image from 'next/image';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Body, ShownPage, ShownStory } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { paths } from '@/lib/i18n/paths';
import { formatNewsDate, formatNewsDateTime } from '@/lib/format';
import { isScheduled, lastModified, staleOriginal } from '@/lib/content/model';
import type { Entry } from '@/lib/content';
import { ContentBody } from '@/components/mdx/ContentBody';
import { Breadcrumb, type Crumb } from './Breadcrumb';
import { FallbackNotice } from './FallbackNotice';
import { StaleNotice } from './StaleNotice';
import { NewsDate } from './NewsDate';
import { RelatedNews } from './RelatedNews';
import { ShareLinks } from './ShareLinks';
import { StoryNav } from './StoryNav';

/**
 * A story (or static page) as a reader sees it. Everything in the story's own language sits inside
 * `<article lang>`; every label from the page's language inside it carries the page's `lang`.
 */
export async function StoryView({
  locale,
  shown,
  body,
  breadcrumb,
  shareUrl,
  related,
  older,
  newer,
  versionHref,
}: {
  locale: Locale;
  /** A story, or a static page (which has no date, category, image, related news or neighbours). */
  shown: ShownStory | ShownPage;
  body: Body;
  breadcrumb: Crumb[];
  shareUrl?: string;
  related?: ShownStory[];
  older?: ShownStory;
  newer?: ShownStory;
  versionHref: (locale: Locale) => string;
}) {
  const t = await getTranslations({ locale });
  const { version, isFallback, entry } = shown;
  const story = version.kind === 'story' ? version : undefined;
  const kind = story ? 'article' : 'page';
  const stale = staleOriginal(entry as Entry, version);
  const image = story?.image
    ? { src: story.image, width: story.imageWidth, height: story.imageHeight, alt: story.imageAlt ?? '', credit: story.imageCredit }
    : undefined;
  return (
    <div className="container-page py-8">
      <div className="mx-auto max-w-3xl">
        <Breadcrumb locale={locale} items={[...breadcrumb, { label: version.displayTitle, lang: version.locale }]} />
        <div className="mt-6">
          {isFallback ? (
            <FallbackNotice
              locale={locale}
              shown={version.locale}
              kind={kind}
              versions={entry.locales.map((l) => ({ locale: l, href: versionHref(l) }))}
            />
          ) : null}
          {stale ? (
            <StaleNotice locale={locale} original={stale.locale} updated={lastModified(stale) ?? ''} href={versionHref(stale.locale)} />
          ) : null}
          {version.draft ? (
            <p
              className="mb-6 inline-block rounded bg-[#7a4a00] px-3 py-1 text-sm font-bold uppercase tracking-wide text-white"
              data-testid="draft-badge"
            >
              {t('article.draft')}
            </p>
          ) : null}
          {story && isScheduled(story, Date.now()) ? (
            <p
              className="mb-6 ml-2 inline-block rounded bg-[#7a4a00] px-3 py-1 text-sm font-bold uppercase tracking-wide text-white"
              data-testid="scheduled-badge"
            >
              {t('article.scheduled', { date: formatNewsDateTime(story.date, locale) })}
            </p>
          ) : null}
        </div>
        <article lang={version.locale} data-testid="article" data-slug={version.slug}>
          <header>
            {story ? (
              <p className="text-sm font-semibold uppercase tracking-wide" lang={locale}>
                <span className="sr-only">{t('article.category')}: </span>
                <Link href={paths.newsroom(locale, 1, story.category)} className="text-accent underline-offset-4 hover:underline">
                  {t(`categories.${story.category}`)}
                </Link>
              </p>
            ) : null}
            <h1 className="mt-3 text-4xl font-bold leading-tight md:text-5xl">{version.displayTitle}</h1>
            <p className="mt-4 font-serif text-xl leading-relaxed text-muted">{version.displaySummary}</p>
            {story ? (
              <p className="mt-5 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted" lang={locale}>
                <span>
                  <span className="sr-only">{t('article.published')}: </span>
                  <NewsDate iso={story.date} locale={locale} className="font-semibold text-ink" />
                </span>
                {story.updated && story.updated.slice(0, 10) !== story.date.slice(0, 10) ? (
                  <time dateTime={story.updated}>{t('article.updated', { date: formatNewsDate(story.updated, locale) })}</time>
                ) : null}
              </p>
            ) : null}
          </header>
          {image ? (
            <figure className="mt-8">
              <Image
                src={image.src}
                alt={image.alt}
                width={image.width}
                height={image.height}
                priority
                sizes="(min-width: 800px) 768px, 100vw"
                className="h-auto w-full rounded-md"
              />
              {image.credit ? (
                <figcaption className="mt-2 text-sm text-muted" lang={locale}>
                  {t('article.imageCredit', { credit: image.credit })}
                </figcaption>
              ) : null}
            </figure>
          ) : null}
          <div className="mt-8">
            <ContentBody body={body} locale={locale} contentLocale={version.locale} />
          </div>
          {shareUrl ? <ShareLinks locale={locale} url={shareUrl} title={version.title} /> : null}
        </article>
      </div>
      {related ? <RelatedNews locale={locale} stories={related} /> : null}
      <StoryNav locale={locale} older={older} newer={newer} />
    </div>
  );
}
