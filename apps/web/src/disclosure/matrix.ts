export const SENSITIVITIES = ['1', '2', '3', '4'] as const;
export const TIERS = ['anonymous', 'resident', 'volunteer', 'professional'] as const;
export const LEVELS = [0, 1, 2, 3, 4] as const;

export type Matrix = Record<string, Record<string, number>>;

/** The matrix with one cell changed; the original is left as it was. */
export function withCell(matrix: Matrix, sensitivity: string, tier: string, level: number): Matrix {
  return { ...matrix, [sensitivity]: { ...matrix[sensitivity], [tier]: level } };
}

/** The cells that differ between two matrices, as `sensitivity/tier`. */
export function changedCells(before: Matrix, after: Matrix): string[] {
  return SENSITIVITIES.flatMap((s) => TIERS.filter((tier) => before[s]?.[tier] !== after[s]?.[tier]).map((tier) => `${s}/${tier}`));
}
