/**
 * Small-cell suppression. Primary: a cell counting fewer than `minimumReporters` distinct reporters is
 * suppressed. Complementary: a suppressed cell must not be recoverable by subtraction from what the same
 * answer shows — the total, or a row or column of a table grouped by several dimensions (which another
 * query can give as a total). So along every line of the table (all cells that differ in one dimension
 * only; with one dimension, the whole table), the suppressed cells together must count no reporter or at
 * least `minimumReporters` distinct ones; if not, the smallest visible cells of that line are suppressed too,
 * until they do. Subtracting then reveals only a group that is itself big enough.
 */
export interface SuppressibleCell {
  /** The cell's dimension values, in groupBy order. */
  key: readonly (string | null)[];
  reporters: ReadonlySet<string>;
  suppressed: boolean;
}

export function suppressSmallCells(
  cells: readonly SuppressibleCell[],
  dimensions: number,
  minimumReporters: number,
): void {
  for (const cell of cells) if (cell.reporters.size < minimumReporters) cell.suppressed = true;
  for (let changed = true; changed;) {
    changed = false;
    for (const line of linesOf(cells, dimensions)) {
      if (protectLine(line, minimumReporters)) changed = true;
    }
  }
}

function linesOf(cells: readonly SuppressibleCell[], dimensions: number): SuppressibleCell[][] {
  const lines = new Map<string, SuppressibleCell[]>([['table', [...cells]]]);
  for (let d = 0; d < dimensions; d++) {
    for (const cell of cells) {
      const lineKey = JSON.stringify([d, cell.key.filter((_, i) => i !== d)]);
      const line = lines.get(lineKey);
      if (line) line.push(cell);
      else lines.set(lineKey, [cell]);
    }
  }
  return [...lines.values()];
}

/** Suppresses more cells of the line when its suppressed cells count 1 to minimum−1 reporters; true if it did. */
function protectLine(line: readonly SuppressibleCell[], minimumReporters: number): boolean {
  const hidden = new Set<string>();
  for (const cell of line) if (cell.suppressed) for (const r of cell.reporters) hidden.add(r);
  if (hidden.size === 0 || hidden.size >= minimumReporters) return false;
  const visible = line
    .filter((cell) => !cell.suppressed)
    .sort((a, b) => a.reporters.size - b.reporters.size || compareKeys(a.key, b.key));
  let changed = false;
  for (const cell of visible) {
    if (hidden.size >= minimumReporters) break;
    cell.suppressed = true;
    changed = true;
    for (const r of cell.reporters) hidden.add(r);
  }
  return changed;
}

export function compareKeys(a: readonly (string | null)[], b: readonly (string | null)[]): number {
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i], b[i]];
    if (x === y) continue;
    if (x === null) return -1;
    if (y === null) return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}
