/**
 * HTML-ish text (amazon.jobs search-API fields) to plain lines without a DOM, for Node and
 * extension pages alike. `<br>` and block tags break lines, script/style blocks are dropped
 * with their contents, other tags are removed, and entities are decoded once, after
 * stripping, so "&lt;script&gt;" comes out as the literal text "<script>", never markup.
 * Also accepts plain text: newlines are line breaks either way.
 */

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

const droppedBlocks = /<(script|style|noscript|template|iframe)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const comments = /<!--[\s\S]*?(?:-->|$)/g;
const breakingTags =
  /<\/?(?:br|p|div|li|ul|ol|dl|dt|dd|h[1-6]|tr|table|section|article|blockquote|pre|hr)\b[^>]*>/gi;
const anyTag = /<\/?[a-z][^>]*>|<![^>]*>/gi;

/** Plain text lines of an HTML or plain-text field; whitespace collapsed, empty lines dropped. */
export function htmlToLines(html: string): string[] {
  const text = html
    .replace(droppedBlocks, '\n')
    .replace(comments, '')
    .replace(breakingTags, '\n')
    .replace(anyTag, '');
  return decodeEntities(text)
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
