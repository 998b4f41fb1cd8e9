import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { paths } from '@/lib/i18n/paths';

/**
 * The plain GET search form: works without JavaScript, on every page (in the header) and on the
 * search page. `id` keeps label/input pairs unique when the form appears twice on a page.
 */
export async function SearchForm({
  locale,
  id,
  defaultValue,
  size = 'compact',
}: {
  locale: Locale;
  id: string;
  defaultValue?: string;
  size?: 'compact' | 'large';
}) {
  // The header's form and the search page's own form are two search landmarks: they get different names.
  const t = await getTranslations({ locale, namespace: 'search' });
  const large = size === 'large';
  return (
    // biome-ignore lint/a11y/useSemanticElements: role="search" on the form is the landmark every screen reader in use announces
    <form
      role="search"
      action={paths.search(locale)}
      method="get"
      className="flex w-full items-stretch gap-2"
      aria-label={size === 'large' ? t('title') : t('label')}
    >
      <label htmlFor={id} className="sr-only">
        {t('label')}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        placeholder={t('placeholder')}
        maxLength={500}
        autoComplete="off"
        enterKeyHint="search"
        className={`min-w-0 flex-1 rounded-md border border-line bg-paper px-3 text-ink placeholder:text-muted ${large ? 'py-3 text-lg' : 'py-1.5 text-sm'}`}
      />
      <button
        type="submit"
        className={`rounded-md bg-accent font-semibold text-accent-ink hover:opacity-90 ${large ? 'px-5 text-base' : 'px-3 text-sm'}`}
      >
        {t('submit')}
      </button>
    </form>
  );
}
