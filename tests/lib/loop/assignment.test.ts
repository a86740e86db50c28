import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignMaxValue, assignMinCost } from '../../../lib/loop/assignment';

/** Cheapest total over every way to give each row a distinct column (small matrices only). */
function bruteMinCost(cost: number[][]): number {
  const m = cost[0]!.length;
  let best = Infinity;
  const used = new Array<boolean>(m).fill(false);
  const go = (i: number, total: number) => {
    if (i === cost.length) {
      best = Math.min(best, total);
      return;
    }
    for (let j = 0; j < m; j++) {
      if (used[j]) continue;
      used[j] = true;
      go(i + 1, total + cost[i]![j]!);
      used[j] = false;
    }
  };
  go(0, 0);
  return best;
}

const matrix = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 3 }))
  .chain(([rows, extra]) =>
    fc.array(
      fc.array(fc.integer({ min: -50, max: 50 }), {
        minLength: rows + extra,
        maxLength: rows + extra,
      }),
      {
        minLength: rows,
        maxLength: rows,
      },
    ),
  );

describe('assignMinCost', () => {
  it('finds the cheapest assignment, as exhaustive search does', () => {
    fc.assert(
      fc.property(matrix, (cost) => {
        const cols = assignMinCost(cost);
        expect(new Set(cols).size).toBe(cost.length);
        const total = cols.reduce((sum, j, i) => sum + cost[i]![j]!, 0);
        expect(total).toBe(bruteMinCost(cost));
      }),
      { numRuns: 300 },
    );
  });

  it('solves the textbook 3x3 example', () => {
    expect(
      assignMinCost([
        [4, 1, 3],
        [2, 0, 5],
        [3, 2, 2],
      ]),
    ).toEqual([1, 0, 2]);
  });

  it('refuses more rows than columns', () => {
    expect(() => assignMinCost([[1], [2]])).toThrow(/at least 2 columns/);
  });
});

describe('assignMaxValue', () => {
  it('leaves a row out rather than give it a forbidden (0) pair', () => {
    expect(
      assignMaxValue([
        [5, 0],
        [7, 0],
        [0, 0],
      ]),
    ).toEqual([-1, 0, -1]);
  });

  it('maximises the total value with more rows than columns', () => {
    expect(assignMaxValue([[3], [9], [4]])).toEqual([-1, 0, -1]);
  });

  // Wide matrices with many ties and zeros: the solver keeps only each row's best columns.
  it('finds the best total, as exhaustive search does, on wide matrices', () => {
    const wide = fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 9 }))
      .chain(([rows, cols]) =>
        fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: cols, maxLength: cols }), {
          minLength: rows,
          maxLength: rows,
        }),
      );
    const bruteMaxValue = (value: number[][]): number => {
      const used = new Set<number>();
      const go = (i: number): number => {
        if (i === value.length) return 0;
        let best = go(i + 1);
        value[i]!.forEach((x, j) => {
          if (x <= 0 || used.has(j)) return;
          used.add(j);
          best = Math.max(best, x + go(i + 1));
          used.delete(j);
        });
        return best;
      };
      return go(0);
    };
    fc.assert(
      fc.property(wide, (value) => {
        const cols = assignMaxValue(value);
        const taken = cols.filter((j) => j >= 0);
        expect(new Set(taken).size).toBe(taken.length);
        cols.forEach((j, i) => {
          if (j >= 0) expect(value[i]![j]).toBeGreaterThan(0);
        });
        const total = cols.reduce((sum, j, i) => sum + (j >= 0 ? value[i]![j]! : 0), 0);
        expect(total).toBe(bruteMaxValue(value));
        expect(assignMaxValue(value)).toEqual(cols);
      }),
      { numRuns: 400 },
    );
  });
});
