export const RESOLUTION_CODES = [
  'solved',
  'referred-elsewhere',
  'no-action-possible',
  'duplicate',
  'not-reproducible',
] as const;
export type ResolutionCode = (typeof RESOLUTION_CODES)[number];

export function isResolutionCode(value: unknown): value is ResolutionCode {
  return typeof value === 'string' && (RESOLUTION_CODES as readonly string[]).includes(value);
}
