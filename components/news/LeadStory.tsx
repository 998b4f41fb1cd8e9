import Image from 'next/image';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ShownStory } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { paths } from '@/lib/i18n/paths';
import { StoryMeta } from './StoryMeta';
import { NewsDate } from './NewsDate';

/** The home page's lead: a large image, the headline and the summary. */
export async function LeadStory({ story, locale }: { story: ShownStory; locale: Locale }) {
  const t = await getTranslations({ locale });
  const { version } = story;
  return (
    <article
      className="group relative grid items-center gap-6 lg:grid-cols-[3fr_2fr] lg:gap-10"
      data-testid="lead-story"
      data-slug={version.slug}
    >
      <div className="relative aspect-[16/10] overflow-hidden rounded-lg bg-accent-soft">
        {version.image ? (
          <Image src={version.image} alt="" fill priority sizes="(min-width: 1024px) 58vw, 100vw" className="object-cover" />
        ) : null}
      </div>
      <div>
        <p className="text-sm font-semibold uppercase tracking-wide text-muted">{t('home.leadStory')}</p>
        <StoryMeta story={story} locale={locale} className="mt-2 flex flex-wrap items-center gap-3 text-sm" />
        <h2 className="mt-3 text-3xl font-bold leading-tight md:text-4xl" lang={version.locale}>
          <Link
            href={paths.story(locale, version.slug)}
            className="after:absolute after:inset-0 after:content-[''] hover:underline hover:decoration-2 hover:underline-offset-4"
          >
            {version.displayTitle}
          </Link>
        </h2>
        <p className="mt-4 font-serif text-lg leading-relaxed text-muted" lang={version.locale}>
          {version.displaySummary}
        </p>
        <NewsDate iso={version.date} locale={locale} className="mt-4 block text-sm text-muted" />
      </div>
    </article>
  );
}
