import { describe, expect, it } from 'vitest';
import { roleFamilies } from '../../../../lib/families/ids';
import { principleIds } from '../../../../lib/principles/ids';
import { scenarios } from '../../../../lib/practice/oa/scenarios-data';
import { workStyleItems, workStyleTraits } from '../../../../lib/practice/oa/work-style-data';
import { scenariosFor } from '../../../../lib/practice/oa/work-simulation';

const validLp = (id: string) => (principleIds as readonly string[]).includes(id);

describe('OA practice items', () => {
  it('has at least 30 Work Style pairs, each statement naming valid principles', () => {
    expect(workStyleItems.length).toBeGreaterThanOrEqual(30);
    for (const item of workStyleItems) {
      for (const st of [item.first, item.second]) {
        expect(st.lps.length, `${item.id}: ${st.text}`).toBeGreaterThan(0);
        expect(st.lps.every(validLp), item.id).toBe(true);
        expect(st.text.trim().length).toBeGreaterThan(20);
      }
      // The two statements pull toward the two poles of the item's trait.
      expect([item.first.pole, item.second.pole].sort()).toEqual(['a', 'b']);
    }
    expect(new Set(workStyleItems.map((i) => i.id)).size).toBe(workStyleItems.length);
  });

  it('asks every trait at least twice, so an inconsistency can show', () => {
    for (const trait of workStyleTraits) {
      expect(
        workStyleItems.filter((i) => i.trait === trait.id).length,
        trait.id,
      ).toBeGreaterThanOrEqual(2);
    }
    const known = new Set(workStyleTraits.map((t) => t.id));
    expect(workStyleItems.every((i) => known.has(i.trait))).toBe(true);
  });

  it('gives every scenario four responses with valid principles, ranked 1 to 4 once each', () => {
    for (const sc of scenarios) {
      expect(sc.responses.map((r) => r.strength).sort()).toEqual([1, 2, 3, 4]);
      for (const r of sc.responses) {
        expect(r.lps.every(validLp), `${sc.id}/${r.id}`).toBe(true);
        expect(r.why.length).toBeGreaterThan(10);
      }
      // The strongest two name the principles that make them strong.
      for (const r of sc.responses.filter((x) => x.strength <= 2))
        expect(r.lps.length, `${sc.id}/${r.id}`).toBeGreaterThan(0);
      if (sc.families !== 'all')
        expect(sc.families.every((f) => (roleFamilies as readonly string[]).includes(f))).toBe(
          true,
        );
    }
  });

  it('has scenarios for every role family, and its own for every family but "other"', () => {
    for (const family of roleFamilies) {
      const list = scenariosFor(family);
      expect(list.length, family).toBeGreaterThanOrEqual(3);
      const own = list.filter((s) => s.families !== 'all');
      if (family !== 'other') expect(own.length, family).toBeGreaterThan(0);
    }
  });
});
