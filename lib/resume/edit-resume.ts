/**
 * Puts an edited bullet back into the resume text: lines [lineStart, lineEnd) become one line
 * with the original marker and indentation ("• ", "- ", "1. "), so the rest of the resume and
 * its layout stay as the user wrote them. Newlines typed into the bullet become spaces.
 */
export function replaceBullet(
  text: string,
  lineStart: number,
  lineEnd: number,
  bullet: string,
): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lineStart < 0 || lineEnd > lines.length || lineStart >= lineEnd) return text;
  const prefix =
    /^\s*(?:[•\-*–—▪◦●·‣➢➤►✓✔○■□]|\d{1,2}[.)])\s+/u.exec(lines[lineStart] ?? '')?.[0] ?? '';
  const line = `${prefix}${bullet.replace(/\s*\n\s*/g, ' ')}`;
  return [...lines.slice(0, lineStart), line, ...lines.slice(lineEnd)].join('\n');
}
