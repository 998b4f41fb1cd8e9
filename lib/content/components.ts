/**
 * The components an MDX body may use, with the props each takes: the content check validates every
 * use against this (lib/content/check.ts), and components/mdx implements exactly these.
 */

export type PropSpec = {
  required?: boolean;
  /** text: a string in quotes; image: a site image under /images/; one-of: one of `options`; video-id: an id, not a URL. */
  kind: 'text' | 'image' | 'one-of' | 'video-id';
  options?: readonly string[];
  expected: string;
};

export const videoProviders = ['youtube', 'vimeo'] as const;
export type VideoProvider = (typeof videoProviders)[number];

/** What a video id looks like at each provider (the part of the address after watch?v= or vimeo.com/). */
export const videoIdPatterns: Record<VideoProvider, RegExp> = {
  youtube: /^[A-Za-z0-9_-]{11}$/,
  vimeo: /^[0-9]{5,12}$/,
};

export const componentProps = {
  Figure: {
    src: { required: true, kind: 'image', expected: 'the path of an image under /images/, e.g. src="/images/news/my-story-figure.jpg"' },
    alt: {
      required: true,
      kind: 'text',
      expected: 'a description of the image for readers who cannot see it, e.g. alt="Students at the summer school"',
    },
    caption: { kind: 'text', expected: 'a caption in quotes' },
    credit: { kind: 'text', expected: 'who made the image, in quotes' },
  },
  Video: {
    provider: {
      required: true,
      kind: 'one-of',
      options: videoProviders,
      expected: `one of ${videoProviders.map((p) => `"${p}"`).join(', ')}`,
    },
    id: {
      required: true,
      kind: 'video-id',
      expected:
        'the video’s id, not its address: for https://www.youtube.com/watch?v=aqz-KE-bpKQ write id="aqz-KE-bpKQ"; for https://vimeo.com/76979871 write id="76979871"',
    },
    title: { required: true, kind: 'text', expected: 'what the video is about, in quotes (read out to screen reader users)' },
  },
  Members: {},
  Contact: {},
  Newsletter: {},
  Feeds: {},
} as const satisfies Record<string, Record<string, PropSpec>>;

export type MdxComponentName = keyof typeof componentProps;
export const mdxComponentNames = Object.keys(componentProps) as MdxComponentName[];

/** Elements an MDX body may not contain: they would run code, load third parties or restyle the page. */
export const forbiddenElements = new Set([
  'script',
  'iframe',
  'style',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'link',
  'meta',
  'base',
  'frame',
  'frameset',
  'template',
  'svg',
  'math',
]);

/** Image files next/image serves from /images/ (the site's image optimizer, next.config.ts). */
export const imageExtensions = /\.(jpe?g|png|webp|avif|gif)$/i;
