/**
 * Plain text out of page nodes, line by line, the way a reader sees it: `<br>` and block
 * elements break lines, script-like elements are skipped entirely. Reads text nodes only
 * (never markup), so escaped "<img onerror=...>" in a posting stays literal text.
 */

const textNode = 3;
const elementNode = 1;
/** Elements whose text is code, styling or controls, never posting content. */
const skippedTags = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'button',
  'select',
  'textarea',
]);
const lineBreakTags = new Set([
  'br',
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'main',
  'nav',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'tr',
  'blockquote',
  'pre',
  'hr',
  'form',
  'figure',
  'figcaption',
  'details',
  'summary',
]);
/** Deeper than any real page; stops a hostile page from exhausting the stack. */
const maxDepth = 200;
/** Enough for every field's cap with room to spare; later text is not read. */
const maxChars = 200_000;

interface Collector {
  lines: string[];
  current: string;
  chars: number;
}

function breakLine(c: Collector): void {
  const line = c.current.replace(/\s+/g, ' ').trim();
  if (line) c.lines.push(line);
  c.current = '';
}

function visit(node: Node, c: Collector, depth: number): void {
  if (c.chars > maxChars || depth > maxDepth) return;
  if (node.nodeType === textNode) {
    const text = node.nodeValue ?? '';
    c.current += text;
    c.chars += text.length;
    return;
  }
  if (node.nodeType !== elementNode) return;
  const el = node as Element;
  const tag = el.tagName.toLowerCase();
  if (skippedTags.has(tag) || el.hasAttribute('hidden')) return;
  const breaks = lineBreakTags.has(tag);
  if (breaks) breakLine(c);
  for (let child = el.firstChild; child; child = child.nextSibling) visit(child, c, depth + 1);
  if (breaks) breakLine(c);
}

/** The visible text lines of `nodes`, in order, whitespace collapsed, empty lines dropped. */
export function nodeLines(nodes: Iterable<Node>): string[] {
  const c: Collector = { lines: [], current: '', chars: 0 };
  for (const node of nodes) visit(node, c, 0);
  breakLine(c);
  return c.lines;
}

/** An element's visible text on one line ('' for null). */
export function elementText(el: Element | null | undefined): string {
  return el ? nodeLines([el]).join(' ') : '';
}
