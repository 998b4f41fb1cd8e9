import Image from 'next/image';
import Link from 'next/link';
import type { ShownStory } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { paths } from '@/lib/i18n/paths';
import { NewsDate } from './NewsDate';
import { StoryMeta } from './StoryMeta';

/**
 * A story in a grid: 4:3 image, category, title, date, and a language tag when the card leads to
 * a version in another language than the page's. The whole card is one link (the title's), so it
 * is one tab stop.
 */
export function StoryCard({
  story,
  locale,
  headingLevel = 3,
  sizes = '(min-width: 1024px) 30vw, (min-width: 640px) 45vw, 92vw',
}: {
  story: ShownStory;
  locale: Locale;
  headingLevel?: 2 | 3;
  sizes?: string;
}) {
  const { version } = story;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="group relative flex flex-col" data-testid="story-card" data-slug={version.slug}>
      <div className="relative aspect-[4/3] overflow-hidden rounded-md bg-accent-soft">
        {version.image ? (
          <Image
            src={version.image}
            alt=""
            fill
            sizes={sizes}
            className="object-cover transition-transform duration-300 group-hover:scale-[1.02]"
          />
        ) : null}
      </div>
      <StoryMeta story={story} locale={locale} className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" />
      <Heading className="mt-2 text-xl font-semibold leading-snug" lang={version.locale}>
        <Link
          href={paths.story(locale, version.slug)}
          className="after:absolute after:inset-0 after:content-[''] hover:underline hover:decoration-1 hover:underline-offset-4"
        >
          {version.displayTitle}
        </Link>
      </Heading>
      <NewsDate iso={version.date} locale={locale} className="mt-2 text-sm text-muted" />
    </article>
  );
}
