import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToLines } from '../../../lib/posting/strip-tags';

describe('htmlToLines', () => {
  it.each([
    ['a<br>b<br/>c', ['a', 'b', 'c']],
    ['<p>one</p><p>two <b>bold</b></p>', ['one', 'two bold']],
    ['keep a < b and c > d', ['keep a < b and c > d']],
    ['x<style>p{}</style>y', ['x', 'y']],
    ['x<!-- hidden -->y', ['xy']],
    ['unterminated <script>alert(1)', ['unterminated']],
    ['&amp;lt;b&amp;gt;', ['&lt;b&gt;']],
  ])('%j -> %j', (html, lines) => {
    expect(htmlToLines(html)).toEqual(lines);
  });
});

describe('decodeEntities', () => {
  it('decodes once and leaves unknown or invalid entities as written', () => {
    expect(decodeEntities('&lt;&gt;&quot;&#39;&nbsp;&#65;&#x42;&unknown;&#xD800;')).toBe(
      '<>"\' AB&unknown;&#xD800;',
    );
  });
});
