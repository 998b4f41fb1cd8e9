'use client';

import { useState, useSyncExternalStore } from 'react';

export type VideoLabels = { play: string; notice: string; watchOn: string; printTitle: string };

const providers = {
  youtube: {
    name: 'YouTube',
    embed: (id: string) => `https://www.youtube-nocookie.com/embed/${encodeURIComponent(id)}?autoplay=1&rel=0`,
    watch: (id: string) => `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`,
  },
  vimeo: {
    name: 'Vimeo',
    embed: (id: string) => `https://player.vimeo.com/video/${encodeURIComponent(id)}?autoplay=1&dnt=1`,
    watch: (id: string) => `https://vimeo.com/${encodeURIComponent(id)}`,
  },
} as const;

export type VideoProvider = keyof typeof providers;

const noSubscription = () => () => {};
/** False in the server's HTML and while hydrating it, true once this island runs in the browser. */
function useScripted() {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/** The player takes the focus when it appears, so keyboard and screen reader users land in it. */
function focusOnMount(frame: HTMLIFrameElement | null) {
  frame?.focus();
}

/**
 * A privacy-friendly video: a drawn placeholder with a play control. Nothing is requested from
 * the video host until the reader clicks. In the server's HTML (and so without JavaScript) the
 * control is a link to the video on its host; once the island runs, it is a button that loads the
 * player in place and moves focus into it. On paper: the title and the link, not a dark box.
 */
export function Video({
  provider = 'youtube',
  id,
  title,
  labels,
  lang,
}: {
  provider?: VideoProvider;
  id: string;
  title: string;
  labels: VideoLabels;
  lang: string;
}) {
  const scripted = useScripted();
  const [playing, setPlaying] = useState(false);
  const p = providers[provider] ?? providers.youtube;
  const face =
    'group absolute inset-0 flex h-full w-full flex-col items-center justify-center gap-4 bg-[radial-gradient(circle_at_30%_30%,var(--accent),#111_70%)] p-6 text-center text-white no-underline';
  const playIcon = (
    <span
      className="flex h-16 w-16 items-center justify-center rounded-full bg-white/90 text-black shadow-lg transition-transform group-hover:scale-105"
      aria-hidden="true"
    >
      <svg viewBox="0 0 24 24" className="ml-1 h-7 w-7" aria-hidden="true" focusable="false">
        <path d="M8 5v14l11-7z" fill="currentColor" />
      </svg>
    </span>
  );
  return (
    <figure className="my-8" data-testid="video-embed" data-provider={provider} data-island="video">
      <div className="relative aspect-video overflow-hidden rounded-md bg-ink print:hidden" data-testid="video-frame">
        {playing ? (
          <iframe
            ref={focusOnMount}
            src={p.embed(id)}
            title={title}
            className="absolute inset-0 h-full w-full"
            allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
            allowFullScreen
            referrerPolicy="strict-origin-when-cross-origin"
          />
        ) : scripted ? (
          <button type="button" onClick={() => setPlaying(true)} className={face}>
            {playIcon}
            <span className="max-w-md font-semibold" lang={lang}>
              {labels.play}
            </span>
          </button>
        ) : (
          <a href={p.watch(id)} rel="noopener noreferrer" className={face}>
            {playIcon}
            <span className="max-w-md font-semibold" lang={lang}>
              {labels.play}
            </span>
            <span className="text-sm underline underline-offset-4" lang={lang}>
              {labels.watchOn}
            </span>
          </a>
        )}
      </div>
      <p className="hidden font-sans font-semibold print:block" lang={lang}>
        {labels.printTitle}
      </p>
      <figcaption className="mt-2 font-sans text-sm text-muted" lang={lang}>
        <span className="print:hidden">{labels.notice} </span>
        <a href={p.watch(id)} rel="noopener noreferrer" className="underline underline-offset-4">
          {labels.watchOn}
        </a>
      </figcaption>
    </figure>
  );
}
