/**
 * `text` without the trailing characters that `charClass` (a one-character class such as
 * `/[\s,;:]/`, no `g` flag) matches. A loop from the end, because a pattern like `/[\s.;:]+$/`
 * restarts at every character of a long run that does not reach the end: quadratic on hostile
 * text (a story of 20,000 dots took over a second in one such replace).
 */
export function trimEndMatching(text: string, charClass: RegExp): string {
  let end = text.length;
  while (end > 0) {
    const code = text.charCodeAt(end - 1);
    // Step over a whole surrogate pair so `\p{L}` classes see the real character.
    const width = code >= 0xdc00 && code <= 0xdfff && end > 1 ? 2 : 1;
    if (!charClass.test(text.slice(end - width, end))) break;
    end -= width;
  }
  return text.slice(0, end);
}

/** `text` without leading characters that `charClass` matches (see `trimEndMatching`). */
export function trimStartMatching(text: string, charClass: RegExp): string {
  let start = 0;
  while (start < text.length) {
    const code = text.charCodeAt(start);
    const width = code >= 0xd800 && code <= 0xdbff && start + 1 < text.length ? 2 : 1;
    if (!charClass.test(text.slice(start, start + width))) break;
    start += width;
  }
  return text.slice(start);
}

/**
 * `text` with every run of three or more white-space characters squeezed to one space (or one
 * line break, when the run held one). Phrase patterns that are linear on ordinary prose are not
 * on thousands of spaces in a row; nothing a person writes needs the run.
 */
export function squeezeSpaceRuns(text: string): string {
  return text.replace(/\s{3,}/g, (run) => (run.includes('\n') ? '\n' : ' '));
}
