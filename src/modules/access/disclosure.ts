/**
 * Statistical disclosure control for reports that count people by subgroup: a group
 * smaller than the minimum cell size is suppressed, and when exactly one group of a
 * dimension is, the next smallest is too, so the hidden one cannot be recovered by
 * subtracting the others from the total.
 */
export function suppressedGroups(sizes: ReadonlyArray<readonly [group: string, size: number]>, minCell: number): Set<string> {
  const small = new Set(sizes.filter(([, size]) => size < minCell).map(([group]) => group));
  if (small.size === 1 && sizes.length > 1) {
    const next = sizes.filter(([g]) => !small.has(g)).sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))[0];
    if (next) small.add(next[0]);
  }
  return small;
}
