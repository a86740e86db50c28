import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// tests/lib mirrors lib one to one (STYLE.md §10): a lib module without its test fails here.
const root = path.resolve(import.meta.dirname, '../..');

/** Data-only files (tables in our own words, schemas, type tuples) carry no logic to test on their own. */
const exempt = [
  /\/index\.ts$/,
  /-data\.ts$/,
  /\/catalogue\.ts$/,
  /\/verbs\.ts$/,
  /\/ids\.ts$/,
  /\/schema\.ts$/,
  // The severity tuple (data only).
  /\/text\/severity\.ts$/,
  /-schema\.ts$/,
  // Selector constants and heading tables (exercised through extract.test.ts); message schemas.
  /\/selectors\.ts$/,
  /\/section-headings\.ts$/,
  /\/messaging\/protocol\.ts$/,
];

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full) : [full];
  });
}

describe('test mirror', () => {
  it('every lib module has a test at the mirrored path', () => {
    const missing = walk(path.join(root, 'lib'))
      .filter((f) => f.endsWith('.ts') && !exempt.some((re) => re.test(f)))
      .map((f) => path.relative(root, f))
      .filter((f) => !fs.existsSync(path.join(root, 'tests', f.replace(/\.ts$/, '.test.ts'))));
    expect(missing).toEqual([]);
  });
});
