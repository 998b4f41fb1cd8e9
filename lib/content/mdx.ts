/**
 * MDX stories, compiled by `@mdx-js/mdx` directly (Contentlayer bundles every MDX file with
 * mdx-bundler and esbuild, about 20 ms a file: docs/performance.md). Same plugins as Contentlayer's
 * pipeline for pages: GFM, heading ids, local image sizes. The output has the calling convention of
 * mdx-bundler's code (`getMDXComponent` from next-contentlayer2), so stories and pages render the
 * same way (components/mdx/ArticleBody.tsx).
 */
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import { rehypeImageSize } from './rehype-image-size';

export type MdxProblem = { message: string; line?: number };

/** Compiles an MDX body to code for `getMDXComponent`; throws an `MdxProblem` on invalid MDX. */
export async function compileMdxBody(body: string, publicDir?: string): Promise<string> {
  let functionBody: string;
  try {
    const file = await compile(body, {
      outputFormat: 'function-body',
      development: false,
      remarkPlugins: [remarkGfm],
      rehypePlugins: [rehypeSlug, [rehypeImageSize, { publicDir }]],
    });
    functionBody = String(file);
  } catch (error) {
    throw mdxProblem(error);
  }
  // `getMDXComponent` runs the code with React, ReactDOM and the JSX runtime as named arguments and
  // takes `.default` of what it returns; a function body wants the runtime as its first argument.
  return `return (function () {\n${functionBody}\n}).call(undefined, _jsx_runtime);`;
}

export function mdxProblem(error: unknown): MdxProblem {
  const e = error as { reason?: string; message?: string; line?: number; place?: { line?: number; start?: { line?: number } } };
  const line = e.line ?? e.place?.line ?? e.place?.start?.line;
  return { message: (e.reason ?? e.message ?? String(error)).split('\n')[0]!, line };
}
