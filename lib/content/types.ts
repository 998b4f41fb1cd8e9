import type { Locale } from '@/lib/i18n/locales';
import type { Category } from '@/lib/site';

export type ContentKind = 'news' | 'page';

export type CoverImage = {
  src: string;
  width: number;
  height: number;
  alt: string;
  credit?: string;
};

/** One language version of a story or page, without its body (what listings need). */
export type Version = {
  kind: ContentKind;
  slug: string;
  locale: Locale;
  title: string;
  summary: string;
  /** ISO 8601 instant (UTC). */
  date: string;
  updated?: string;
  /** Always set for news; pages have none. */
  category?: Category;
  tags: string[];
  image?: CoverImage;
  featured: boolean;
  draft: boolean;
  format: 'md' | 'mdx';
  /** Source file, relative to the content folder, e.g. `fr/news/slug.mdx`. */
  file: string;
  /** Where the compiled body is, relative to the project root. */
  bodyPath: string;
};

export type NewsroomIndex = {
  generatedAt: string;
  versions: Version[];
};

/** A compiled body: HTML for Markdown, a function body for MDX. */
export type Body = { format: 'md'; html: string } | { format: 'mdx'; code: string };

/** All language versions of one story (or page), keyed by locale. */
export type Article = {
  slug: string;
  versions: Partial<Record<Locale, Version>>;
  /** Locales that have a real version, in locale order. */
  locales: Locale[];
  /** Publication date shared by all versions (the first version's, in locale order). */
  date: string;
  category?: Category;
};

/** A story as a reader of `locale` gets it: the best available version. */
export type Resolved = {
  article: Article;
  version: Version;
  /** True when `version.locale` differs from the reader's locale. */
  isFallback: boolean;
};
