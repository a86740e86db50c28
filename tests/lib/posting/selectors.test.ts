import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as selectors from '../../../lib/posting/selectors';
import type { FixtureCounts } from '../../../lib/posting/selectors';

// Every selector is paired with the fixture pages it must match and how often (`x` and `x_`
// in selectors.ts, as Refined GitHub does): a selector without a pairing, or a count that no
// longer holds, fails here.
const fixtureDir = path.resolve(import.meta.dirname, '../../fixtures/amazon-jobs');
const exported = selectors as unknown as Record<string, unknown>;
const selectorNames = Object.keys(exported).filter(
  (name) => typeof exported[name] === 'string' && !name.endsWith('_'),
);

const pages = new Map<string, Document>();
function page(file: string): Document {
  let doc = pages.get(file);
  if (!doc) {
    const html = fs.readFileSync(path.join(fixtureDir, file), 'utf8');
    doc = new DOMParser().parseFromString(html, 'text/html');
    pages.set(file, doc);
  }
  return doc;
}

describe('selectors and their fixtures', () => {
  it('finds the selectors to check', () => {
    expect(selectorNames).toContain('titleSelector');
    expect(selectorNames.length).toBeGreaterThanOrEqual(15);
  });

  it.each(selectorNames)('%s is paired with fixtures and matches the counts there', (name) => {
    const pairs = exported[`${name}_`] as FixtureCounts | undefined;
    expect(pairs, `${name} has no ${name}_ pairing`).toBeDefined();
    expect(pairs!.length, `${name}_ names no fixture`).toBeGreaterThan(0);
    // At least one fixture where it matches: a selector that matches nothing anywhere is dead.
    expect(
      pairs!.some(([, count]) => count > 0),
      `${name} matches no fixture`,
    ).toBe(true);
    for (const [file, count] of pairs!) {
      const found = page(file).querySelectorAll(exported[name] as string).length;
      expect(found, `${name} in ${file}`).toBe(count);
    }
  });

  it('pairs no name that is not a selector', () => {
    const orphans = Object.keys(exported)
      .filter((name) => name.endsWith('_'))
      .filter((name) => typeof exported[name.slice(0, -1)] !== 'string');
    expect(orphans).toEqual([]);
  });
});
