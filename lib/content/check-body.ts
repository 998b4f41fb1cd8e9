/**
 * The content check's rules for a body (lib/content/check.ts runs them): links to stories that
 * exist, images the site can serve, and what each format may contain. A `.md` body is plain
 * Markdown (scanned; raw HTML and comments are refused, since Markdown drops them from the page);
 * an `.mdx` body is parsed as MDX and every component's props are checked against
 * lib/content/components.ts. Nothing an editor writes may be published differently from the preview.
 */
import { visit } from 'unist-util-visit';
import { isLocale, locales } from '../i18n/locales';
import {
  componentProps,
  forbiddenElements,
  imageExtensions,
  mdxComponentNames,
  videoIdPatterns,
  type PropSpec,
  type VideoProvider,
} from './components';
import { quote } from './errors';

/** A problem in a body; `line` counts from the body's first line (1). */
export type BodyProblem = { field: string; message: string; line?: number; value?: string; severity?: 'warning' };

export type BodyContext = {
  /** Slugs of every story, for internal links. */
  storySlugs: Set<string>;
  /** Whether `/images/…` exists under public/ (and is an image). */
  imageExists: (src: string) => boolean;
  /** Size in bytes of an image under public/, for the weight warning. */
  imageBytes: (src: string) => number;
  slug: string;
};

/** Images heavier than this are published, with a warning: readers on phones pay for every byte. */
export const heavyImageBytes = 5 * 1024 * 1024;

/** What the site can serve as an image: a file under /images/ that next/image optimizes. */
export function imageProblem(src: string, ctx: BodyContext, what: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src))
    return `${what} ${quote(src)} is on another site; expected an image under /images/ (the site loads nothing from elsewhere: copy it to public/images/)`;
  if (!src.startsWith('/images/'))
    return `${what} ${quote(src)} is not under /images/; expected a path like /images/news/${ctx.slug}.jpg (the site serves images from public/images/ only)`;
  if (!imageExtensions.test(src.split(/[?#]/)[0]!))
    return `${what} ${quote(src)} is not a JPEG, PNG, WebP, AVIF or GIF image; expected one of those`;
  if (!ctx.imageExists(src)) return `${what} ${quote(src)} does not exist; expected an image file at public${src}`;
  return null;
}

function imageWeightWarning(src: string, ctx: BodyContext, line?: number): BodyProblem | null {
  const bytes = ctx.imageBytes(src);
  return bytes > heavyImageBytes
    ? {
        field: 'body',
        severity: 'warning',
        line,
        value: src,
        message: `image ${quote(src)} weighs ${(bytes / 2 ** 20).toFixed(1)} MB; expected under 5 MB (resize it to 2000 px wide or less)`,
      }
    : null;
}

/** Body text with fenced and inline code blanked out (same length and lines), so examples in code are not checked. */
function withoutCode(markdown: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return markdown.replace(/(^|\n)(```|~~~)[\s\S]*?(\n\2[^\n]*|$)/g, (m) => blank(m)).replace(/`[^`\n]*`/g, (m) => blank(m));
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** A link to a story (`/<locale>/news/<slug>`) that does not exist, or names a language the site has not. */
function storyLinkProblem(href: string, ctx: BodyContext): string | null {
  const m = /^\/([A-Za-z-]{2,5})\/news\/([^\s)"'#?/]+)/.exec(href);
  if (!m || m[2] === 'page' || m[2] === 'category') return null;
  if (!isLocale(m[1])) return `link ${quote(m[0])} names an unknown language ${quote(m[1])}; expected one of ${locales.join(', ')}`;
  if (!ctx.storySlugs.has(m[2]!))
    return `link ${quote(m[0])} points to a story that does not exist; expected the address of an existing story (/<locale>/news/<slug>)`;
  return null;
}

/** The rules of a `.md` body: Markdown only (no components, no HTML, no comments). */
export function checkMarkdownBody(body: string, ctx: BodyContext): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const text = withoutCode(body);
  for (const m of text.matchAll(/\]\((\/[^)\s]+)/g)) {
    const problem = storyLinkProblem(m[1]!, ctx);
    if (problem) problems.push({ field: 'body', message: problem, line: lineAt(text, m.index!), value: m[1] });
  }
  for (const m of text.matchAll(/!\[[^\]]*\]\(\s*([^)\s]+)/g)) {
    const line = lineAt(text, m.index!);
    const problem = imageProblem(m[1]!, ctx, 'image');
    if (problem) problems.push({ field: 'body', message: problem, line, value: m[1] });
    else {
      const heavy = imageWeightWarning(m[1]!, ctx, line);
      if (heavy) problems.push(heavy);
    }
  }
  const component = /<([A-Z][A-Za-z]*)[\s/>]/.exec(text);
  if (component) {
    problems.push({
      field: 'body',
      line: lineAt(text, component.index),
      value: component[1],
      message: `uses the component <${component[1]}> in a .md file; expected components only in .mdx files (rename the file to ${ctx.slug}.mdx)`,
    });
    return problems;
  }
  const comment = text.indexOf('<!--');
  if (comment >= 0) {
    problems.push({
      field: 'body',
      line: lineAt(text, comment),
      message:
        'contains an HTML comment (<!-- … -->), which a .md file shows to readers as text; expected no comments (delete it, or keep notes outside the content folder)',
    });
  }
  // Raw HTML (an opening or closing tag); autolinks like <https://…> and <name@host> are Markdown.
  const html = /<\/?([a-z][a-z0-9-]*)(?=[\s/>])[^>\n]*>/.exec(text);
  if (html && !/^<(https?:|mailto:)/i.test(html[0]) && !html[0].includes('@')) {
    problems.push({
      field: 'body',
      line: lineAt(text, html.index),
      value: html[0],
      message: `contains raw HTML ${quote(html[0])}, which a .md file does not publish; expected Markdown only (**bold**, _italic_, [links](…), lists, tables)`,
    });
  }
  return problems;
}

type Position = { start?: { line?: number } };
type JsxAttribute = { type: string; name?: string; value?: unknown; position?: Position };
type MdxNode = { type: string; name?: string | null; url?: string; attributes?: JsxAttribute[]; value?: string; position?: Position };

/** One component's props, against its spec. */
function checkProps(
  name: keyof typeof componentProps,
  attributes: JsxAttribute[],
  ctx: BodyContext,
  line: number | undefined,
): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const spec = componentProps[name] as Record<string, PropSpec>;
  const values = new Map<string, string>();
  const push = (prop: string, message: string, at = line, value?: string) =>
    problems.push({ field: `<${name}> ${prop}`, message, line: at, value });
  for (const a of attributes) {
    const at = a.position?.start?.line ?? line;
    if (a.type !== 'mdxJsxAttribute' || !a.name) {
      push('{…}', `spreads props from code; expected each prop written out as name="value"`, at);
      continue;
    }
    if (!(a.name in spec)) {
      const known = Object.keys(spec);
      push(a.name, `is not a prop of <${name}>; expected ${known.length ? `only ${known.join(', ')}` : 'no props'}`, at);
      continue;
    }
    if (typeof a.value !== 'string') {
      push(
        a.name,
        `is ${a.value === null || a.value === undefined ? 'given without a value' : 'code in { }'}; expected ${spec[a.name]!.expected}`,
        at,
      );
      continue;
    }
    values.set(a.name, a.value);
  }
  for (const [prop, s] of Object.entries(spec)) {
    const value = values.get(prop);
    if (value === undefined) {
      if (s.required && !problems.some((p) => p.field === `<${name}> ${prop}`)) push(prop, `is missing; expected ${s.expected}`);
      continue;
    }
    if (!value.trim()) {
      push(prop, `is empty; expected ${s.expected}`);
      continue;
    }
    if (s.kind === 'image') {
      const problem = imageProblem(value, ctx, 'image');
      if (problem) push(prop, problem, line, value);
      else {
        const heavy = imageWeightWarning(value, ctx, line);
        if (heavy) problems.push({ ...heavy, field: `<${name}> ${prop}` });
      }
    } else if (s.kind === 'one-of' && !s.options!.includes(value)) {
      push(prop, `${quote(value)} is not supported; expected ${s.expected}`, line, value);
    }
  }
  if (name === 'Video') {
    const provider = values.get('provider') as VideoProvider | undefined;
    const id = values.get('id');
    if (id && provider && provider in videoIdPatterns && !videoIdPatterns[provider].test(id)) {
      push(
        'id',
        `${quote(id)} is ${/[/:.]/.test(id) ? 'an address' : `not a ${provider} id`}; expected ${componentProps.Video.id.expected}`,
        line,
        id,
      );
    }
  }
  return problems;
}

let mdxParser: { parse(text: string): unknown } | undefined;

/** Parses an MDX body as Contentlayer's MDX compiler will; throws on invalid MDX. */
async function parseMdx(body: string): Promise<MdxNode> {
  if (!mdxParser) {
    const [{ unified }, { default: remarkParse }, { default: remarkMdx }] = await Promise.all([
      import('unified'),
      import('remark-parse'),
      import('remark-mdx'),
    ]);
    mdxParser = unified().use(remarkParse).use(remarkMdx).freeze();
  }
  return mdxParser.parse(body) as MdxNode;
}

/** The rules of an `.mdx` body: valid MDX, known components with valid props, no code, no raw scripts or frames. */
export async function checkMdxBody(body: string, ctx: BodyContext): Promise<BodyProblem[]> {
  let tree: MdxNode;
  try {
    tree = await parseMdx(body);
  } catch (error) {
    const e = error as { reason?: string; message?: string; line?: number; place?: { line?: number; start?: { line?: number } } };
    const reason = (e.reason ?? e.message ?? String(error)).split('\n')[0]!;
    return [
      {
        field: 'body',
        line: e.line ?? e.place?.line ?? e.place?.start?.line,
        message: `is not valid MDX (${reason}); expected components closed with /> and no stray { } or <`,
      },
    ];
  }
  const problems: BodyProblem[] = [];
  visit(tree as never, (node: MdxNode) => {
    const line = node.position?.start?.line;
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push({
          field: 'body',
          line,
          message: `contains an import or export statement, which would run code; expected only text and the components ${mdxComponentNames.map((n) => `<${n}>`).join(', ')}`,
        });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value ?? '')) {
          problems.push({
            field: 'body',
            line,
            value: `{${node.value}}`,
            message: `contains code in { }, which would run when the page is built; expected text (write a literal brace as \\{ )`,
          });
        }
        break;
      case 'link':
      case 'image': {
        const url = node.url ?? '';
        if (node.type === 'image') {
          const problem = imageProblem(url, ctx, 'image');
          if (problem) problems.push({ field: 'body', line, value: url, message: problem });
          else {
            const heavy = imageWeightWarning(url, ctx, line);
            if (heavy) problems.push(heavy);
          }
        } else {
          const problem =
            storyLinkProblem(url, ctx) ?? (/^\s*javascript:/i.test(url) ? `link ${quote(url)} runs code; expected an address` : null);
          if (problem) problems.push({ field: 'body', line, value: url, message: problem });
        }
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const attributes = node.attributes ?? [];
        if (/^[A-Z]/.test(name)) {
          if (name in componentProps) problems.push(...checkProps(name as keyof typeof componentProps, attributes, ctx, line));
          else
            problems.push({
              field: 'body',
              line,
              value: name,
              message: `uses an unknown component <${name}>; expected one of ${mdxComponentNames.map((n) => `<${n}>`).join(', ')}`,
            });
        } else if (forbiddenElements.has(name.toLowerCase())) {
          problems.push({
            field: 'body',
            line,
            value: name,
            message: `contains a <${name}> element, which would ${name === 'script' ? 'run code in readers’ browsers' : name === 'iframe' ? 'load another site' : 'change the page'}; expected text and the components ${mdxComponentNames.map((n) => `<${n}>`).join(', ')} (a video: <Video provider="youtube" id="…" title="…" />)`,
          });
        } else {
          for (const a of attributes) {
            if (a.type === 'mdxJsxAttribute' && a.value !== null && typeof a.value === 'object') {
              problems.push({
                field: 'body',
                line,
                value: a.name,
                message: `gives <${name}> ${a.name} from code in { }, which would run when the page is built; expected a value in quotes`,
              });
            } else if (a.name && /^on/i.test(a.name))
              problems.push({
                field: 'body',
                line,
                value: a.name,
                message: `gives <${name}> the event handler ${a.name}, which would run code; expected no event handlers`,
              });
            else if (a.name && /^(href|src|action|formaction)$/i.test(a.name) && typeof a.value === 'string') {
              const problem = /^\s*javascript:/i.test(a.value)
                ? `<${name}> ${a.name} ${quote(a.value)} runs code; expected an address`
                : storyLinkProblem(a.value, ctx);
              if (problem) problems.push({ field: 'body', line, value: a.value, message: problem });
            } else if (a.type !== 'mdxJsxAttribute') {
              problems.push({ field: 'body', line, message: `gives <${name}> props from code in { }; expected plain attributes` });
            }
          }
        }
        break;
      }
    }
  });
  return problems;
}
