/**
 * HTML-ish text (amazon.jobs search-API fields) to plain lines without a DOM, for Node and
 * extension pages alike. `<br>` and block tags break lines, script/style blocks are dropped
 * with their contents, other tags are removed, and entities are decoded once, after
 * stripping, so "&lt;script&gt;" comes out as the literal text "<script>", never markup.
 * Also accepts plain text: newlines are line breaks either way.
 */

import { skippedTags, voidSkippedTags } from './skipped-tags';
import { squash } from './text-lines';

const entityNames: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  bull: '•',
  middot: '·',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
};

function decodeCodePoint(code: number, original: string): string {
  const valid = Number.isInteger(code) && code > 0 && code <= 0x10ffff;
  return valid && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : original;
}

/** Decodes named (common ones), decimal and hex entities in one pass; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, body: string) => {
    if (body[0] !== '#') return entityNames[body.toLowerCase()] ?? whole;
    const hex = body[1] === 'x' || body[1] === 'X';
    return decodeCodePoint(parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10), whole);
  });
}

/** Elements that start or end a line. */
const breakingTags = new Set([
  'br',
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'section',
  'article',
  'blockquote',
  'pre',
  'hr',
]);

const isLetter = (c: string | undefined) => c !== undefined && /[a-z]/i.test(c);
const isNameChar = (c: string | undefined) => c !== undefined && /[a-z0-9-]/i.test(c);

/**
 * Text with tags removed, block tags turned into newlines and dropped blocks gone. One pass with
 * indexOf, no backtracking regular expression, so it stays linear on hostile input (a megabyte of
 * unclosed "<br" or "<script " used to take minutes). A "<" that does not start a tag, or a tag
 * never closed by ">", stays as text, as before.
 */
function stripTags(html: string): string {
  const lower = html.toLowerCase();
  const out: string[] = [];
  // Text since the last tag, copied in one slice when the next tag (or the end) is reached.
  let textFrom = 0;
  let i = 0;
  // The next ">" at or after i; -1 once there is none left. Searching again only after passing
  // it keeps the total work linear however many "<" there are.
  let nextClose = html.indexOf('>');
  const closeAfter = (from: number): number => {
    if (nextClose !== -1 && nextClose < from) nextClose = html.indexOf('>', from);
    return nextClose;
  };
  const skipTo = (lt: number, next: number, replacement: string) => {
    out.push(html.slice(textFrom, lt), replacement);
    textFrom = next;
    i = next;
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      skipTo(lt, end === -1 ? html.length : end + 3, '');
      continue;
    }
    const slash = html[lt + 1] === '/';
    const nameStart = lt + (slash ? 2 : 1);
    const bang = !slash && html[lt + 1] === '!';
    if (!bang && !isLetter(html[nameStart])) {
      i = lt + 1; // a lone "<" is text
      continue;
    }
    const gt = closeAfter(lt);
    if (gt === -1) break; // never closed: the rest is text
    let nameEnd = nameStart;
    while (nameEnd < gt && isNameChar(html[nameEnd])) nameEnd++;
    const name = lower.slice(nameStart, nameEnd);
    // Skipped elements go with everything inside them, up to their closing tag (or the end);
    // a void one (`<embed ...>`) or a self-closed `<svg ... />` has nothing inside. As in a browser,
    // "/>" closes nothing else: `<script/>` still runs to `</script>`.
    const selfClosed = voidSkippedTags.has(name) || (name === 'svg' && html[gt - 1] === '/');
    if (!bang && !slash && skippedTags.has(name) && !selfClosed) {
      const end = lower.indexOf(`</${name}`, gt + 1);
      const endGt = end === -1 ? -1 : closeAfter(end);
      skipTo(lt, endGt === -1 ? html.length : endGt + 1, '\n');
      continue;
    }
    skipTo(lt, gt + 1, !bang && breakingTags.has(name) ? '\n' : '');
  }
  out.push(html.slice(textFrom));
  return out.join('');
}

/** Plain text lines of an HTML or plain-text field; whitespace collapsed, empty lines dropped. */
export function htmlToLines(html: string): string[] {
  return decodeEntities(stripTags(html))
    .split(/\r\n|\r|\n/)
    .map((line) => squash(line))
    .filter(Boolean);
}
