/**
 * The typography rules of lib/typography for a body (Markdown or MDX), as a rehype plugin: quotes,
 * apostrophes and (in French) no-break spaces in all text; soft hyphens in headings (h1–h4) and,
 * if asked, in the long words of paragraphs.
 *
 * The text of a block is read as one string across its inline elements, so `"<em>x</em>"` pairs
 * its quotes and `<a>lien</a> !` gets its space, and the edits go back into the text nodes they
 * belong to. Never touched: code, pre, kbd, samp, var, script, style and the like (they stand in
 * the text as an opaque character, seen as context but never changed), attribute values (href,
 * src, alt, MDX props) and MDX expressions. An element with a `lang` of another locale gets that
 * locale's rules; one in a language the site does not serve is left alone.
 *
 * Register it after rehype-slug: slugs (and anything else read from the headings' text) must be
 * made from the text without soft hyphens.
 */
import { isLocale, type Locale } from '../i18n/locales';
import { OPAQUE } from './chars';
import { applyEdits, applyEditsToSegments } from './edits';
import { defaultMinWordLength, type HyphenateOptions } from './hyphenation';
import { rulesFor, type Rule } from './rules';

export type RehypeTypographyOptions = {
  /** The document's language. Default: the first folder of Contentlayer's `sourceFilePath` (`fr/news/x.md` → fr). */
  locale?: Locale;
  /** Elements whose words get soft hyphens (default h1–h4). */
  headings?: readonly string[];
  /** Minimum word length for soft hyphens in headings (default `defaultMinWordLength`). */
  minWordLength?: number;
  /** Soft hyphens in paragraphs, lists, quotes, captions and table cells too: `true` for words of 14 letters or more, or options. Default off. */
  paragraphs?: boolean | HyphenateOptions;
  /**
   * MDX component props that are displayed text, e.g. `{ Figure: ['caption'] }`: their string
   * values get quotes, apostrophes and French spacing (no soft hyphens). Default none: props are
   * attribute values and are left alone unless named here.
   */
  componentText?: Readonly<Record<string, readonly string[]>>;
};

type Node = {
  type: string;
  value?: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
};
/** A vfile, as far as this plugin reads it (Contentlayer puts `rawDocumentData` in its data). */
type File = { data?: object };

/** Never read nor written: code and anything that is not prose. */
const opaqueElements = new Set([
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'tt',
  'script',
  'style',
  'template',
  'noscript',
  'textarea',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'canvas',
  'select',
  'button',
  'input',
  'br',
  'wbr',
  'img',
  'picture',
  'hr',
]);
/** Phrasing elements: their text continues the text around them. */
const inlineElements = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'label',
  'mark',
  'q',
  'ruby',
  'rb',
  'rp',
  'rt',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
]);
const paragraphElements = new Set(['p', 'li', 'dt', 'dd', 'blockquote', 'figcaption', 'caption', 'td', 'th', 'summary']);
const defaultHeadings = ['h1', 'h2', 'h3', 'h4'];
const paragraphMinWordLength = 14;

/** A block's text: its text nodes in order, with `null` for an opaque stretch. */
type Run = (Node | null)[];

export function rehypeTypography(options: RehypeTypographyOptions = {}) {
  const headings = new Set(options.headings ?? defaultHeadings);
  const headingHyphens: HyphenateOptions = { minWordLength: options.minWordLength ?? defaultMinWordLength };
  const paragraphHyphens: HyphenateOptions | false =
    options.paragraphs === true ? { minWordLength: paragraphMinWordLength } : options.paragraphs ? options.paragraphs : false;
  const ruleCache = new Map<string, Rule[]>();
  const rules = (locale: Locale, kind: 'heading' | 'paragraph' | 'plain') => {
    const key = `${locale}:${kind}`;
    let r = ruleCache.get(key);
    if (!r) {
      const hyphenate = kind === 'heading' ? headingHyphens : kind === 'paragraph' ? paragraphHyphens : false;
      ruleCache.set(key, (r = rulesFor(locale, { hyphenate })));
    }
    return r;
  };

  return (tree: unknown, file?: File) => {
    const locale = options.locale ?? localeOfFile(file);
    if (!locale) return;

    const kindOf = (node: Node): 'heading' | 'paragraph' | 'plain' =>
      node.type === 'element' && node.tagName
        ? headings.has(node.tagName)
          ? 'heading'
          : paragraphHyphens && paragraphElements.has(node.tagName)
            ? 'paragraph'
            : 'plain'
        : 'plain';

    const flush = (run: Run, locale: Locale, kind: 'heading' | 'paragraph' | 'plain') => {
      if (!run.some((n) => n?.value)) return;
      let segments = run.map((n) => (n ? (n.value ?? '') : OPAQUE));
      const opaque = run.map((n) => n === null);
      for (const rule of rules(locale, kind)) {
        const edits = rule(segments.join(''));
        if (edits.length) segments = applyEditsToSegments(segments, edits, opaque);
      }
      run.forEach((n, i) => {
        if (n) n.value = segments[i]!;
      });
    };

    const typesetProps = (node: Node, locale: Locale) => {
      const names = node.name ? options.componentText?.[node.name] : undefined;
      if (!names?.length) return;
      for (const a of node.attributes ?? []) {
        if (a.type !== 'mdxJsxAttribute' || !a.name || !names.includes(a.name) || typeof a.value !== 'string') continue;
        let value: string = a.value;
        for (const rule of rules(locale, 'plain')) value = applyEdits(value, rule(value));
        a.value = value;
      }
    };

    /** Adds `node`'s children to `run`; block children are set as blocks of their own. */
    const collect = (node: Node, run: Run, locale: Locale, kind: 'heading' | 'paragraph' | 'plain') => {
      for (const child of node.children ?? []) {
        if (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') typesetProps(child, locale);
        if (child.type === 'text') {
          run.push(child);
          continue;
        }
        if (child.type === 'element' && opaqueElements.has(child.tagName ?? '')) {
          run.push(null);
          continue;
        }
        const lang = langOf(child);
        if (lang !== undefined && lang !== locale) {
          // Another language: its own rules, and opaque to the text around it.
          run.push(null);
          if (isLocale(lang)) block(child, lang);
          continue;
        }
        if (child.type === 'element') {
          const tag = child.tagName ?? '';
          if (inlineElements.has(tag)) collect(child, run, locale, kind);
          else {
            flush(run.splice(0), locale, kind);
            block(child, locale);
          }
        } else if (child.type === 'mdxJsxTextElement') {
          collect(child, run, locale, kind);
        } else if (child.children) {
          // mdxJsxFlowElement (a component's children are blocks of their own) or any other parent.
          flush(run.splice(0), locale, kind);
          block(child, locale);
        } else if (child.type === 'comment') {
          // Not rendered: no context either way.
        } else {
          // mdxTextExpression, raw HTML and the like: context only.
          run.push(null);
        }
      }
    };

    const block = (node: Node, locale: Locale) => {
      const kind = kindOf(node);
      const run: Run = [];
      collect(node, run, locale, kind);
      flush(run, locale, kind);
    };

    block(tree as Node, locale);
  };
}

/** `fr/news/x.md` → `fr`, from the raw document data Contentlayer adds to every vfile. */
function localeOfFile(file: File | undefined): Locale | undefined {
  const path = (file?.data as { rawDocumentData?: { sourceFilePath?: unknown } } | undefined)?.rawDocumentData?.sourceFilePath;
  if (typeof path !== 'string') return undefined;
  const first = path.replace(/\\/g, '/').split('/')[0];
  return isLocale(first) ? first : undefined;
}

/** The primary language subtag of an element's `lang` (`en-GB` → `en`), if it has one. */
function langOf(node: Node): string | undefined {
  let lang: unknown;
  if (node.type === 'element') lang = node.properties?.lang;
  else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
    lang = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'lang')?.value;
  return typeof lang === 'string' && lang ? lang.split(/[-_]/)[0]!.toLowerCase() : undefined;
}
