/**
 * Pages without an interactive island need none of Next.js's scripts: every feature of such a page
 * works as plain HTML (links, `<details>` menus, GET forms), so their scripts are taken out and the
 * page ships no JavaScript. Parsed with htmlparser2, and only the script elements are cut from the
 * document's text: everything else stays byte for byte as Next.js rendered it. A page that marks
 * an island (`data-island`, the search box, the click-to-load video) keeps everything.
 */
import { Parser } from 'htmlparser2';

/**
 * True for the `<link>` elements that preload a script.
 * @param {Record<string, string>} attributes
 */
function preloadsScript(attributes) {
  const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
  return rel.includes('modulepreload') || (rel.includes('preload') && (attributes.as ?? '').toLowerCase() === 'script');
}

/**
 * The document without its scripts (JSON-LD kept) and without the links that preload them; the
 * document unchanged when it has an island or is not HTML that parses as expected.
 * @param {string} html
 * @returns {string}
 */
export function withoutScripts(html) {
  /** @type {[number, number][]} */
  const cuts = [];
  let island = false;
  let scriptStart = -1;
  let keepScript = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if ('data-island' in attributes) island = true;
        if (name === 'script') {
          scriptStart = parser.startIndex;
          keepScript = (attributes.type ?? '').toLowerCase() === 'application/ld+json';
        } else if (name === 'link' && preloadsScript(attributes)) {
          cuts.push([parser.startIndex, parser.endIndex + 1]);
        }
      },
      onclosetag(name, isImplied) {
        if (name !== 'script') return;
        if (!keepScript && scriptStart >= 0 && !isImplied) cuts.push([scriptStart, parser.endIndex + 1]);
        scriptStart = -1;
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  if (island || !cuts.length) return html;
  let out = '';
  let at = 0;
  for (const [start, end] of cuts) {
    if (start < at) return html;
    out += html.slice(at, start);
    at = end;
  }
  return out + html.slice(at);
}
