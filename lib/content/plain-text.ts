/** A body's plain text (a computed field of every story and page), for search and its snippets. */

/** A block ending with one of these (before closing quotes or brackets) gets no full stop. */
const endsClause = /[.!?…:;,·\u0387\u037e]["'”’»)\]]*$/u;

/** Attributes of MDX components whose text readers see or hear: kept, each as its own sentence. */
const textAttributes = new Set(['alt', 'caption', 'title']);
const component = /<([A-Z][\w.]*)((?:\s+[\w:.-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{(?:[^{}]|\{[^{}]*\})*\}))?)*)\s*\/?>/g;
const attribute = /([\w:.-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*(?:"([^"]*)"|'([^']*)')\s*\}|\{(?:[^{}]|\{[^{}]*\})*\}))?/g;
const inlineTags = 'a|abbr|b|bdi|bdo|cite|code|data|del|dfn|em|i|ins|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var|wbr';
const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
};
/** Escaped punctuation (`\*`) is kept as a private-use pair while markers are removed. */
const escaped = (c: string) => `\uE000${String.fromCharCode(0xe100 + c.charCodeAt(0))}`;

/** One block's text: links and images become their text, emphasis and code markers go, nothing added. */
function inline(text: string): string {
  return text
    .replace(/\\([!-/:-@[-`{-~])/g, (_, c: string) => escaped(c))
    .replace(/\\(?=\s|$)/g, '')
    .replace(/!\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/!\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/`+|\*+|~~+/g, '')
    .replace(/(^|[^\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '$1')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, name: string) => {
      const code = name[0] === '#' ? (name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))) : NaN;
      return Number.isNaN(code) ? (entities[name.toLowerCase()] ?? all) : code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    })
    .replace(/\uE000([\uE100-\uE17F])/g, (_, c: string) => String.fromCharCode(c.charCodeAt(0) - 0xe100))
    .replace(/\s+/g, ' ')
    .trim();
}

/** A table row's cells, joined with a dash (or a space after a cell that ends with punctuation). */
function tableRow(line: string): string {
  const cells = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
    .map(inline)
    .filter(Boolean);
  return cells.reduce((row, cell) => (row ? `${row}${endsClause.test(row) ? ' ' : ' – '}${cell}` : cell), '');
}

const delimiterRow = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/**
 * Plain text of a Markdown/MDX body, for indexing and snippets: no syntax, no components, no URLs,
 * and the text's own spacing and punctuation. Emphasis, strong and code markers are removed without
 * adding spaces (`**FOR-EU4All**, that` → `FOR-EU4All, that`). Every block (heading, paragraph, list
 * item, table row, a component's alt text and caption) is a sentence: one that ends without
 * punctuation gets a full stop, so a heading is never glued to the next sentence (`## Room for
 * improvement` → `Room for improvement. The report…`). A line break inside a paragraph is a space;
 * table cells are separated by a dash. Code blocks, comments and MDX imports are left out.
 */
export function plainText(markdown: string): string {
  const source = markdown
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[`~]*[ \t]*$|(?![\s\S]))/gm, '\n\n')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/^import\s[^\n]*\bfrom\s*['"][^'"\n]+['"];?[ \t]*$/gm, '')
    .replace(/^export\s+(?:const|let|var|function|default)\b[^\n]*$/gm, '')
    .replace(component, (_, _name: string, attrs: string) => {
      const texts: string[] = [];
      for (const a of attrs.matchAll(attribute)) {
        const value = (a[2] ?? a[3] ?? a[4] ?? a[5] ?? '').trim();
        if (textAttributes.has(a[1]!) && value && !texts.includes(value)) texts.push(value);
      }
      return `\n\n${texts.join('\n\n')}\n\n`;
    })
    .replace(/<\/?[A-Z][^>]*>/g, '\n\n')
    .replace(/[ \t]*<[a-z][a-z0-9+.-]*:[^\s<>]*>/gi, '')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(new RegExp(`</?(?:${inlineTags})\\b[^>]*>`, 'gi'), '')
    .replace(/<\/?[a-z][\w-]*\b[^>]*>/gi, '\n\n');
  const blocks: string[] = [];
  let lines: string[] = [];
  let table = false;
  const paragraph = () => {
    if (lines.length) blocks.push(inline(lines.join(' ')));
    lines = [];
  };
  for (const raw of source.split('\n')) {
    const line = raw.replace(/^\s{0,3}(?:>\s?)+/, '');
    if (!line.trim()) {
      paragraph();
      table = false;
    } else if (line.includes('|') && delimiterRow.test(line)) {
      // The line before was the table's header row.
      const header = lines.pop();
      paragraph();
      if (header !== undefined) blocks.push(tableRow(header));
      table = true;
    } else if (table || /^\s*\|.*\|\s*$/.test(line)) {
      paragraph();
      blocks.push(tableRow(line));
    } else if (/^\s{0,3}(?:(?:[-*_]\s*){3,}|=+\s*)$/.test(line)) {
      // A thematic break, or the underline of a heading: the block ends here.
      paragraph();
    } else {
      const heading = /^\s{0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$/.exec(line);
      const item = heading ? null : /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?(.*)$/.exec(line);
      if (heading) {
        paragraph();
        blocks.push(inline(heading[1] ?? ''));
      } else if (item) {
        paragraph();
        lines.push(item[1]!);
      } else {
        lines.push(line);
      }
    }
  }
  paragraph();
  return blocks
    .filter(Boolean)
    .map((b) => (endsClause.test(b) ? b : `${b}.`))
    .join(' ');
}
