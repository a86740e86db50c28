/**
 * Plain text out of page nodes, line by line, the way a reader sees it: `<br>` and block
 * elements break lines, script-like elements are skipped entirely. Reads text nodes only
 * (never markup), so escaped "<img onerror=...>" in a posting stays literal text.
 */

import { skippedTags } from './skipped-tags';
import { stripInvisible } from './text-lines';

const textNode = 3;
const elementNode = 1;
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
/** Deeper than any real page; text nested deeper is not read. */
const maxDepth = 200;
/** Enough for every field's cap with room to spare; later text is not read. */
const maxChars = 200_000;

interface Collector {
  lines: string[];
  current: string;
  chars: number;
}

function breakLine(c: Collector): void {
  const line = stripInvisible(c.current).replace(/\s+/g, ' ').trim();
  if (line) c.lines.push(line);
  c.current = '';
}

/** A step of the walk: enter a node, or close an element (its closing line break). */
type Step = { node: Node; depth: number; closing: boolean };

/**
 * Walks `root` in document order with an explicit stack, never recursion, so a hostile page
 * nested thousands of levels deep cannot exhaust the call stack.
 */
function visit(root: Node, c: Collector): void {
  const stack: Step[] = [{ node: root, depth: 0, closing: false }];
  while (stack.length > 0 && c.chars <= maxChars) {
    const { node, depth, closing } = stack.pop()!;
    if (closing) {
      breakLine(c);
      continue;
    }
    if (node.nodeType === textNode) {
      const text = node.nodeValue ?? '';
      c.current += text;
      c.chars += text.length;
      continue;
    }
    if (node.nodeType !== elementNode || depth > maxDepth) continue;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (skippedTags.has(tag) || el.hasAttribute('hidden')) continue;
    const breaks = lineBreakTags.has(tag);
    if (breaks) {
      breakLine(c);
      stack.push({ node, depth, closing: true });
    }
    // Children pushed last-first so they pop in document order.
    for (let child = el.lastChild; child; child = child.previousSibling) {
      stack.push({ node: child, depth: depth + 1, closing: false });
    }
  }
}

/** The visible text lines of `nodes`, in order, whitespace collapsed, empty lines dropped. */
export function nodeLines(nodes: Iterable<Node>): string[] {
  const c: Collector = { lines: [], current: '', chars: 0 };
  for (const node of nodes) visit(node, c);
  breakLine(c);
  return c.lines;
}

/** An element's visible text on one line ('' for null). */
export function elementText(el: Element | null | undefined): string {
  return el ? nodeLines([el]).join(' ') : '';
}

/**
 * Up to `max` characters of `el`'s text (all of it, script included, like textContent), read
 * without building the whole string: enough to tell whether a short label is a heading.
 */
export function textPrefix(el: Node, max: number): string {
  let out = '';
  const stack: Node[] = [el];
  while (stack.length > 0 && out.length <= max) {
    const node = stack.pop()!;
    if (node.nodeType === textNode) out += node.nodeValue ?? '';
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return out;
}

/**
 * True when `root` nests elements deeper than `limit`. Iterative, and cheap (one pass that
 * stops at the first too-deep element): DOM libraries such as happy-dom walk recursively in
 * querySelector, so a page this deep must be refused before any query runs.
 */
export function nestedDeeperThan(root: Node, limit: number): boolean {
  const stack: { node: Node; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > limit) return true;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === elementNode) stack.push({ node: child, depth: depth + 1 });
    }
  }
  return false;
}
