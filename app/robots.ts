import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/seo/urls';
import { newsSitemapPath } from '@/lib/seo/sitemap';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/' }],
    sitemap: [absoluteUrl('/sitemap.xml'), absoluteUrl(newsSitemapPath)],
  };
}
