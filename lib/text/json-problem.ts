/**
 * Why text is not JSON, in words a person can act on, instead of the parser's own message
 * ("Unexpected token 'h', "hello" is not valid JSON", "Unexpected end of JSON input").
 */
export function jsonProblem(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  if (/end of (?:JSON )?input|unterminated|end of data/i.test(raw))
    return 'it ends too early, as if it was cut off while saving';
  if (/^\s*$/.test(raw)) return 'it is empty';
  return 'it is another kind of file, or text that is not JSON';
}
