import { describe, expect, it } from 'vitest';
import { findSections } from '../../../lib/posting/find-sections';

const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('findSections', () => {
  it('reads sections in .section blocks by their h2 text', () => {
    const found = findSections(
      doc(
        '<div class="section"><h2>DESCRIPTION</h2>About us<br>- Build</div>' +
          '<div class="section"><h2>BASIC QUALIFICATIONS</h2>- A<br>- B</div>',
      ),
    );
    expect(found).toEqual({
      description: ['About us', '- Build'],
      basicQualifications: ['- A', '- B'],
    });
  });

  it('reads a flat layout with bold headings and stops at the next heading', () => {
    const found = findSections(
      doc(
        '<p><b>Basic qualifications</b></p><ul><li>A</li></ul>' +
          '<p><b>Preferred qualifications</b></p><ul><li>B</li></ul><h2>Similar jobs</h2><p>Other</p>',
      ),
    );
    expect(found).toEqual({ basicQualifications: ['A'], preferredQualifications: ['B'] });
  });

  it('climbs out of a wrapper that holds only the heading', () => {
    const found = findSections(
      doc('<div><div><h3>Description</h3></div><div>Text under it</div></div>'),
    );
    expect(found.description).toEqual(['Text under it']);
  });

  it('finds nothing on a page without known headings', () => {
    expect(findSections(doc('<h2>Browse by category</h2><p>Links</p>'))).toEqual({});
  });
});
