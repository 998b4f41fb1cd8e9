/**
 * Gives every local image in a body its intrinsic width and height, so the page does not shift
 * while it loads and no component has to read the file: Markdown images (`<img>`, also lazy and
 * decoded asynchronously) and, in MDX, the `<Figure src>` component (as `width` and `height` props).
 * Missing files are reported by the content check.
 */
import { visit } from 'unist-util-visit';
import { localImageDimensions } from './images';

type Element = { type: 'element'; tagName: string; properties?: Record<string, unknown> };
type JsxAttribute = { type: 'mdxJsxAttribute'; name: string; value?: unknown };
type JsxElement = { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'; name: string | null; attributes: JsxAttribute[] };

/** Components whose `src` is a local image. */
const imageComponents = new Set(['Figure']);

export function rehypeImageSize() {
  return (tree: unknown) => {
    visit(tree as never, (node: Element | JsxElement) => {
      if (node.type === 'element' && node.tagName === 'img') {
        const props = (node.properties ??= {});
        const size = typeof props.src === 'string' ? localImageDimensions(props.src) : null;
        if (size) Object.assign(props, size);
        props.loading = 'lazy';
        props.decoding = 'async';
      } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && imageComponents.has(node.name)) {
        const src = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'src')?.value;
        const size = typeof src === 'string' ? localImageDimensions(src) : null;
        if (!size) return;
        node.attributes = node.attributes.filter((a) => a.name !== 'width' && a.name !== 'height');
        node.attributes.push(
          { type: 'mdxJsxAttribute', name: 'width', value: String(size.width) },
          { type: 'mdxJsxAttribute', name: 'height', value: String(size.height) },
        );
      }
    });
  };
}
