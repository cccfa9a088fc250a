import type { RoutingPolicy } from '../policy/routing-policy.types';

export type RetireRejectionCode = 'in-force' | 'already-retired';

export type RetireResult =
  | { ok: true; retired: RoutingPolicy }
  | { ok: false; code: RetireRejectionCode; message: string };

/**
 * Retires a version that is not in force (a draft nobody will publish). The published version cannot be
 * retired on its own: something must route the next report, so it is retired only by publishing another.
 * Pure: returns a new document.
 */
export function retirePolicy(version: RoutingPolicy): RetireResult {
  if (version.status === 'published') {
    return {
      ok: false,
      code: 'in-force',
      message: `policy ${version.id} v${version.version} is the version in force; publish another version to retire it`,
    };
  }
  if (version.status === 'retired') {
    return { ok: false, code: 'already-retired', message: `policy ${version.id} v${version.version} is retired already` };
  }
  return { ok: true, retired: { ...structuredClone(version), status: 'retired' } };
}
