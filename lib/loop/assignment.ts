/**
 * Exact minimum-cost assignment (the Hungarian algorithm with potentials, O(n²·m)).
 * `cost[i][j]` is the cost of giving row i column j; every row gets a distinct column, so there
 * must be at least as many columns as rows (callers pad with "leave empty" columns). Costs should
 * be integers below 2^53 so the sums stay exact. The same input always gives the same output.
 * Returns, for each row, the index of its column.
 */
export function assignMinCost(cost: readonly (readonly number[])[]): number[] {
  const n = cost.length;
  if (n === 0) return [];
  const m = cost[0]?.length ?? 0;
  if (cost.some((row) => row.length !== m)) throw new Error('assignMinCost: ragged cost matrix');
  if (m < n) throw new Error(`assignMinCost: ${n} rows need at least ${n} columns, got ${m}`);

  // 1-based arrays as in the textbook form; index 0 is the virtual start column.
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const rowOfCol = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);

  for (let i = 1; i <= n; i++) {
    rowOfCol[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = rowOfCol[j0]!;
      const row = cost[i0 - 1]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = row[j - 1]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[rowOfCol[j]!]! += delta;
          v[j]! -= delta;
        } else {
          minv[j]! -= delta;
        }
      }
      j0 = j1;
    } while (rowOfCol[j0] !== 0);
    do {
      const j1 = way[j0]!;
      rowOfCol[j0] = rowOfCol[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }

  const colOfRow = new Array<number>(n).fill(-1);
  for (let j = 1; j <= m; j++) {
    const i = rowOfCol[j]!;
    if (i > 0) colOfRow[i - 1] = j - 1;
  }
  return colOfRow;
}

/**
 * Maximum-value assignment where a pair may also be left out: value 0 (or less) means "not
 * allowed". Works for any shape (more rows than columns too). Returns the column per row or -1.
 */
export function assignMaxValue(value: readonly (readonly number[])[]): number[] {
  const rows = value.length;
  const cols = value[0]?.length ?? 0;
  if (rows === 0) return [];
  // One "leave empty" column per row keeps the problem square enough and every row assignable.
  const cost = value.map((row) => [
    ...row.map((x) => (x > 0 ? -x : 0)),
    ...new Array<number>(rows).fill(0),
  ]);
  return assignMinCost(cost).map((j, i) => (j < cols && (value[i]?.[j] ?? 0) > 0 ? j : -1));
}
