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
 *
 * One exact solve on a reduced matrix: rows with no allowed column stay empty, and each of the k
 * remaining rows keeps only its k best columns (by value, then column order). Any optimum can be
 * rearranged into those columns without losing value (a row outside its k best has one of them
 * free, since the other k - 1 rows use at most k - 1 columns), so the reduction is exact; for 20
 * slots over 200 stories it removes most of the work.
 */
export function assignMaxValue(value: readonly (readonly number[])[]): number[] {
  const result = new Array<number>(value.length).fill(-1);
  const live = value.flatMap((row, i) => (row.some((x) => x > 0) ? [i] : []));
  const k = live.length;
  if (k === 0) return result;
  const keep = new Set<number>();
  for (const i of live) {
    const row = value[i]!;
    const allowed: number[] = [];
    for (let j = 0; j < row.length; j++) if (row[j]! > 0) allowed.push(j);
    if (allowed.length > k) allowed.sort((a, b) => row[b]! - row[a]! || a - b).length = k;
    for (const j of allowed) keep.add(j);
  }
  const kept = [...keep].sort((a, b) => a - b);
  // One "leave empty" column per row keeps every row assignable.
  const cost = live.map((i) => {
    const row = value[i]!;
    const out = new Array<number>(kept.length + k).fill(0);
    kept.forEach((j, c) => {
      const x = row[j]!;
      if (x > 0) out[c] = -x;
    });
    return out;
  });
  assignMinCost(cost).forEach((c, r) => {
    const i = live[r]!;
    const j = kept[c];
    if (j !== undefined && value[i]![j]! > 0) result[i] = j;
  });
  return result;
}
