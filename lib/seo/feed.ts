/**
 * RSS 2.0 for one locale's newsroom, built with the `feed` library: the newest stories the locale
 * lists (its own versions and the fallback versions it shows), absolute links, guid, pubDate,
 * description, category, and `dc:language` on items whose language is not the feed's.
 */
import { Feed } from 'feed';
import type { Locale } from '../i18n/locales';
import { paths } from '../i18n/paths';
import type { ShownStory } from '../content/types';
import { absoluteUrl } from './urls';
import { lastModified } from '../content/model';

export const feedSize = 50;

/** RSS descriptions are HTML by convention: a plain-text summary is escaped so readers show it as written. */
function plainTextAsHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export type FeedLabels = {
  /** The feed's own address and the listing it follows (the locale's newsroom, or a category). */
  feedPath: string;
  listingPath: string;
  title: string;
  description: string;
  copyright: string;
  category: (key: string) => string;
};

export function buildRss(locale: Locale, stories: ShownStory[], labels: FeedLabels): string {
  const feedUrl = absoluteUrl(labels.feedPath);
  const newest = stories[0]?.version;
  const feed = new Feed({
    id: feedUrl,
    title: labels.title,
    description: labels.description,
    link: absoluteUrl(labels.listingPath),
    language: locale,
    feedLinks: { rss: feedUrl },
    copyright: labels.copyright,
    updated: newest ? new Date(lastModified(newest) ?? newest.date) : new Date(0),
    generator: 'Alliance Newsroom',
  });
  for (const { version } of stories) {
    const link = absoluteUrl(paths.story(locale, version.slug));
    feed.addItem({
      title: version.title,
      id: absoluteUrl(paths.story(version.locale, version.slug)),
      link,
      date: new Date(version.date),
      description: plainTextAsHtml(version.summary),
      category: [{ name: labels.category(version.category) }],
      extensions: version.locale !== locale ? [{ name: 'dc:language', objects: { _text: version.locale } }] : undefined,
    });
  }
  const xml = feed.rss2();
  // The library declares the Dublin Core namespace only with full content; items may use dc:language.
  return xml.includes('xmlns:dc=')
    ? xml
    : xml.replace('<rss version="2.0"', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"');
}
