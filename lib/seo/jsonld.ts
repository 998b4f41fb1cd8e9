/**
 * JSON-LD for articles (NewsArticle) and trails (BreadcrumbList), and its safe serialization: the
 * JSON goes inside a <script> element, so `<`, `>`, `&` and the line separators U+2028/U+2029 are
 * written as \u escapes. A `</script>` or `<!--` in a title then cannot end or comment out the
 * element, and the data parses back unchanged.
 */
import { site } from '../site';
import { absoluteUrl } from './urls';

export type JsonLd = Record<string, unknown>;

export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The alliance as the publisher of its newsroom (schema.org's NewsMediaOrganization). */
export function organization(): JsonLd {
  return {
    '@type': 'NewsMediaOrganization',
    name: site.name,
    url: absoluteUrl('/'),
    logo: { '@type': 'ImageObject', url: absoluteUrl(site.logo.src), width: site.logo.width, height: site.logo.height },
    sameAs: site.social.map((s) => s.href),
  };
}

export function newsArticleLd(a: {
  url: string;
  headline: string;
  description: string;
  inLanguage: string;
  datePublished: string;
  dateModified: string;
  images: string[];
  section?: string;
  keywords?: string[];
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.headline,
    description: a.description,
    inLanguage: a.inLanguage,
    datePublished: a.datePublished,
    dateModified: a.dateModified,
    image: a.images.map(absoluteUrl),
    articleSection: a.section,
    keywords: a.keywords?.length ? a.keywords.join(', ') : undefined,
    author: organization(),
    publisher: organization(),
    mainEntityOfPage: { '@type': 'WebPage', '@id': absoluteUrl(a.url) },
    url: absoluteUrl(a.url),
  };
}

export function breadcrumbLd(items: { name: string; path: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: absoluteUrl(item.path),
    })),
  };
}
