import {
  type DisclosureLevel,
  isDisclosureLevel,
  REPORTER_TIERS,
  type ReporterTier,
  type Sensitivity,
  SENSITIVITIES,
} from '../disclosure-levels';

/** The ceiling of what a reporter may hear, by category sensitivity and reporter tier. Set by the administrator. */
export type DisclosureMatrix = Readonly<Record<Sensitivity, Readonly<Record<ReporterTier, DisclosureLevel>>>>;

export const DEFAULT_DISCLOSURE_MATRIX: DisclosureMatrix = Object.freeze({
  // public space: the subject is a thing
  1: Object.freeze({ anonymous: 3, resident: 3, volunteer: 4, professional: 4 }),
  // nuisance
  2: Object.freeze({ anonymous: 2, resident: 3, volunteer: 4, professional: 4 }),
  // safety
  3: Object.freeze({ anonymous: 2, resident: 2, volunteer: 4, professional: 4 }),
  // care for a person, serious crime
  4: Object.freeze({ anonymous: 1, resident: 1, volunteer: 2, professional: 2 }),
});

export interface MatrixIssue {
  /** e.g. '3.volunteer' */
  path: string;
  message: string;
}

/** What is wrong with a matrix (e.g. one an administrator sent): every cell must be present and 0 … 4, no unknown rows or tiers. */
export function validateMatrix(matrix: unknown): MatrixIssue[] {
  if (typeof matrix !== 'object' || matrix === null)
    return [{ path: '', message: 'the matrix must be an object' }];
  const issues: MatrixIssue[] = [];
  const rows = matrix as Record<string, unknown>;
  for (const key of Object.keys(rows).filter((k) => !SENSITIVITIES.map(String).includes(k)))
    issues.push({ path: key, message: `unknown sensitivity "${key}"; expected 1 … 4` });
  for (const sensitivity of SENSITIVITIES) {
    const row = rows[sensitivity];
    if (typeof row !== 'object' || row === null) {
      issues.push({ path: String(sensitivity), message: `sensitivity ${sensitivity} is missing` });
      continue;
    }
    for (const key of Object.keys(row).filter((k) => !(REPORTER_TIERS as readonly string[]).includes(k)))
      issues.push({ path: `${sensitivity}.${key}`, message: `unknown reporter tier "${key}"; expected one of ${REPORTER_TIERS.join(', ')}` });
    for (const tier of REPORTER_TIERS) {
      const cell = (row as Record<string, unknown>)[tier];
      if (cell === undefined)
        issues.push({
          path: `${sensitivity}.${tier}`,
          message: `sensitivity ${sensitivity}, tier ${tier} is missing`,
        });
      else if (!isDisclosureLevel(cell)) {
        issues.push({
          path: `${sensitivity}.${tier}`,
          message: `sensitivity ${sensitivity}, tier ${tier} is ${JSON.stringify(cell)}; it must be a whole number 0 … 4`,
        });
      }
    }
  }
  return issues;
}

/**
 * The most a reporter may hear about a report: 0 when they asked for no contact, else the matrix cell. Fails
 * closed: an unknown sensitivity or tier, or a malformed cell, gives 0.
 */
export function ceilingFor(
  matrix: DisclosureMatrix,
  sensitivity: Sensitivity,
  tier: ReporterTier,
  consent: { contact: boolean },
): DisclosureLevel {
  if (consent.contact !== true) return 0;
  const level = matrix[sensitivity]?.[tier] as unknown;
  return isDisclosureLevel(level) ? level : 0;
}
