import { describe, expect, it } from 'vitest';
import { jsonProblem } from '../../../lib/text/json-problem';

/** The parser's own error for `text`. */
function parseError(text: string): unknown {
  try {
    JSON.parse(text);
  } catch (error) {
    return error;
  }
  throw new Error(`${text} parsed`);
}

describe('jsonProblem', () => {
  it('says a file cut off while saving ends too early', () => {
    expect(jsonProblem(parseError('{"stories": [{"title": "Shipped the'))).toBe(
      'it ends too early, as if it was cut off while saving',
    );
  });

  it('says text that is not JSON at all is another kind of file', () => {
    expect(jsonProblem(parseError('Dear hiring manager,'))).toBe(
      'it is another kind of file, or text that is not JSON',
    );
  });

  it('never shows the parser message itself', () => {
    const said = jsonProblem(parseError('{"a": tru}'));
    expect(said).not.toMatch(/Unexpected|token|position/i);
  });

  it('reads a thrown string or an empty message too', () => {
    expect(jsonProblem('Unexpected end of JSON input')).toBe(
      'it ends too early, as if it was cut off while saving',
    );
    expect(jsonProblem(new Error(''))).toBe('it is empty');
  });
});
