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

  it('never climbs into the 2026 sidebar when the last heading sits alone in its section', () => {
    const found = findSections(
      doc(
        '<div id="job-detail-body" class="container"><div class="row">' +
          '<div class="content"><div class="section"><h2>Description</h2>Text</div>' +
          '<div class="section"><h2>Preferred Qualifications</h2></div></div>' +
          '<div class="sidebar"><h2>Job details</h2><ul><li>IND, KA, Bengaluru</li></ul></div>' +
          '</div></div>',
      ),
    );
    expect(found).toEqual({ description: ['Text'], preferredQualifications: [] });
  });

  it('ignores a section heading inside the sidebar', () => {
    const found = findSections(
      doc('<div class="sidebar"><h2>Description</h2><p>Share this job</p></div>'),
    );
    expect(found).toEqual({});
  });
});
