import { visit } from 'unist-util-visit';
import { localImageDimensions } from './images';

type HastElement = {
  type: 'element';
  tagName: string;
  properties?: Record<string, unknown>;
  children?: unknown[];
};

/**
 * Gives every local `<img>` in a Markdown body its intrinsic width and height (so the page does not
 * shift while it loads), and lazy, async decoding. Missing files are reported by the content check.
 */
export function rehypeImageSize(options: { publicDir?: string } = {}) {
  return (tree: unknown) => {
    visit(tree as never, 'element', (node: HastElement) => {
      if (node.tagName !== 'img') return;
      const props = (node.properties ??= {});
      const src = typeof props.src === 'string' ? props.src : '';
      const size = localImageDimensions(src, options.publicDir);
      if (size) {
        props.width = size.width;
        props.height = size.height;
      }
      props.loading = 'lazy';
      props.decoding = 'async';
    });
  };
}
