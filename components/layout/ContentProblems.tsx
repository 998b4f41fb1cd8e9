import { getTranslations } from 'next-intl/server';
import { contentProblems } from '@/lib/content';
import type { Locale } from '@/lib/i18n/locales';

/**
 * The preview's banner (`npm run dev` only): what the content check found at the last save, on
 * every page, so an editor sees a problem in the browser and not only in the terminal.
 */
export async function ContentProblems({ locale }: { locale: Locale }) {
  const problems = contentProblems();
  if (!problems.length) return null;
  const t = await getTranslations({ locale, namespace: 'preview' });
  const errors = problems.filter((p) => !p.warning).length;
  return (
    <section
      role="alert"
      aria-labelledby="content-problems"
      className="border-b-4 border-[#7a4a00] bg-[#fff4e0] px-4 py-3 text-sm text-[#3d2600]"
      data-testid="content-problems"
    >
      <h2 id="content-problems" className="font-sans text-base font-bold">
        {t('problemsTitle', { errors, warnings: problems.length - errors })}
      </h2>
      <p className="mt-1">{t('problemsHint')}</p>
      <ul className="mt-2 max-h-64 list-disc overflow-auto pl-5 font-mono text-xs" lang="en">
        {problems.map((p) => (
          <li key={p.text}>{p.text}</li>
        ))}
      </ul>
    </section>
  );
}
