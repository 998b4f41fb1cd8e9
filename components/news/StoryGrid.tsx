import type { ShownStory } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';
import { StoryCard } from './StoryCard';

export function StoryGrid({ stories, locale, headingLevel = 3 }: { stories: ShownStory[]; locale: Locale; headingLevel?: 2 | 3 }) {
  return (
    <ul className="grid gap-x-8 gap-y-12 sm:grid-cols-2 lg:grid-cols-3">
      {stories.map((story) => (
        <li key={story.entry.slug}>
          <StoryCard story={story} locale={locale} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
