import { describe, expect, it } from 'vitest';
import { elementText, nodeLines } from '../../../lib/posting/dom-text';

const body = (html: string) => new DOMParser().parseFromString(html, 'text/html').body;

describe('nodeLines', () => {
  it.each([
    ['one<br>two<br/>three', ['one', 'two', 'three']],
    ['<ul><li>a</li><li>b <b>c</b></li></ul>', ['a', 'b c']],
    ['<p>x</p><div>y</div>z', ['x', 'y', 'z']],
    ['a<script>var s = 1</script><style>p{}</style><noscript>n</noscript>b', ['ab']],
    ['<button>Apply now</button>text<div hidden>secret</div>', ['text']],
    ['spaces\u00a0 and\n\tnewlines', ['spaces and newlines']],
    ['&lt;img src=x onerror=alert(1)&gt;', ['<img src=x onerror=alert(1)>']],
  ])('%j -> %j', (html, lines) => {
    expect(nodeLines([body(html)])).toEqual(lines);
  });

  it('stops at a nesting depth no real page reaches', () => {
    const deep = `${'<span>'.repeat(400)}deep${'</span>'.repeat(400)}shallow`;
    expect(nodeLines([body(deep)])).toEqual(['shallow']);
  });
});

describe('elementText', () => {
  it('joins an element onto one line and gives "" for null', () => {
    expect(elementText(body('<p>a</p><p>b</p>'))).toBe('a b');
    expect(elementText(null)).toBe('');
  });
});
