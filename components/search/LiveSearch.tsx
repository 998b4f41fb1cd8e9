'use client';

import { useEffect, useRef, useTransition } from 'react';
import { useRouter } from 'next/navigation';

/**
 * Progressive enhancement for the search page: as the reader types, the page's results are
 * re-rendered by the server for the new query (the index never travels to the browser). Without
 * JavaScript the form submits as usual.
 */
export function LiveSearch({ inputId, locale, category }: { inputId: string; locale: string; category?: string }) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    const input = document.getElementById(inputId) as HTMLInputElement | null;
    if (!input) return;
    const onInput = () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const params = new URLSearchParams({ q: input.value });
        if (category) params.set('category', category);
        startTransition(() => router.replace(`/${locale}/search?${params}`, { scroll: false }));
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
