import { describe, expect, it } from 'vitest';
import { skippedTags } from '../../../lib/posting/skipped-tags';
import { htmlToLines } from '../../../lib/posting/strip-tags';
import { nodeLines } from '../../../lib/posting/dom-text';

// The same description, as a page's DOM and as an HTML string from the search JSON, reads the
// same: both readers skip the same elements.
const samples: Record<string, string> = {
  script: '<script>var apply = 1;</script>',
  style: '<style>p { color: red }</style>',
  noscript: '<noscript>Turn on JavaScript</noscript>',
  template: '<template><p>Template row</p></template>',
  iframe: '<iframe>Frame fallback</iframe>',
  object: '<object data="x.pdf">Download the PDF</object>',
  embed: '<embed src="x.swf">',
  svg: '<svg viewBox="0 0 1 1"><text>Logo</text></svg>',
  canvas: '<canvas>Chart fallback</canvas>',
  button: '<button>Apply now</button>',
  select: '<select><option>Seattle</option><option>Austin</option></select>',
  textarea: '<textarea>Your cover letter</textarea>',
};

function domLines(html: string): string[] {
  return nodeLines([new DOMParser().parseFromString(html, 'text/html').body]);
}

describe('skipped tags', () => {
  it('has a sample for every skipped tag', () => {
    expect(Object.keys(samples).sort()).toEqual([...skippedTags].sort());
  });

  it.each(Object.entries(samples))(
    'drops <%s> in the string reader as the DOM reader does',
    (_tag, element) => {
      const html = `<p>We build routing.</p>${element}<p>You own the planner.</p>`;
      expect(htmlToLines(html)).toEqual(['We build routing.', 'You own the planner.']);
      expect(domLines(html)).toEqual(['We build routing.', 'You own the planner.']);
    },
  );

  it('a self-closed <svg/> or an <embed> does not swallow the rest of the description', () => {
    expect(htmlToLines('<p>One</p><svg width="1"/><p>Two</p><embed src="x"><p>Three</p>')).toEqual([
      'One',
      'Two',
      'Three',
    ]);
  });
});
