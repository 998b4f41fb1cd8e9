/**
 * The site's content types, derived from the documents Contentlayer generates
 * (`.contentlayer/generated/types.d.ts`, from contentlayer.config.ts): a version is a document
 * without its body, as listings, feeds, the sitemap and search read it from the newsroom index.
 */
import type { PageMd, PageMdx, StoryMd, StoryMdx } from 'contentlayer/generated';
import type { Locale } from '../i18n/locales';

export type StoryDocument = StoryMd | StoryMdx;
export type PageDocument = PageMd | PageMdx;
export type ContentDocument = StoryDocument | PageDocument;
export type ContentKind = 'story' | 'page';

/** One language version of a story, without its body. `date` and `updated` are UTC instants. */
export type StoryVersion = Omit<
  Pick<
    StoryDocument,
    | '_id'
    | 'type'
    | 'locale'
    | 'slug'
    | 'title'
    | 'summary'
    | 'displayTitle'
    | 'displaySummary'
    | 'date'
    | 'updated'
    | 'category'
    | 'tags'
    | 'image'
    | 'imageAlt'
    | 'imageCredit'
    | 'imageWidth'
    | 'imageHeight'
    | 'featured'
    | 'draft'
    | 'translatedFrom'
    | 'sourceUpdated'
  >,
  'locale'
> & { kind: 'story'; locale: Locale };

/** One language version of a static page (about, privacy…), without its body. */
export type PageVersion = Omit<
  Pick<
    PageDocument,
    | '_id'
    | 'type'
    | 'locale'
    | 'slug'
    | 'title'
    | 'summary'
    | 'displayTitle'
    | 'displaySummary'
    | 'updated'
    | 'draft'
    | 'translatedFrom'
    | 'sourceUpdated'
  >,
  'locale'
> & {
  kind: 'page';
  locale: Locale;
};

export type Version = StoryVersion | PageVersion;

export type NewsroomIndex = { generatedAt: string; versions: Version[] };

/** A compiled body, as Contentlayer compiled it: HTML for Markdown, code for MDX. */
export type Body = { format: 'md'; html: string } | { format: 'mdx'; code: string };

/** All language versions of one story or page, keyed by locale. */
export type Entry<V extends Version = Version> = {
  slug: string;
  versions: Partial<Record<Locale, V>>;
  /** Locales that have a real version, in locale order. */
  locales: Locale[];
};

/** A story in every language it has: publication date and category shared by its versions. */
export type Story = Entry<StoryVersion> & {
  /** UTC instant, from the story's first version in locale order. */
  date: string;
  category: StoryVersion['category'];
};

export type Page = Entry<PageVersion>;

/** What a reader of a locale is shown of an entry: its best version (theirs, or a fallback). */
export type Shown<E extends Entry = Entry> = {
  entry: E;
  version: E['versions'][Locale] & {};
  /** True when the version shown is in another language than the reader's. */
  isFallback: boolean;
};

export type ShownStory = Shown<Story>;
export type ShownPage = Shown<Page>;
