// HTML (a feed item's content, or Readability's extracted article) -> plain
// text with one paragraph per block element. Paragraph breaks are written as
// "\n\n" and line breaks as "\n"; normalizeText() then squeezes whitespace,
// so the result follows the Article.text convention.
import { linkedomLibrary } from './libraries.ts';

/** Elements that end a paragraph: their text starts and ends on its own block. */
const blockElements = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);

/** Elements whose content is never article text. */
const droppedElements = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas',
  'head', 'title', 'meta', 'link', 'button', 'select', 'textarea', 'input', 'video', 'audio', 'map',
]);

/** Table cells sit side by side: a space between them, not a paragraph. */
const cellElements = new Set(['td', 'th']);

const elementNode = 1;
const textNode = 3;
const cdataNode = 4;

const paragraphBreak = '\n\n';
const lineBreak = '\n';

/** Convert an HTML fragment or document to paragraph text (entities decoded, markup gone). */
export function htmlToText(html: string): string {
  // Plain text needs no DOM: the common case for titles and short summaries.
  if (!/[<&]/.test(html)) return html;
  const { document } = linkedomLibrary().parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return nodeToText(document.body as unknown as Node);
}

/** The text of a DOM subtree with block structure kept as paragraph breaks. */
function nodeToText(root: Node): string {
  const out: string[] = [];
  collect(root, out, false);
  return out.join('');
}

function collect(node: Node, out: string[], preformatted: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === textNode || child.nodeType === cdataNode) {
      const data = (child as CharacterData).data;
      // HTML source whitespace (indentation, newlines) is a single space unless inside <pre>;
      // &nbsp; becomes a plain space too, which is how the tokenizer should see it.
      out.push(preformatted ? data.replace(/\n/g, lineBreak) : data.replace(/\s+/g, ' '));
      continue;
    }
    if (child.nodeType !== elementNode) continue;
    const tag = (child as Element).localName.toLowerCase();
    if (droppedElements.has(tag)) continue;
    if (tag === 'br') {
      out.push(lineBreak);
    } else if (blockElements.has(tag)) {
      out.push(paragraphBreak);
      collect(child, out, preformatted || tag === 'pre');
      out.push(paragraphBreak);
    } else if (cellElements.has(tag)) {
      out.push(' ');
      collect(child, out, preformatted);
      out.push(' ');
    } else {
      collect(child, out, preformatted);
    }
  }
}
