import { nodeLines, textPrefix } from './dom-text';
import type { SectionField } from './section-headings';
import { headingSelector, sidebarSelector } from './selectors';
import { classifyHeading } from './text-lines';

export type SectionLines = Partial<Record<SectionField, string[]>>;

const majorHeading = /^h[1-3]$/i;
/** How far up from a wrapped heading (`<div><h2>…</h2></div>`) to look for its text. */
const maxClimb = 3;

/** Headings are short: a longer text is never one, so no more than this is read per element. */
const headingChars = 61;
/** Tries per field; a page with thousands of empty "Description" headings stays linear. */
const maxTries = 5;

function isHeadingFor(el: Element): SectionField | null {
  return classifyHeading(textPrefix(el, headingChars));
}

/** The 2026 page's side column ("Job details", locations) sits next to the content column. */
function isSidebar(el: Element): boolean {
  return el.matches(sidebarSelector) || el.querySelector(sidebarSelector) !== null;
}

/** True when `node` ends the current section: another h1-h3, or a block holding a known heading. */
function endsSection(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  if (majorHeading.test(el.tagName) || isSidebar(el)) return true;
  for (const inner of el.querySelectorAll(headingSelector)) {
    if (isHeadingFor(inner)) return true;
  }
  return false;
}

/** The nodes after `start` among its siblings, up to whatever ends the section. */
function followingNodes(start: Node): Node[] {
  const nodes: Node[] = [];
  for (let n = start.nextSibling; n && !endsSection(n); n = n.nextSibling) nodes.push(n);
  return nodes;
}

/**
 * The text under one heading: its following siblings; when the heading sits alone in a
 * wrapper, the wrapper's following siblings, climbing a few levels at most.
 */
function sectionText(heading: Element): string[] {
  let at: Element | null = heading;
  for (let level = 0; at && level <= maxClimb && !at.matches(sidebarSelector); level++) {
    const lines = nodeLines(followingNodes(at));
    if (lines.length > 0) return lines;
    at = at.parentElement;
  }
  return [];
}

/**
 * Description and qualification sections under `root`, matched by heading text in any
 * supported locale (so renamed classes do not matter). The first heading per field wins.
 * Known false positive: a bold line that reads exactly "Description" inside another section.
 */
export function findSections(root: ParentNode, found: SectionLines = {}): SectionLines {
  const tries: Partial<Record<SectionField, number>> = {};
  for (const el of root.querySelectorAll(headingSelector)) {
    const field = isHeadingFor(el);
    if (!field || found[field]?.length || (tries[field] ?? 0) >= maxTries) continue;
    if (el.closest(sidebarSelector)) continue;
    tries[field] = (tries[field] ?? 0) + 1;
    found[field] = sectionText(el);
  }
  return found;
}
