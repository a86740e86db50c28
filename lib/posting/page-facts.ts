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
import { normalizeHeading, squash } from './text-lines';
import { readableLocation } from './location';

/** The page's own address: canonical link, then og:url. */
export function readPageUrl(doc: Document): string {
  const canonical = doc.querySelector(canonicalSelector)?.getAttribute('href') ?? '';
  return (canonical || doc.querySelector(ogUrlSelector)?.getAttribute('content') || '').trim();
}

/** Separators amazon.jobs puts between the parts of <title> and og:title. */
const titleSeparators = '|–—-';
const siteNames = ['amazon.jobs', 'amazon jobs'];

/** `text` without a trailing "<separator> Amazon.jobs", or unchanged. */
function dropSiteName(text: string): string {
  const lower = text.toLowerCase();
  const site = siteNames.find((name) => lower.endsWith(name));
  if (!site) return text;
  const before = text.slice(0, text.length - site.length).trimEnd();
  const last = before[before.length - 1];
  return last && titleSeparators.includes(last) ? before.slice(0, -1).trimEnd() : text;
}

/** `text` without a trailing " - Job ID: 123456" (any label, a separator with spaces around it). */
function dropJobIdTail(text: string): string {
  let digitsFrom = text.length;
  while (digitsFrom > 0 && /\d/.test(text[digitsFrom - 1]!)) digitsFrom--;
  if (text.length - digitsFrom < 4) return text;
  let sep = digitsFrom - 1;
  while (sep >= 0 && !titleSeparators.includes(text[sep]!)) sep--;
  if (sep < 1 || text[sep - 1] !== ' ' || text[sep + 1] !== ' ') return text;
  return text.slice(0, sep).trimEnd();
}

/**
 * Drops the site suffix and the "- Job ID: 123" tail that amazon.jobs puts in <title>.
 * Hand-written scans, no regular expression: titles come from the page, and the patterns this
 * replaced took seconds on a title of 50,000 digits or 100,000 spaces.
 */
export function cleanDocumentTitle(title: string): string {
  return dropJobIdTail(dropSiteName(squash(title)));
}

/** True when amazon.jobs cut the visible title to fit ("SDE I Intern , Amazon Universi…"). */
function looksCut(text: string): boolean {
  return text.endsWith('…') || text.endsWith('...');
}

/**
 * Title, full: h1.title's `title` attribute (the 2026 page cuts the visible text and keeps the
 * whole title there), then its visible text unless cut, og:title, any h1 outside the site
 * chrome, <title>; a cut visible title only when nothing else has one.
 */
export function readTitle(doc: Document): string {
  const heading = doc.querySelector(titleSelector);
  const visible = elementText(heading);
  const candidates = [
    () => squash(heading?.getAttribute('title') ?? ''),
    () => (looksCut(visible) ? '' : visible),
    () => cleanDocumentTitle(doc.querySelector(ogTitleSelector)?.getAttribute('content') ?? ''),
    () => {
      const h1 = [...doc.querySelectorAll('h1')].find((h) => !h.closest(chromeSelector));
      const text = elementText(h1);
      return looksCut(text) ? '' : text;
    },
    () => cleanDocumentTitle(elementText(doc.querySelector('title'))),
    () => visible,
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
  `(?:${jobIdLabels.map(escapeRegExp).join('|')})\\s*(?:[:：#]\\s*)?(\\d{4,12})(?!\\d)`,
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

/**
 * Every location in the location list (li items, else links, else lines), as people write
 * them ("Bengaluru, KA, India", not the page's "IND, KA, Bengaluru"), duplicates removed.
 */
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
  return [...new Set(items.map(readableLocation).filter(Boolean))];
}
