/**
 * Elements whose text is code, styling, embedded content or a control, never posting content.
 * One list for both readers of a posting: the page's DOM (dom-text.ts) and an HTML string from the
 * search JSON (strip-tags.ts). A description that carries `<button>Apply</button>` or an inline
 * `<svg>` must read the same either way.
 */
export const skippedTags: ReadonlySet<string> = new Set([
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

/** Of those, the one that never has content or a closing tag: only the tag itself goes. */
export const voidSkippedTags: ReadonlySet<string> = new Set(['embed']);
