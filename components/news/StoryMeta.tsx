import { getTranslations } from 'next-intl/server';
import { preview, type ShownStory } from '@/lib/content';
import { isScheduled } from '@/lib/content/model';
import type { Locale } from '@/lib/i18n/locales';
import { CategoryLabel } from './CategoryLabel';

/**
 * Above a story's title in cards and the home page's lead: its category, and a language tag when
 * the story leads to a version in another language than the page's; in the preview (`npm run dev`),
 * whether it is a draft or scheduled.
 */
export async function StoryMeta({ story, locale, className }: { story: ShownStory; locale: Locale; className: string }) {
  const t = await getTranslations({ locale });
  const { version, isFallback } = story;
  return (
    <div className={className}>
      {version.category ? <CategoryLabel category={version.category} locale={locale} /> : null}
      {preview && version.draft ? (
        <span className="rounded bg-[#7a4a00] px-1.5 py-0.5 text-xs font-semibold text-white" data-testid="card-draft">
          {t('card.draft')}
        </span>
      ) : null}
      {preview && isScheduled(version, Date.now()) ? (
        <span className="rounded bg-[#7a4a00] px-1.5 py-0.5 text-xs font-semibold text-white" data-testid="card-scheduled">
          {t('card.scheduled')}
        </span>
      ) : null}
      {isFallback ? (
        <span className="rounded border border-line px-1.5 py-0.5 text-xs text-muted" data-testid="language-tag">
          {t('card.languageTag', { language: t(`languages.${version.locale}`) })}
        </span>
      ) : null}
    </div>
  );
}
