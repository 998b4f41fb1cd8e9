import { serializeJsonLd, type JsonLd as Data } from '@/lib/seo/jsonld';

/** Structured data for search engines, serialized so that no string can break out of the element. */
export function JsonLd({ data }: { data: Data | Data[] }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: serializeJsonLd escapes `<`, so nothing closes the element
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
