import { elementText, nodeLines } from './dom-text';
import { jobIdLabels } from './section-headings';
import {
  canonicalSelector,
  categoryLinkSelector,
  categorySelector,
  chromeSelector,
  locationLinkSelector,
  locationSelector,
  metaSelector,
  ogTitleSelector,
  ogUrlSelector,
  teamLinkSelector,
  teamSelector,
  titleSelector,
} from './selectors';
import { normalizeHeading } from './text-lines';

/** The page's own address: canonical link, then og:url. */
export function readPageUrl(doc: Document): string {
  const canonical = doc.querySelector(canonicalSelector)?.getAttribute('href') ?? '';
  return (canonical || doc.querySelector(ogUrlSelector)?.getAttribute('content') || '').trim();
}

/** Drops the site suffix and the "- Job ID: 123" tail that amazon.jobs puts in <title>. */
function cleanDocumentTitle(title: string): string {
  return title
    .replace(/\s*[|–-]\s*amazon\.jobs\s*$/i, '')
    .replace(/\s+[|–-]\s+[^|–-]*\d{4,}\s*$/, '')
    .trim();
}

/** Title: h1.title, then og:title, then any h1 outside the site chrome, then <title>. */
export function readTitle(doc: Document): string {
  const candidates = [
    () => elementText(doc.querySelector(titleSelector)),
    () => cleanDocumentTitle(doc.querySelector(ogTitleSelector)?.getAttribute('content') ?? ''),
    () => elementText([...doc.querySelectorAll('h1')].find((h) => !h.closest(chromeSelector))),
    () => cleanDocumentTitle(elementText(doc.querySelector('title'))),
  ];
  for (const read of candidates) {
    const title = read().trim();
    if (title) return title;
  }
  return '';
}

/** Job id and company from the meta line ("Job ID: 2904517 | Amazon.com Services LLC"), any locale. */
export function readMeta(doc: Document): { jobId: string; company: string } {
  const text = elementText(doc.querySelector(metaSelector));
  const jobId = /(?:^|\D)(\d{4,12})(?!\d)/.exec(text)?.[1] ?? '';
  const parts = text.split('|');
  const company = parts.length > 1 ? (parts[parts.length - 1] ?? '').trim() : '';
  return { jobId, company };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const labelledId = new RegExp(
  `(?:${jobIdLabels.map(escapeRegExp).join('|')})\\s*[:：#]?\\s*(\\d{4,12})(?!\\d)`,
);

/** Last resort: a "<label> 123456" line anywhere in `root`, label in any supported locale. */
export function readLabelledJobId(root: Node): string {
  for (const line of nodeLines([root])) {
    const id = labelledId.exec(normalizeHeading(line))?.[1];
    if (id) return id;
  }
  return '';
}

/** Links matching `selector` that are not part of the site's header, nav or footer. */
function contentLinks(doc: Document, selector: string): Element[] {
  return [...doc.querySelectorAll(selector)].filter((a) => !a.closest(chromeSelector));
}

/** The single value of an association block (its first link, else its text), or a class-free link. */
function readAssociation(doc: Document, selector: string, linkSelector: string): string {
  const box = doc.querySelector(selector);
  if (box) return elementText(box.querySelector('a') ?? box);
  return elementText(contentLinks(doc, linkSelector)[0]);
}

export function readCategory(doc: Document): string {
  return readAssociation(doc, categorySelector, categoryLinkSelector);
}

export function readTeam(doc: Document): string {
  return readAssociation(doc, teamSelector, teamLinkSelector);
}

/** Every location in the location list (li items, else links, else lines), duplicates removed. */
export function readLocations(doc: Document): string[] {
  const box = doc.querySelector(locationSelector);
  let items: string[];
  if (box) {
    const entries = box.querySelectorAll('li');
    const links = box.querySelectorAll('a');
    if (entries.length > 0) items = [...entries].map((li) => elementText(li));
    else if (links.length > 0) items = [...links].map((a) => elementText(a));
    else items = nodeLines([box]);
  } else {
    items = contentLinks(doc, locationLinkSelector).map((a) => elementText(a));
  }
  return [...new Set(items.filter(Boolean))];
}
