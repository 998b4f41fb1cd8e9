import { readFileSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';

export type ImageDimensions = { width: number; height: number };

const cache = new Map<string, ImageDimensions | null>();

/** Where a site path like `/images/news/x.jpg` lives on disk. */
export function publicFilePath(src: string, publicDir = path.join(/*turbopackIgnore: true*/ process.cwd(), 'public')): string {
  return path.join(publicDir, decodeURI(src.split(/[?#]/)[0] ?? ''));
}

/**
 * Width and height of an image under `public/`, read from the file header (cached per process).
 * Returns null when the path is not local, the file is missing, or it is not an image.
 */
export function localImageDimensions(src: string, publicDir?: string): ImageDimensions | null {
  if (!src.startsWith('/') || src.startsWith('//')) return null;
  const file = publicFilePath(src, publicDir);
  if (cache.has(file)) return cache.get(file) ?? null;
  let result: ImageDimensions | null = null;
  try {
    const { width, height } = imageSize(readFileSync(/*turbopackIgnore: true*/ file));
    if (width && height) result = { width, height };
  } catch {
    result = null;
  }
  cache.set(file, result);
  return result;
}
