import Image from 'next/image';
import { localImageDimensions } from '@/lib/content/images';

/**
 * `<Figure src alt caption credit />` in an MDX body: an image with its caption and credit. The
 * image's intrinsic size is read at build, so the page does not shift while it loads.
 */
export function Figure({
  src,
  alt,
  caption,
  credit,
  creditLabel,
}: {
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
  /** Filled in by the renderer: "Image provided by {credit}" in the page's language. */
  creditLabel?: (credit: string) => { text: string; lang: string };
}) {
  const size = localImageDimensions(src) ?? { width: 1600, height: 1000 };
  const label = credit && creditLabel ? creditLabel(credit) : null;
  return (
    <figure className="my-8">
      <Image
        src={src}
        alt={alt}
        width={size.width}
        height={size.height}
        sizes="(min-width: 768px) 680px, 100vw"
        className="h-auto w-full rounded-md"
      />
      {caption || label ? (
        <figcaption>
          {caption}
          {caption && label ? ' ' : null}
          {label ? (
            <span className="italic" lang={label.lang}>
              {label.text}
            </span>
          ) : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
