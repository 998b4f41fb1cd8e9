'use client';

import { useEffect, useRef, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import type { Locale } from '@/lib/i18n/locales';
import { paths } from '@/lib/i18n/paths';
import type { Category } from '@/lib/site';

/**
 * Progressive enhancement for the search page: as the reader types, the page's results are
 * re-rendered by the server for the new query (the index never travels to the browser). Without
 * JavaScript the form submits as usual.
 */
export function LiveSearch({ inputId, locale, category }: { inputId: string; locale: Locale; category?: Category }) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    const input = document.getElementById(inputId) as HTMLInputElement | null;
    if (!input) return;
    const onInput = () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        startTransition(() => router.replace(paths.search(locale, { q: input.value, category }), { scroll: false }));
      }, 250);
    };
    input.addEventListener('input', onInput);
    return () => {
      input.removeEventListener('input', onInput);
      clearTimeout(timer.current);
    };
  }, [inputId, locale, category, router]);
  return null;
}
