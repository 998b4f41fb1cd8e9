import Image from 'next/image';

/**
 * `<Figure src alt caption credit />` in an MDX body: an image with its caption and credit. Its
 * intrinsic `width` and `height` are added by the content step (lib/content/rehype-image-size.ts),
 * so the page does not shift while it loads.
 */
export function Figure({
  src,
  alt,
  caption,
  credit,
  width,
  height,
  creditLabel,
}: {
  src: string;
  alt: string;
  width?: string | number;
  height?: string | number;
  caption?: string;
  credit?: string;
  /** Filled in by the renderer: "Image provided by {credit}" in the page's language. */
  creditLabel?: (credit: string) => { text: string; lang: string };
}) {
  const label = credit && creditLabel ? creditLabel(credit) : null;
  return (
    <figure className="my-8">
      <Image
        src={src}
        alt={alt}
        width={Number(width) || 1600}
        height={Number(height) || 1000}
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
