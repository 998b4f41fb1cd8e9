/**
 * What the site derives from one content file, for Contentlayer's computed fields
 * (contentlayer.config.ts): the language and address from its path, the cover image's size from
 * the image file, and the body's plain text for search and snippets.
 */
import { localImageDimensions, type ImageDimensions } from './images';

/** `fr/news/my-story.mdx` → `fr`. */
export function localeOf(sourceFilePath: string): string {
  return sourceFilePath.split('/')[0]!;
}

/** `fr/news/my-story.mdx` → `my-story`. */
export function slugOf(sourceFilePath: string): string {
  return sourceFilePath
    .split('/')
    .at(-1)!
    .replace(/\.mdx?$/, '');
}

/** Width and height of a cover image under public/ (the content check has made sure it exists). */
export function coverSize(src: unknown): ImageDimensions | null {
  return typeof src === 'string' ? localImageDimensions(src.trim()) : null;
}

/** Plain text of a body, for search and snippets (lib/search/text.ts). */
export { plainText } from './plain-text';
